package vn.tradehub.industry.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VillageRequest")
public record VillageRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Thôn Lũng Cú 1") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Lung Cu hamlet 1") String nameEn,
    @NotBlank @Size(max = 100) @Schema(example = "Xã Lũng Cú") String commune,
    @NotBlank @Size(max = 100) @Schema(example = "Đồng Văn") String district,
    @NotNull @Schema(description = "Whether the village is in a border commune") Boolean border,
    @Schema(
            description =
                "The date the village's electricity met the rural-development criterion; null when it does not yet",
            example = "2019-06-15",
            nullable = true)
        LocalDate electrifiedOn) {}
