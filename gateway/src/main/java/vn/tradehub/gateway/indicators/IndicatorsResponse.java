package vn.tradehub.gateway.indicators;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The province's key figures, year to date")
public record IndicatorsResponse(
    @Schema(example = "2020") int year,
    @Schema(
            description = "The month asked for; null for the whole year",
            example = "12",
            nullable = true)
        Integer month,
    @Schema(
            description =
                "ce_time of the latest event included in any figure; null before any event",
            nullable = true)
        Instant asOf,
    List<Indicator> indicators) {}
