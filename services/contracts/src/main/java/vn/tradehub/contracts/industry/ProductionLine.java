package vn.tradehub.contracts.industry;

import java.math.BigDecimal;

/**
 * One product line of a monthly production report, as carried by the production events.
 *
 * @param productCode the industrial product's code
 * @param quantity the quantity produced in the month, in {@code unit}
 * @param unit UN/ECE Recommendation 20 unit code of the product
 * @param outputValueCurrentVnd output value at current prices, VND
 * @param outputValueConstantVnd output value at constant (base-year) prices, VND
 */
public record ProductionLine(
    String productCode,
    BigDecimal quantity,
    String unit,
    BigDecimal outputValueCurrentVnd,
    BigDecimal outputValueConstantVnd) {}
