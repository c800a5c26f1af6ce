package vn.tradehub.bordertrade.shipment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.Unit;

/**
 * One declaration line as customs or a border gate posts it. Server-owned fields (id, valueUsd,
 * exchangeRate, status, version, recordedAt, recordedBy) are not part of it: a request that sends
 * them is refused. The constraints bound what is read; {@link ShipmentRules} checks the rest, and
 * {@link ShipmentService} reports both together (with the row, in a batch).
 */
@Schema(name = "ShipmentRequest")
public record ShipmentRequest(
    @Size(max = 40) @Schema(example = "THANH_THUY", required = true) String gateCode,
    @Size(max = 30)
        @Pattern(regexp = "^[0-9A-Za-z/-]{1,30}$", message = "1 to 30 letters, digits, / or -")
        @Schema(
            description = "Customs declaration number",
            example = "304512345610",
            required = true)
        String declarationNumber,
    @Min(1)
        @Max(9999)
        @Schema(description = "Line of the declaration, from 1", example = "1", required = true)
        Integer lineNumber,
    @Schema(example = "2020-03-05", required = true) LocalDate declaredOn,
    @Schema(required = true) Flow flow,
    @Schema(required = true) TradeForm tradeForm,
    @Size(max = 10)
        @Pattern(regexp = "^\\d{6,10}$", message = "must be 6 to 10 digits")
        @Schema(
            description =
                "HS or national code, 6 to 10 digits; its 6-digit prefix must be an HS subheading."
                    + " Chapter 99 (a statistical code of UN Comtrade, not a heading) is refused.",
            example = "09022090",
            required = true)
        String hsCode,
    @Size(max = 500)
        @Schema(
            description = "Goods description, Vietnamese, kept exactly",
            example = "Chè xanh Shan tuyết đóng bao 30kg",
            required = true)
        String description,
    @Schema(example = "12000", required = true) BigDecimal quantity,
    @Schema(description = "UN/ECE Recommendation 20 unit code", required = true) Unit unit,
    @Schema(example = "12150.5") BigDecimal netWeightKg,
    @Valid @Schema(required = true) Money value,
    @Size(max = 2)
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        @Schema(description = "ISO 3166-1 alpha-2", example = "CN", required = true)
        String partnerCountry,
    @Schema(required = true) TransportMode transportMode) {}
