package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

@Schema(
    name = "Electrification",
    description =
        "Border villages of a territory whose electricity meets the rural-development criterion,"
            + " each counted in the commune it lay in on the date")
public record ElectrificationResponse(
    @Schema(example = "2020-12-31") LocalDate asOf,
    @Schema(description = "The territory resolved for asOf") UnitRef territory,
    @Schema(example = "50") int borderVillages,
    @Schema(example = "41") int electrified,
    @Schema(
            description =
                "electrified / borderVillages × 100, two decimals; null without border villages",
            nullable = true,
            example = "82.00")
        BigDecimal sharePct,
    @Schema(description = "By the commune each village lay in on asOf") List<Unit> byUnit,
    @Schema(
            description =
                "The same territory a year before asOf; null when that date's units cannot express"
                    + " it exactly (see comparisonNote)",
            nullable = true)
        PreviousYear previousYear,
    @Schema(
            description = "Why there is no previousYear; null otherwise",
            nullable = true,
            example =
                "no comparison with the year before: commune 00691 Phường Hà Giang 2 (from"
                    + " 2025-07-01) on 2025-06-30 cannot be expressed exactly by the units of that"
                    + " date: ...")
        String comparisonNote) {

  @Schema(name = "ElectrificationByUnit")
  public record Unit(
      @Schema(example = "00715") String unitCode,
      @Schema(example = "Xã Lũng Cú") String nameVi,
      @Schema(example = "Lung Cu Commune") String nameEn,
      @Schema(example = "5") int borderVillages,
      @Schema(example = "5") int electrified,
      @Schema(nullable = true, example = "100.00") BigDecimal sharePct) {}

  @Schema(name = "ElectrificationPreviousYear")
  public record PreviousYear(
      @Schema(example = "2019-12-31") LocalDate asOf,
      @Schema(example = "50") int borderVillages,
      @Schema(example = "38") int electrified,
      @Schema(nullable = true, example = "76.00") BigDecimal sharePct) {}
}
