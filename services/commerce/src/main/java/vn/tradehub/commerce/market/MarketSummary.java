package vn.tradehub.commerce.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

@Schema(name = "MarketSummary")
public record MarketSummary(
    @Schema(description = "Whether closed markets are counted", example = "false")
        boolean includesClosed,
    @Schema(
            nullable = true,
            description = "Only markets that lay in this territory on asOf; null: every market",
            example =
                "{\"code\":\"027\",\"ref\":\"027@2025-06-30\",\"level\":\"DISTRICT\","
                    + "\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\","
                    + "\"validFrom\":null,\"validTo\":\"2025-06-30\"}")
        UnitRef territory,
    @Schema(example = "62") long total,
    @Schema(example = "9") long borderMarkets,
    @Schema(example = "{\"I\":1,\"II\":12,\"III\":49}") Map<String, Long> byClass,
    @Schema(
            implementation = String.class,
            format = "date",
            description = "The day markets are placed on (asOf)",
            example = "2026-12-06")
        LocalDate asOf,
    @Schema(
            description =
                "Markets by the unit they lay in on asOf (its official code); markets with no"
                    + " location then are not counted here",
            example = "{\"00769\":2,\"00778\":1}")
        Map<String, Long> byUnit,
    @Schema(example = "{\"MANAGEMENT_BOARD\":47,\"ENTERPRISE\":6,\"COOPERATIVE\":9}")
        Map<String, Long> byManagementModel,
    @Schema(description = "Markets run by an enterprise or a cooperative", example = "15")
        long converted,
    @Schema(
            nullable = true,
            description = "converted / total × 100, two decimals; null without markets",
            example = "24.19")
        BigDecimal convertedSharePct) {}
