package vn.tradehub.commerce.market;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarketSummary")
public record MarketSummary(
    @Schema(description = "Whether closed markets are counted", example = "false")
        boolean includesClosed,
    @Schema(example = "62") long total,
    @Schema(example = "9") long borderMarkets,
    @Schema(example = "{\"I\":1,\"II\":12,\"III\":49}") Map<String, Long> byClass,
    @Schema(example = "{\"HA_GIANG_CITY\":5,\"MEO_VAC\":7}") Map<String, Long> byDistrict,
    @Schema(example = "{\"MANAGEMENT_BOARD\":47,\"ENTERPRISE\":6,\"COOPERATIVE\":9}")
        Map<String, Long> byManagementModel,
    @Schema(description = "Markets run by an enterprise or a cooperative", example = "15")
        long converted,
    @Schema(
            nullable = true,
            description = "converted / total × 100, two decimals; null without markets",
            example = "24.19")
        BigDecimal convertedSharePct) {}
