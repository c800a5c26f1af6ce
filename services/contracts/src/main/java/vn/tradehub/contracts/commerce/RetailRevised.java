package vn.tradehub.contracts.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's monthly retail report was replaced by a revision. Carries the whole new state and the
 * previous total and status, so a consumer can apply the difference without reading back. Topic
 * {@code commerce.retail.v1}, keyed by {@code unitCode}.
 *
 * @param lines every (category, ownership) value after the revision
 * @param previousTotalVnd the total before the revision
 * @param previousStatus the status before the revision
 * @param version the new version (its ETag)
 */
public record RetailRevised(
    String unitCode,
    String period,
    String status,
    List<RetailLine> lines,
    BigDecimal totalVnd,
    BigDecimal previousTotalVnd,
    String previousStatus,
    long version,
    String recordedBy,
    Instant recordedAt) {}
