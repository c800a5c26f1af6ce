package vn.tradehub.contracts.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's monthly retail report was filed for the first time. Topic {@code commerce.retail.v1},
 * keyed by {@code unitCode}.
 *
 * @param unitCode the reporting unit: a district until 2025-06, a commune (xã, phường) from
 *     2025-07, with its code on the report's month (codes are reused: a code and a month name a
 *     unit)
 * @param period the month, YYYY-MM
 * @param status ESTIMATED, PRELIMINARY or FINAL
 * @param lines every (category, ownership) value of the report
 * @param totalVnd the sum of the lines, in whole đồng
 * @param version the report's version (its ETag)
 * @param recordedBy who filed it
 * @param recordedAt when it was filed
 */
public record RetailReported(
    String unitCode,
    String period,
    String status,
    List<RetailLine> lines,
    BigDecimal totalVnd,
    long version,
    String recordedBy,
    Instant recordedAt) {}
