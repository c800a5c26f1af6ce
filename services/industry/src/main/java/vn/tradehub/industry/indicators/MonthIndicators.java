package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;

/**
 * One month's industry indicators as the API answers them: the figures the {@code
 * IndustryIndicatorsComputed} event carries (indices against the same period a year earlier = 100).
 */
@Schema(name = "IndustryMonthIndicators")
public record MonthIndicators(
    @Schema(example = "2020-12") String period,
    @Schema(description = "The IIP weights' base year", example = "2015", nullable = true)
        Integer baseYear,
    @Schema(
            description = "IIP of the month; null when not computable",
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
    @Schema(description = "Border villages at the end of the month", example = "50")
        int borderVillages,
    @Schema(example = "41") int borderVillagesElectrified,
    @Schema(example = "82.00", nullable = true) BigDecimal electrificationSharePct,
    @Schema(description = "The weakest status of the reports used", example = "ESTIMATED")
        String status,
    Instant computedAt) {

  static MonthIndicators of(IndustryIndicatorsComputed e) {
    return new MonthIndicators(
        e.period(),
        e.baseYear(),
        e.iipMonth(),
        e.iipYtd(),
        e.outputValueMonthVnd(),
        e.outputValueMonthPrevYearVnd(),
        e.outputValueMonthChangePct(),
        e.outputValueYtdVnd(),
        e.outputValueYtdPrevYearVnd(),
        e.outputValueYtdChangePct(),
        e.borderVillages(),
        e.borderVillagesElectrified(),
        e.electrificationSharePct(),
        e.status(),
        e.computedAt());
  }
}
