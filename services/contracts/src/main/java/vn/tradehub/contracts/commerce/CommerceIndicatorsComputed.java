package vn.tradehub.contracts.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Total retail sales of goods and consumer-service revenue for one month at current prices,
 * recomputed whenever a report or revision affects it (including the year-to-date of later months).
 * Topic {@code commerce.indicators.v1}, keyed by {@code period}.
 *
 * @param period the month, YYYY-MM
 * @param retailMonthVnd the month, all districts and categories
 * @param retailMonthPrevYearVnd the same month a year earlier
 * @param retailYtdVnd January..month
 * @param retailYtdPrevYearVnd the same months a year earlier
 * @param status the weakest status of the reports used: ESTIMATED, PRELIMINARY or FINAL
 */
public record CommerceIndicatorsComputed(
    String period,
    BigDecimal retailMonthVnd,
    BigDecimal retailMonthPrevYearVnd,
    BigDecimal retailMonthChangePct,
    BigDecimal retailYtdVnd,
    BigDecimal retailYtdPrevYearVnd,
    BigDecimal retailYtdChangePct,
    String status,
    Instant computedAt) {}
