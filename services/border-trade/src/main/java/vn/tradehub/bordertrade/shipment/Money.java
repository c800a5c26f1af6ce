package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount with its ISO 4217 currency")
public record Money(
    @Schema(example = "54000.00", required = true) BigDecimal amount,
    @Schema(example = "USD", pattern = "^[A-Z]{3}$", required = true) String currency) {}
