package vn.tradehub.industry.enterprise;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.geo.Place;

@Schema(name = "Enterprise")
public record EnterpriseResponse(
    @Schema(description = "MST: 10 digits, or 10 + '-' + 3 for a branch", example = "5101001859")
        String taxCode,
    @Schema(example = "Công ty Cổ phần Thủy điện Sông Miện") String name,
    @Schema(description = "Where the enterprise lay, period by period, oldest first")
        List<Place> locations,
    @Schema(
            description = "Industrial cluster code; null outside clusters",
            nullable = true,
            example = "CCN-NAM-QUANG")
        String clusterCode,
    @Schema(example = "3511") String mainVsicClass,
    @Schema(example = "0") long version)
    implements Versioned {}
