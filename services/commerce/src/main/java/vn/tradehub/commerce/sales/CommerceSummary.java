package vn.tradehub.commerce.sales;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current picture for the province overview: the latest month with reports, and markets. */
@Schema(name = "CommerceSummary")
public record CommerceSummary(
    @Schema(
            description = "Latest month with any retail report; null before the first",
            example = "2021-12")
        String latestPeriod,
    @Schema(
            example = "ESTIMATED",
            description = "Weakest status of the reports January..latestPeriod")
        String status,
    @Schema(example = "1254000000000") BigDecimal retailMonthVnd,
    @Schema(example = "1120000000000") BigDecimal retailMonthPrevYearVnd,
    @Schema(example = "11.96") BigDecimal retailMonthChangePct,
    @Schema(description = "January..latestPeriod, current prices", example = "13594000000000")
        BigDecimal retailYtdVnd,
    @Schema(example = "12269000000000") BigDecimal retailYtdPrevYearVnd,
    @Schema(example = "10.80") BigDecimal retailYtdChangePct,
    @Schema(description = "Markets now active", example = "62") long activeMarkets,
    @Schema(
            description = "Share of active markets run by an enterprise or cooperative, %",
            example = "24.19")
        BigDecimal marketsConvertedSharePct) {}
