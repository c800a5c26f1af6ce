package vn.tradehub.industry.cluster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.Placement;

@Schema(name = "ClusterRequest")
public record ClusterRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Cụm công nghiệp Nam Quang") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Nam Quang industrial cluster") String nameEn,
    @NotEmpty
        @Size(max = 50)
        @Schema(
            description =
                "Where the cluster lies, period by period: a commune valid on every day of the"
                    + " period; before 2025-07-01 a district is accepted where only the district"
                    + " is known")
        List<@NotNull @Valid Placement> locations,
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 10, fraction = 2)
        @Schema(example = "60.00")
        BigDecimal plannedAreaHa,
    @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "45.30")
        BigDecimal occupiedAreaHa,
    @NotNull @Schema(example = "OPERATING") IndustrialCluster.Status status) {}
