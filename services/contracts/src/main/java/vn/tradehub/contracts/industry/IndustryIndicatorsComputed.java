package vn.tradehub.contracts.industry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A territory's industry indicators for one month, recomputed whenever a report, a revision, a
 * location or a village affects that month (including the year to date of every later month of the
 * year). Topic {@code industry.indicators.v1}, keyed by {@code <territory>|<period>} (e.g. {@code
 * 02@2025-06-30|2020-12}), so recomputations of one territory's month stay in order. Indices are
 * against the same period of the previous year, for the same territory, = 100 (a change of −9.16 %
 * is an index of 90.84).
 *
 * <p>Published for the province-level territories: Hà Giang {@code 02@2025-06-30} (up to 2025-06,
 * and from 2025-07 as the former area, in the new communes), the former Tuyên Quang {@code
 * 08@2025-06-30} and, from 2025-07, the merged province {@code 08@2025-07-01}; for each month in
 * which the territory has reports.
 *
 * @param period the month, YYYY-MM
 * @param territory the territory, as a pinned reference {@code CODE@YYYY-MM-DD}
 * @param baseYear the IIP weights' base year used
 * @param iipMonth IIP of the month against the same month a year earlier; null when not computable
 * @param iipYtd IIP of January..month against the same months a year earlier (cumulative
 *     quantities)
 * @param outputValueMonthVnd industrial output value at current prices, the month
 * @param outputValueMonthPrevYearVnd the same month a year earlier
 * @param outputValueYtdVnd January..month
 * @param outputValueYtdPrevYearVnd the same months a year earlier
 * @param borderVillages border villages located in the territory at the end of the month
 * @param borderVillagesElectrified of those, villages whose electricity meets the criterion
 * @param status the weakest status of the reports used: ESTIMATED, PRELIMINARY or FINAL
 * @param byUnit the month's figures of every unit of the territory that has any (the units the
 *     enterprises and villages were located in), by unit code; they add up to the territory's
 */
public record IndustryIndicatorsComputed(
    String period,
    String territory,
    Integer baseYear,
    BigDecimal iipMonth,
    BigDecimal iipYtd,
    BigDecimal outputValueMonthVnd,
    BigDecimal outputValueMonthPrevYearVnd,
    BigDecimal outputValueMonthChangePct,
    BigDecimal outputValueYtdVnd,
    BigDecimal outputValueYtdPrevYearVnd,
    BigDecimal outputValueYtdChangePct,
    int borderVillages,
    int borderVillagesElectrified,
    BigDecimal electrificationSharePct,
    String status,
    Instant computedAt,
    List<UnitFigures> byUnit) {

  public IndustryIndicatorsComputed {
    byUnit = byUnit == null ? List.of() : List.copyOf(byUnit);
  }

  /**
   * One unit's figures of the month.
   *
   * @param unitCode the district or commune (a commune from 2025-07) the enterprises and villages
   *     lay in, valid in that month
   * @param outputValueMonthVnd output value at current prices of the enterprises located there
   * @param borderVillages border villages located there at the end of the month
   * @param borderVillagesElectrified of those, electrified
   */
  public record UnitFigures(
      String unitCode,
      BigDecimal outputValueMonthVnd,
      int borderVillages,
      int borderVillagesElectrified) {}
}
