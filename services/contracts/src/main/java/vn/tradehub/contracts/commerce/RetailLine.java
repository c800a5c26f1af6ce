package vn.tradehub.contracts.commerce;

import java.math.BigDecimal;

/**
 * One line of a monthly retail report: the value of one retail category in one ownership sector.
 *
 * @param category RETAIL_GOODS, ACCOMMODATION_FOOD, TRAVEL or OTHER_SERVICES
 * @param ownership STATE, NON_STATE or FDI
 * @param valueVnd current-price value in whole đồng
 */
public record RetailLine(String category, String ownership, BigDecimal valueVnd) {}
