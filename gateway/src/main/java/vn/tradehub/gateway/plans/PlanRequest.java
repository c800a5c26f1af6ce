package vn.tradehub.gateway.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The year's targets; they replace the year's plan whole")
public record PlanRequest(@NotNull @Size(max = 50) List<@NotNull @Valid PlanTarget> targets) {}
