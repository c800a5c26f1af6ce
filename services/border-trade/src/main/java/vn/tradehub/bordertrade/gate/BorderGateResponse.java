package vn.tradehub.bordertrade.gate;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.Place;

@Schema(name = "BorderGate")
public record BorderGateResponse(
    @Schema(example = "THANH_THUY") String code,
    @Schema(example = "Cửa khẩu quốc tế Thanh Thủy") String nameVi,
    @Schema(example = "Thanh Thuy international border gate") String nameEn,
    GateKind kind,
    @Schema(description = "The communes the gate lies in, by period, with their names")
        List<Place> locations,
    @Schema(
            description = "Null for a border market",
            example = "Thiên Bảo (Tianbao)",
            nullable = true)
        String pairedGate,
    @Schema(
            description = "Null for a border market",
            example = "Ma Lật Pha (Malipo)",
            nullable = true)
        String pairedCounty,
    LocalDate validFrom,
    @Schema(
            description = "Last valid day; null while the gate is open",
            // Inline, not a $ref: a null does not match a referenced date schema in OpenAPI 3.0.
            implementation = String.class,
            format = "date",
            maxLength = 16,
            nullable = true)
        LocalDate validTo,
    @Schema(example = "0") long version)
    implements Versioned {

  static BorderGateResponse of(BorderGate g, Locations locations) {
    return new BorderGateResponse(
        g.code,
        g.nameVi,
        g.nameEn,
        g.kind,
        locations.describe(g.history()),
        g.pairedGate,
        g.pairedCounty,
        g.validFrom,
        g.validTo,
        g.version);
  }
}
