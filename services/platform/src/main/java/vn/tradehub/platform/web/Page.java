package vn.tradehub.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; {@code next} is absent on the last page. */
public record Page<T>(
    List<T> items,
    @Schema(
            nullable = true,
            description = "Opaque cursor of the next page (null on the last); pass it as `after`",
            example = "azEKQ0NOLU5BTS1RVUFORw")
        String nextCursor,
    @Schema(
            nullable = true,
            description =
                "The next page (null on the last): this request's path and query with `after`;"
                    + " also sent as a Link header with rel=next",
            example = "/api/v1/industry/clusters?limit=100&after=azEKQ0NOLU5BTS1RVUFORw")
        String next) {}
