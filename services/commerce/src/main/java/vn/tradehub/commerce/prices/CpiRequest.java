package vn.tradehub.commerce.prices;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CpiRequest")
public record CpiRequest(
    @Schema(
            required = true,
            example = "2010",
            description =
                "The base the index is stated against; must be the service's base (tradehub.commerce.cpi-base)")
        @NotBlank
        @Size(max = 10)
        String base,
    @Schema(
            required = true,
            example = "171.2350",
            description = "The index of the month, base = 100; up to 4 decimals")
        @NotNull
        @DecimalMin(value = "1", message = "must be at least 1 (base = 100)")
        @DecimalMax(value = "100000", message = "must be at most 100000 (base = 100)")
        @Digits(integer = 6, fraction = 4, message = "at most 4 decimals")
        BigDecimal indexValue) {}
