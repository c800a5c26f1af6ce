package vn.tradehub.industry.village;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.geo.Place;

@Schema(name = "Village")
public record VillageResponse(
    @Schema(example = "HG-V001") String code,
    @Schema(example = "Thôn Lũng Cú 1") String nameVi,
    @Schema(example = "Lung Cu hamlet 1") String nameEn,
    @Schema(description = "The commune the village lies in, period by period, oldest first")
        List<Place> locations,
    boolean border,
    @Schema(
            description = "When its electricity met the criterion; null when it does not yet",
            nullable = true,
            example = "2019-06-15")
        LocalDate electrifiedOn,
    @Schema(example = "0") long version)
    implements Versioned {}
