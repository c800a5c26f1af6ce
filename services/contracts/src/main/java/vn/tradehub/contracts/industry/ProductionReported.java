package vn.tradehub.contracts.industry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An enterprise's monthly production report was filed for the first time. Topic {@code
 * industry.production.v1}, keyed by {@code taxCode}, so the reports of one enterprise stay in
 * order.
 *
 * @param taxCode the enterprise's MST (10 digits, or 10 + '-' + 3 for a branch)
 * @param period the month, YYYY-MM
 * @param status ESTIMATED, PRELIMINARY or FINAL
 * @param version the report's version (its ETag), 0 when created
 * @param lines every product line of the report
 * @param outputValueCurrentVnd sum of the lines at current prices
 * @param outputValueConstantVnd sum of the lines at constant prices
 * @param reportedAt when the report was stored
 */
public record ProductionReported(
    String taxCode,
    String period,
    String status,
    long version,
    List<ProductionLine> lines,
    BigDecimal outputValueCurrentVnd,
    BigDecimal outputValueConstantVnd,
    Instant reportedAt) {}
