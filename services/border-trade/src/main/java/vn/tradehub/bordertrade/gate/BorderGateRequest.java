package vn.tradehub.bordertrade.gate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.Placement;

/** A gate as PUT on its code; the code is the path's. */
@Schema(name = "BorderGateRequest")
public record BorderGateRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Cửa khẩu quốc tế Thanh Thủy") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Thanh Thuy international border gate")
        String nameEn,
    @NotNull @Schema(example = "INTERNATIONAL") GateKind kind,
    @NotNull
        @Size(min = 1, max = 20)
        @Schema(
            description =
                "The communes the gate lies in, by period: a commune valid on every day of its"
                    + " period (before 2025-07-01 a commune of the former Hà Giang or Tuyên Quang,"
                    + " from 2025-07-01 one of the new province's communes and wards); periods do"
                    + " not overlap. A shipment line is accepted only on a day its gate has one.")
        List<@Valid @NotNull Placement> locations,
    @Size(max = 200) @Schema(example = "Thiên Bảo (Tianbao)", nullable = true) String pairedGate,
    @Size(max = 200) @Schema(example = "Ma Lật Pha (Malipo)", nullable = true) String pairedCounty,
    @NotNull @Schema(example = "2000-01-01") LocalDate validFrom,
    @Schema(
            description = "Last valid day; null while the gate is open",
            // Inline, not a $ref: a null does not match a referenced date schema in OpenAPI 3.0.
            implementation = String.class,
            format = "date",
            maxLength = 16,
            nullable = true)
        LocalDate validTo) {}
