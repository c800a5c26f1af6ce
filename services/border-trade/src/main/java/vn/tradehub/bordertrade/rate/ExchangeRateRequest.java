package vn.tradehub.bordertrade.rate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate as PUT on its currency and first valid day, which the path carries. */
@Schema(name = "ExchangeRateRequest")
public record ExchangeRateRequest(
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 14, fraction = 6)
        @Schema(description = "Units of the currency per 1 USD", example = "6.8976")
        BigDecimal unitsPerUsd,
    @NotNull @Schema(description = "Last valid day, inclusive", example = "2020-03-08")
        LocalDate validTo,
    @NotBlank @Size(max = 200) @Schema(example = "SBV weekly cross rate 2020-W10") String source) {}
