package vn.tradehub.gateway.plans;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's plan")
public record PlanResponse(
    @Schema(example = "2021") int year,
    List<PlanTarget> targets,
    @Schema(
            description = "When the plan was last set; null when it has no targets",
            nullable = true)
        Instant updatedAt,
    @Schema(
            description = "Who set it; null when it has no targets",
            example = "admin",
            nullable = true)
        String updatedBy) {}
