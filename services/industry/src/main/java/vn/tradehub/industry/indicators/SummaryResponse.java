package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

@Schema(name = "IndustrySummary", description = "The current industry figures at a glance")
public record SummaryResponse(
    @Schema(
            description = "The latest month with reports; null when there are none",
            nullable = true,
            example = "2021-12")
        String latestPeriod,
    @Schema(description = "The territory resolved for the latest period") UnitRef territory,
    @Schema(description = "Null without reports or weights", nullable = true, example = "2020")
        Integer baseYear,
    @Schema(
            description =
                "IIP of January..latestPeriod against the same months a year earlier = 100; null when not computable",
            nullable = true,
            example = "106.85")
        BigDecimal iipYtd,
    @Schema(description = "iipYtd − 100", nullable = true, example = "6.85")
        BigDecimal iipYtdChangePct,
    @Schema(description = "Null without reports", nullable = true, example = "6912300000000")
        BigDecimal outputValueYtdVnd,
    @Schema(description = "Null without reports a year earlier", nullable = true, example = "11.83")
        BigDecimal outputValueYtdChangePct,
    @Schema(description = "Electrification as of today") LocalDate electrificationAsOf,
    @Schema(example = "50") int borderVillages,
    @Schema(example = "44") int borderVillagesElectrified,
    @Schema(description = "Null without border villages", nullable = true, example = "88.00")
        BigDecimal electrificationSharePct,
    @Schema(description = "Null without reports", nullable = true, example = "ESTIMATED")
        String status) {}
