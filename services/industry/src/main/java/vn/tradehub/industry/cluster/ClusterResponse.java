package vn.tradehub.industry.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndustrialCluster")
public record ClusterResponse(
    @Schema(example = "CCN-NAM-QUANG") String code,
    @Schema(example = "Cụm công nghiệp Nam Quang") String nameVi,
    @Schema(example = "Nam Quang industrial cluster") String nameEn,
    @Schema(example = "Bắc Quang") String district,
    @Schema(example = "60.00") BigDecimal plannedAreaHa,
    @Schema(example = "45.30") BigDecimal occupiedAreaHa,
    @Schema(description = "Derived: occupied / planned × 100, two decimals", example = "75.50")
        BigDecimal occupancyRatePct,
    @Schema(example = "OPERATING") IndustrialCluster.Status status,
    @Schema(example = "0") long version) {

  public static ClusterResponse of(IndustrialCluster c) {
    BigDecimal rate =
        c.occupiedAreaHa
            .multiply(BigDecimal.valueOf(100))
            .divide(c.plannedAreaHa, 2, RoundingMode.HALF_UP);
    return new ClusterResponse(
        c.code,
        c.nameVi,
        c.nameEn,
        c.district,
        c.plannedAreaHa,
        c.occupiedAreaHa,
        rate,
        c.status,
        c.version);
  }
}
