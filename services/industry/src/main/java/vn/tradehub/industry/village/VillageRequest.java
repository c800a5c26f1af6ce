package vn.tradehub.industry.village;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.Placement;

@Schema(name = "VillageRequest")
public record VillageRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Thôn Lũng Cú 1") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Lung Cu hamlet 1") String nameEn,
    @NotEmpty
        @Size(max = 50)
        @Schema(
            description =
                "The commune the village lies in, period by period: a commune valid on every day"
                    + " of the period (before 2025-07-01 one of the former provinces' communes,"
                    + " from then on one of the new province's communes and wards)")
        List<@NotNull @Valid Placement> locations,
    @NotNull @Schema(description = "Whether the village is in a border commune") Boolean border,
    @Schema(
            description =
                "The date the village's electricity met the rural-development criterion; null when it does not yet",
            example = "2019-06-15",
            nullable = true)
        LocalDate electrifiedOn) {}
