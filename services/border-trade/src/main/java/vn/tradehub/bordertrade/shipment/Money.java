package vn.tradehub.bordertrade.shipment;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount with its ISO 4217 currency")
public record Money(
    @Schema(example = "54000.00", required = true) BigDecimal amount,
    @Size(max = 3)
        @Pattern(
            regexp = "^[A-Z]{3}$",
            message = "must be an ISO 4217 code such as USD, CNY or VND")
        @Schema(example = "USD", required = true)
        String currency) {}
