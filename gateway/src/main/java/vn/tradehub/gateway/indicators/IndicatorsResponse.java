package vn.tradehub.gateway.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.gateway.geography.UnitResponse;

@Schema(description = "The province's key figures, year to date")
public record IndicatorsResponse(
    @Schema(example = "2020") int year,
    @Schema(
            description = "The month asked for; null for the whole year",
            example = "12",
            nullable = true)
        Integer month,
    @Schema(description = "The territory of the figures, with its validity") UnitResponse territory,
    @Schema(
            description =
                "The province whose Department of Industry and Trade reports for the period (Hà"
                    + " Giang until 2025-06-30, Tuyên Quang from 2025-07-01)")
        UnitResponse department,
    @Schema(
            description =
                "Days within the year on which the administrative units changed (the 2025"
                    + " reform): the year straddles them, and its figures are for the same"
                    + " territory before and after")
        List<LocalDate> reforms,
    @Schema(
            description =
                "ce_time of the latest event included in any figure; null before any event",
            nullable = true)
        Instant asOf,
    List<Indicator> indicators) {}
