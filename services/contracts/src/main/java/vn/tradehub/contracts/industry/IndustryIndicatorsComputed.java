package vn.tradehub.contracts.industry;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The province's industry indicators for one month, recomputed whenever a report or revision
 * affects that month (including the year-to-date of every later month of the year). Topic {@code
 * industry.indicators.v1}, keyed by {@code period}, so recomputations of a month stay in order.
 * Indices are against the same period of the previous year = 100 (a change of -9.16 % is an index
 * of 90.84).
 *
 * @param period the month, YYYY-MM
 * @param baseYear the IIP weights' base year used
 * @param iipMonth IIP of the month against the same month a year earlier; null when not computable
 * @param iipYtd IIP of January..month against the same months a year earlier (cumulative
 *     quantities)
 * @param outputValueMonthVnd industrial output value at current prices, the month
 * @param outputValueMonthPrevYearVnd the same month a year earlier
 * @param outputValueYtdVnd January..month
 * @param outputValueYtdPrevYearVnd the same months a year earlier
 * @param borderVillages border villages known at the end of the month
 * @param borderVillagesElectrified of those, villages whose electricity meets the criterion
 * @param status the weakest status of the reports used: ESTIMATED, PRELIMINARY or FINAL
 */
public record IndustryIndicatorsComputed(
    String period,
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
    Instant computedAt) {}
