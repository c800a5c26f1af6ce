package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.Unit;

@com.fasterxml.jackson.annotation.JsonInclude(
    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(name = "Shipment")
public record ShipmentResponse(
    UUID id,
    @Schema(example = "THANH_THUY") String gateCode,
    @Schema(
            description =
                "The commune the gate lay in on the declaration date (a commune of the former Hà"
                    + " Giang before 2025-07-01, of the new province from then), where the line"
                    + " counts in territory totals",
            example = "00928")
        String unitCode,
    @Schema(example = "304512345610") String declarationNumber,
    @Schema(example = "1") int lineNumber,
    LocalDate declaredOn,
    Flow flow,
    TradeForm tradeForm,
    @Schema(example = "09022090") String hsCode,
    @Schema(example = "Chè xanh Shan tuyết đóng bao 30kg") String description,
    @Schema(example = "12000") BigDecimal quantity,
    Unit unit,
    @Schema(example = "12000") BigDecimal netWeightKg,
    Money value,
    @Schema(example = "CN") String partnerCountry,
    TransportMode transportMode,
    @Schema(
            description = "Value converted with the rate valid on the declaration date",
            example = "54000.00")
        BigDecimal valueUsd,
    @Schema(description = "The rate used and where it came from") Rate exchangeRate,
    ShipmentStatus status,
    @Schema(example = "0") long version,
    OffsetDateTime recordedAt,
    @Schema(example = "customs-ha-giang") String recordedBy) {

  @Schema(name = "AppliedRate")
  public record Rate(
      @Schema(example = "1") BigDecimal unitsPerUsd, @Schema(example = "identity") String source) {}

  /** The line as this caller may see it: readers do not see who posted it. */
  static ShipmentResponse of(ShipmentRow s, Access access) {
    return of(s, access.seesAuthors() ? s.recordedBy() : null);
  }

  static ShipmentResponse of(ShipmentRow s) {
    return of(s, s.recordedBy());
  }

  private static ShipmentResponse of(ShipmentRow s, String recordedBy) {
    return new ShipmentResponse(
        s.id(),
        s.gateCode(),
        s.unitCode(),
        s.declarationNumber(),
        s.lineNumber(),
        s.declaredOn(),
        s.flow(),
        s.tradeForm(),
        s.hsCode(),
        s.description(),
        s.quantity(),
        s.unit(),
        s.netWeightKg(),
        new Money(s.valueAmount(), s.valueCurrency()),
        s.partnerCountry(),
        s.transportMode(),
        s.valueUsd(),
        new Rate(s.exchangeRate(), s.rateSource()),
        s.status(),
        s.version(),
        s.recordedAt(),
        recordedBy);
  }
}
