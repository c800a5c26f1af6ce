package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.Unit;

/**
 * One declaration line as customs or a border gate posts it. Server-owned fields (id, valueUsd,
 * exchangeRate, status, version, recordedAt, recordedBy) are not part of it: a request that sends
 * them is refused.
 */
@Schema(name = "ShipmentRequest")
public record ShipmentRequest(
    @Schema(example = "THANH_THUY", required = true) String gateCode,
    @Schema(description = "Customs declaration number", example = "304512345610", required = true)
        String declarationNumber,
    @Schema(description = "Line of the declaration, from 1", example = "1", required = true)
        Integer lineNumber,
    @Schema(example = "2020-03-05", required = true) LocalDate declaredOn,
    @Schema(required = true) Flow flow,
    @Schema(required = true) TradeForm tradeForm,
    @Schema(
            description =
                "HS or national code, 6 to 10 digits; its 6-digit prefix must be an HS subheading",
            example = "09022090",
            required = true)
        String hsCode,
    @Schema(
            description = "Goods description, Vietnamese, kept exactly",
            example = "Chè xanh Shan tuyết đóng bao 30kg",
            required = true)
        String description,
    @Schema(example = "12000", required = true) BigDecimal quantity,
    @Schema(description = "UN/ECE Recommendation 20 unit code", required = true) Unit unit,
    @Schema(example = "12150.5") BigDecimal netWeightKg,
    @Schema(required = true) Money value,
    @Schema(description = "ISO 3166-1 alpha-2", example = "CN", required = true)
        String partnerCountry,
    @Schema(required = true) TransportMode transportMode) {}
