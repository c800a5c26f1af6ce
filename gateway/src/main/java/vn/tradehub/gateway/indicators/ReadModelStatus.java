package vn.tradehub.gateway.indicators;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the read model stands")
public record ReadModelStatus(
    @Schema(
            description =
                "LIVE, or REBUILDING from a rebuild until the consumer has caught up (lag 0)",
            enumeration = {"LIVE", "REBUILDING"},
            example = "LIVE")
        String state,
    @Schema(description = "Consumer generation; a rebuild starts the next one", example = "2")
        int generation,
    @Schema(
            description = "Kafka consumer group of this generation",
            example = "gateway-indicators-3f2a9c1d-g2")
        String consumerGroup,
    @Schema(
            description =
                "Events applied by this generation (duplicates dropped by ce_id are not counted)",
            example = "18240")
        long eventsApplied,
    @Schema(
            description =
                "Records on the three topics not yet applied; null when Kafka does not answer",
            example = "0",
            nullable = true)
        Long lag,
    @Schema(description = "ce_time of the latest event applied; null before any", nullable = true)
        Instant asOf,
    @Schema(description = "When the last rebuild started; null if never", nullable = true)
        Instant rebuiltAt,
    @Schema(description = "Who started it; null if never", example = "admin", nullable = true)
        String rebuiltBy) {}
