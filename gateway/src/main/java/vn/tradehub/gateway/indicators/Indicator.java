package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.gateway.plans.PlanTarget;

@Schema(
    description =
        "One key figure of the province, year to date, against the plan (`target` is null when"
            + " the year's plan has none)")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Indicator(
    @Schema(description = "Indicator code (the one plans use)", example = "EXPORT_TURNOVER")
        String code,
    @Schema(example = "Kim ngạch xuất khẩu") String nameVi,
    @Schema(example = "Export turnover") String nameEn,
    @Schema(description = "Unit of `value`", example = "million USD") String unit,
    @Schema(
            description =
                "The figure, year to date through `period`; null when no event brought it yet",
            example = "242.00",
            nullable = true)
        BigDecimal value,
    @Schema(
            description =
                "Change in % against the same months a year earlier (for IIP: index − 100); null"
                    + " without a base to compare with",
            example = "-38.38",
            nullable = true)
        BigDecimal change,
    @Schema(nullable = true) PlanTarget target,
    @Schema(
            description =
                "For an ABSOLUTE target: value as % of the target; for a GROWTH_PCT target: change"
                    + " − target in percentage points; null without a target or a figure",
            example = "89.63",
            nullable = true)
        BigDecimal progress,
    @Schema(
            description =
                "`%` (of an absolute target) or `pp` (percentage points against a growth target);"
                    + " null without a target",
            example = "%",
            nullable = true)
        String progressUnit,
    @Schema(
            description =
                "ESTIMATED, PRELIMINARY or FINAL (border-trade figures are FINAL); null without a"
                    + " figure",
            example = "FINAL",
            nullable = true)
        String status,
    @Schema(
            description = "The last month included, YYYY-MM; null without a figure",
            example = "2020-12",
            nullable = true)
        String period,
    @Schema(
            description = "ce_time of the latest event included; null without a figure",
            nullable = true)
        Instant asOf,
    @Schema(description = "The services the figure came from", example = "[\"border-trade\"]")
        List<String> sources,
    @Schema(
            description = "Border-gate turnover only: the figure by flow; null for the others",
            nullable = true)
        List<FlowFigure> breakdown) {

  @Schema(description = "Turnover of one flow, year to date")
  public record FlowFigure(
      @Schema(example = "EXPORT") String flow,
      @Schema(description = "million USD", example = "242.00") BigDecimal value,
      @Schema(
              description =
                  "Change in % against the same months a year earlier; null when that was 0",
              example = "-38.38",
              nullable = true)
          BigDecimal change) {}
}
