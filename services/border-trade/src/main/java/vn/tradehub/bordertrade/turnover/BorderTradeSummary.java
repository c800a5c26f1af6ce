package vn.tradehub.bordertrade.turnover;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

/** Year to date through the latest month with turnover, as the gateway's overview shows it. */
@Schema(name = "BorderTradeSummary")
public record BorderTradeSummary(
    @Schema(description = "The territory summed; by default the province of the latest month")
        UnitRef territory,
    @Schema(
            description = "Latest month with turnover, YYYY-MM; null when there is none",
            example = "2021-12",
            nullable = true)
        String latestMonth,
    @Schema(description = "Turnover January..latestMonth, all flows, USD", example = "278500000.00")
        BigDecimal ytdValueUsd,
    @Schema(
            description =
                "Change against the same months a year earlier, in %; null without turnover a"
                    + " year earlier",
            example = "-30.38",
            nullable = true)
        BigDecimal ytdChangePct,
    @Schema(description = "Exports January..latestMonth, USD", example = "150200000.00")
        BigDecimal ytdExportsUsd,
    @Schema(
            description =
                "Change of exports against a year earlier, in %; null without exports a year"
                    + " earlier",
            example = "-37.93",
            nullable = true)
        BigDecimal ytdExportsChangePct) {}
