package vn.tradehub.contracts.industry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An enterprise's monthly production report was replaced by a new revision (the previous ones stay
 * readable in the service). Topic {@code industry.production.v1}, keyed by {@code taxCode}. The
 * payload carries the whole report as it is after the revision.
 *
 * @param taxCode the enterprise's MST
 * @param period the month, YYYY-MM
 * @param status ESTIMATED, PRELIMINARY or FINAL after the revision
 * @param previousStatus the status before the revision
 * @param version the report's new version
 * @param lines every product line after the revision
 * @param outputValueCurrentVnd sum of the lines at current prices, after the revision
 * @param outputValueConstantVnd sum of the lines at constant prices, after the revision
 * @param previousOutputValueCurrentVnd the sum at current prices before the revision
 * @param revisedAt when the revision was stored
 */
public record ProductionRevised(
    String taxCode,
    String period,
    String status,
    String previousStatus,
    long version,
    List<ProductionLine> lines,
    BigDecimal outputValueCurrentVnd,
    BigDecimal outputValueConstantVnd,
    BigDecimal previousOutputValueCurrentVnd,
    Instant revisedAt) {}
