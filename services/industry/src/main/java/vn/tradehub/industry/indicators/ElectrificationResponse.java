package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Electrification",
    description = "Border villages whose electricity meets the rural-development criterion")
public record ElectrificationResponse(
    @Schema(example = "2020-12-31") LocalDate asOf,
    @Schema(example = "50") int borderVillages,
    @Schema(example = "41") int electrified,
    @Schema(
            description =
                "electrified / borderVillages × 100, two decimals; null without border villages",
            nullable = true,
            example = "82.00")
        BigDecimal sharePct,
    List<District> byDistrict) {

  @Schema(name = "ElectrificationByDistrict")
  public record District(
      @Schema(example = "Đồng Văn") String district,
      @Schema(example = "11") int borderVillages,
      @Schema(example = "9") int electrified,
      @Schema(example = "81.82") BigDecimal sharePct) {}
}
