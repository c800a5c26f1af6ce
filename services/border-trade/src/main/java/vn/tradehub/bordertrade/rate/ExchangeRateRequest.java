package vn.tradehub.bordertrade.rate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRateRequest")
public record ExchangeRateRequest(
    @NotBlank
        @Pattern(regexp = "^[A-Z]{3}$", message = "an ISO 4217 code such as VND or CNY")
        @Size(max = 3)
        @Schema(example = "CNY")
        String currency,
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Schema(description = "Units of the currency per 1 USD", example = "6.8976")
        BigDecimal unitsPerUsd,
    @NotNull @Schema(example = "2020-03-02") LocalDate validFrom,
    @NotNull @Schema(example = "2020-03-08") LocalDate validTo,
    @NotBlank @Size(max = 200) @Schema(example = "SBV weekly cross rate 2020-W10") String source) {}
