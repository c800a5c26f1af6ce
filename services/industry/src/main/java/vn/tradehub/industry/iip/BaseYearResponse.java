package vn.tradehub.industry.iip;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

@Schema(name = "IipBaseYear")
public record BaseYearResponse(
    @Schema(description = "The province whose weights these are") UnitRef territory,
    @Schema(example = "2015") int year,
    @Schema(
            description =
                "The ETag. For combined weights, the sum of the combined weights' versions (it"
                    + " changes whenever one of them does)",
            example = "0")
        long version,
    @Schema(nullable = true) OffsetDateTime updatedAt,
    @Schema(
            description =
                "Empty for a province's own weights. For a province that did not exist in the base"
                    + " year (the merged Tuyên Quang before 2025), the provinces it was formed from"
                    + " (pinned references) whose weights of that year these are, summed: product"
                    + " output values and average monthly quantities by product, value added by"
                    + " VSIC class, division and section. Read-only.",
            example = "[\"02@2025-06-30\", \"08@2025-06-30\"]")
        List<String> combinedFrom,
    List<BaseYearRequest.Product> products,
    List<BaseYearRequest.ValueAdded> valueAdded) {}
