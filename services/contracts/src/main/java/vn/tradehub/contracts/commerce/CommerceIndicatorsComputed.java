package vn.tradehub.contracts.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Total retail sales of goods and consumer-service revenue of one territory for one month at
 * current prices, recomputed whenever a report or revision affects it (including the year-to-date
 * of later months and the comparisons of the next year). Topic {@code commerce.indicators.v1},
 * keyed by {@code <territory>|<period>}, so recomputations of one territory's month stay in order.
 *
 * <p>Published for every province of the month (02@2025-06-30 and 08@2025-06-30 until 2025-06,
 * 08@2025-07-01 from 2025-07) and, from 2025-07, for the two former provinces expressed in the new
 * communes, whenever the territory has reports in the month. Every figure of a territory is the sum
 * of its units' figures in {@code byUnit}, to the đồng; the year-before figures are the same
 * territory's, summed over the units of a year earlier.
 *
 * @param territory the territory, pinned to a date of its validity (e.g. {@code 02@2025-06-30},
 *     {@code 08@2025-07-01}), as {@code Territory.parse} reads it
 * @param period the month, YYYY-MM
 * @param retailMonthVnd the month, every unit and category of the territory
 * @param retailMonthPrevYearVnd the same territory, the same month a year earlier; null without
 *     reports then
 * @param retailYtdVnd January..month
 * @param retailYtdPrevYearVnd the same territory, the same months a year earlier
 * @param status the weakest status of the reports used: ESTIMATED, PRELIMINARY or FINAL
 * @param byUnit the month by unit with reports: districts until 2025-06, communes from 2025-07
 */
public record CommerceIndicatorsComputed(
    String territory,
    String period,
    BigDecimal retailMonthVnd,
    BigDecimal retailMonthPrevYearVnd,
    BigDecimal retailMonthChangePct,
    BigDecimal retailYtdVnd,
    BigDecimal retailYtdPrevYearVnd,
    BigDecimal retailYtdChangePct,
    String status,
    List<UnitRetail> byUnit,
    Instant computedAt) {

  /**
   * One unit's part of the month.
   *
   * @param unitCode a district (until 2025-06) or commune (from 2025-07) code, valid in the month
   * @param retailMonthVnd the sum of its report's lines, whole đồng
   */
  public record UnitRetail(String unitCode, BigDecimal retailMonthVnd) {}
}
