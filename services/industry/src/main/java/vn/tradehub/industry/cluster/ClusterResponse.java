package vn.tradehub.industry.cluster;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.geo.Place;

@Schema(name = "IndustrialCluster")
public record ClusterResponse(
    @Schema(example = "CCN-NAM-QUANG") String code,
    @Schema(example = "Cụm công nghiệp Nam Quang") String nameVi,
    @Schema(example = "Nam Quang industrial cluster") String nameEn,
    @Schema(description = "Where the cluster lies, period by period, oldest first")
        List<Place> locations,
    @Schema(example = "60.00") BigDecimal plannedAreaHa,
    @Schema(example = "45.30") BigDecimal occupiedAreaHa,
    @Schema(description = "Derived: occupied / planned × 100, two decimals", example = "75.50")
        BigDecimal occupancyRatePct,
    @Schema(example = "OPERATING") IndustrialCluster.Status status,
    @Schema(example = "0") long version)
    implements Versioned {}
