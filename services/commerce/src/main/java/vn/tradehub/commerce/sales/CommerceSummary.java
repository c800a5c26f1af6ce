package vn.tradehub.commerce.sales;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

/** The current picture for a territory's overview: the latest month with reports, and markets. */
@Schema(name = "CommerceSummary")
public record CommerceSummary(
    @Schema(
            description =
                "The territory, resolved for the latest month (default: the province of that"
                    + " month)")
        UnitRef territory,
    @Schema(
            nullable = true,
            description = "Latest month with any retail report; null before the first",
            example = "2021-12")
        String latestPeriod,
    @Schema(
            nullable = true,
            example = "ESTIMATED",
            description =
                "Weakest status of the reports January..latestPeriod; null before the first")
        String status,
    @Schema(nullable = true, example = "1254000000000") BigDecimal retailMonthVnd,
    @Schema(nullable = true, example = "1120000000000") BigDecimal retailMonthPrevYearVnd,
    @Schema(nullable = true, example = "11.96") BigDecimal retailMonthChangePct,
    @Schema(
            nullable = true,
            description = "January..latestPeriod, current prices",
            example = "13594000000000")
        BigDecimal retailYtdVnd,
    @Schema(nullable = true, example = "12269000000000") BigDecimal retailYtdPrevYearVnd,
    @Schema(nullable = true, example = "10.80") BigDecimal retailYtdChangePct,
    @Schema(
            description =
                "Markets now active that lay in the territory at the end of the latest month",
            example = "62")
        long activeMarkets,
    @Schema(
            nullable = true,
            description =
                "Share of active markets run by an enterprise or cooperative, %; null without markets",
            example = "24.19")
        BigDecimal marketsConvertedSharePct) {}
