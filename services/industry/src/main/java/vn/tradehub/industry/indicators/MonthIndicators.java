package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.platform.geo.UnitRef;

/**
 * One territory's month of industry indicators as the API answers them: the figures the {@code
 * IndustryIndicatorsComputed} event carries (indices against the same period a year earlier, for
 * the same territory, = 100), with the units' names.
 */
@Schema(name = "IndustryMonthIndicators")
public record MonthIndicators(
    @Schema(example = "2020-12") String period,
    @Schema(description = "The territory resolved") UnitRef territory,
    @Schema(
            description = "The IIP weights' base year; null below province level",
            example = "2015",
            nullable = true)
        Integer baseYear,
    @Schema(
            description =
                "The provinces whose base-year weights were combined; empty for a province's own",
            example = "[]")
        List<String> weightsCombinedFrom,
    @Schema(
            description = "IIP of the month; null when not computable or below province level",
            example = "93.10",
            nullable = true)
        BigDecimal iipMonth,
    @Schema(
            description = "IIP of January..month, from cumulative quantities",
            example = "90.84",
            nullable = true)
        BigDecimal iipYtd,
    @Schema(
            description = "Output value at current prices, the month, VND",
            example = "560000000000")
        BigDecimal outputValueMonthVnd,
    @Schema(example = "571000000000", nullable = true) BigDecimal outputValueMonthPrevYearVnd,
    @Schema(example = "-1.93", nullable = true) BigDecimal outputValueMonthChangePct,
    @Schema(description = "Output value, January..month, VND", example = "6181400000000")
        BigDecimal outputValueYtdVnd,
    @Schema(example = "6248900000000", nullable = true) BigDecimal outputValueYtdPrevYearVnd,
    @Schema(example = "-1.08", nullable = true) BigDecimal outputValueYtdChangePct,
    @Schema(
            description = "Border villages located in the territory at the end of the month",
            example = "50")
        int borderVillages,
    @Schema(example = "41") int borderVillagesElectrified,
    @Schema(example = "82.00", nullable = true) BigDecimal electrificationSharePct,
    @Schema(description = "The weakest status of the reports used", example = "ESTIMATED")
        String status,
    Instant computedAt,
    @Schema(
            description =
                "The month's figures of every unit of the territory that has any (where the"
                    + " enterprises and villages were located); they add up to the territory's")
        List<Unit> byUnit,
    @Schema(
            description =
                "Why there is no comparison with the year before, when that year's units cannot"
                    + " express the territory exactly; null otherwise",
            nullable = true,
            example = ProductionFacts.Comparison.NOTE_EXAMPLE)
        String comparisonNote) {

  @Schema(name = "IndustryMonthUnitFigures")
  public record Unit(
      @Schema(example = "030") String unitCode,
      @Schema(example = "DISTRICT") String level,
      @Schema(example = "Huyện Vị Xuyên") String nameVi,
      @Schema(example = "Vi Xuyen District") String nameEn,
      @Schema(example = "180000000000") BigDecimal outputValueMonthVnd,
      @Schema(example = "0") int borderVillages,
      @Schema(example = "0") int borderVillagesElectrified) {}
}
