package vn.tradehub.industry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.platform.figures.Unit;

@Schema(name = "ProductRequest")
public record ProductRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Điện sản xuất (thủy điện)") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Electricity generated (hydropower)")
        String nameEn,
    @NotNull @Schema(description = "UN/ECE Recommendation 20 unit code", example = "KWH") Unit unit,
    @NotBlank
        @Size(max = VsicLevel.CODE_MAX)
        @Schema(description = "VSIC 2018 4-digit class", example = "3511")
        String vsicClass) {}
