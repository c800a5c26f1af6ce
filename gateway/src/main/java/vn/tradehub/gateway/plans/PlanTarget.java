package vn.tradehub.gateway.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One yearly target")
public record PlanTarget(
    @Schema(
            description =
                "The indicator (IIP, OUTPUT_VALUE, RETAIL_SALES, BORDER_TURNOVER, EXPORT_TURNOVER, ELECTRIFICATION)",
            example = "BORDER_TURNOVER")
        @NotNull
        IndicatorCode indicatorCode,
    @Schema(
            description =
                "GROWTH_PCT (growth in % against the previous year) or ABSOLUTE (a level to reach)",
            example = "ABSOLUTE")
        @NotNull
        TargetKind kind,
    @Schema(description = "The target: a growth in % or a level in `unit`", example = "270")
        @NotNull
        BigDecimal value,
    @Schema(
            description = "Unit of `value`: `%` for GROWTH_PCT; for ABSOLUTE the indicator's unit",
            example = "million USD")
        @NotBlank
        @Size(max = 32)
        String unit) {}
