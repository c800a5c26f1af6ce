package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.gateway.plans.PlanTarget;

@Schema(description = "One key figure of the province, year to date, against the plan")
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
            example = "242.00")
        BigDecimal value,
    @Schema(
            description =
                "Change in % against the same months a year earlier (for IIP: index − 100)",
            example = "-38.38")
        BigDecimal change,
    @Schema(description = "The year's target, when the plan has one") PlanTarget target,
    @Schema(
            description =
                "For an ABSOLUTE target: value as % of the target; for a GROWTH_PCT target: change − target in percentage points",
            example = "89.63")
        BigDecimal progress,
    @Schema(
            description =
                "`%` (of an absolute target) or `pp` (percentage points against a growth target)",
            example = "%")
        String progressUnit,
    @Schema(
            description = "ESTIMATED, PRELIMINARY or FINAL; border-trade figures are FINAL",
            example = "FINAL")
        String status,
    @Schema(description = "The last month included, YYYY-MM", example = "2020-12") String period,
    @Schema(description = "ce_time of the latest event included") Instant asOf,
    @Schema(description = "The services the figure came from", example = "[\"border-trade\"]")
        List<String> sources,
    @Schema(description = "Border-gate turnover only: the figure by flow")
        List<FlowFigure> breakdown) {

  @Schema(description = "Turnover of one flow, year to date")
  public record FlowFigure(
      @Schema(example = "EXPORT") String flow,
      @Schema(description = "million USD", example = "242.00") BigDecimal value,
      @Schema(
              description = "Change in % against the same months a year earlier",
              example = "-38.38")
          BigDecimal change) {}
}
