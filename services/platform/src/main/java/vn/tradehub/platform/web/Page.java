package vn.tradehub.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; {@code next} is absent on the last page. */
public record Page<T>(
    List<T> items,
    @Schema(
            nullable = true,
            description = "Opaque cursor of the next page (null on the last); pass it as `after`")
        String nextCursor,
    @Schema(
            nullable = true,
            description = "URL of the next page, also sent as a Link header with rel=next")
        String next) {}
