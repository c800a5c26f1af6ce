package vn.tradehub.gateway.plans;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A territory's plan for a year")
public record PlanResponse(
    @Schema(
            description = "The province the plan is for, pinned to its period",
            example = "02@2025-06-30")
        String territory,
    @Schema(example = "2021") int year,
    List<PlanTarget> targets,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt,
    @Schema(description = "Who set it last", example = "admin", nullable = true) String updatedBy) {

  static PlanResponse of(Plan p) {
    return new PlanResponse(
        p.territory,
        p.year,
        p.targets.stream().map(Plan.Target::view).toList(),
        p.version,
        p.updatedAt,
        p.updatedBy);
  }
}
