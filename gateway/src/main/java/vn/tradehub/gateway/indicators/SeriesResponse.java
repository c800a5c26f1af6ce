package vn.tradehub.gateway.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.gateway.geography.UnitResponse;

@Schema(description = "Monthly series of a year and the year before, for charts")
public record SeriesResponse(
    @Schema(example = "2020") int year,
    @Schema(description = "The territory of the figures, with its validity") UnitResponse territory,
    @Schema(description = "Days within the year on which the administrative units changed")
        List<LocalDate> reforms,
    @Schema(
            description =
                "IIP of each month against the same month a year earlier (= 100), from iipMonth")
        List<MonthPoint> iip,
    @Schema(description = "Total retail sales and services of each month, billion VND")
        List<MonthPoint> retail,
    @Schema(
            description =
                "Border-gate import-export turnover of each month, all flows, million USD")
        List<MonthPoint> borderTurnover,
    @Schema(description = "The year's turnover by gate, million USD, largest first")
        List<Share> byGate,
    @Schema(description = "The year's turnover by flow, million USD, largest first")
        List<Share> byFlow) {

  @Schema(description = "One month of a series")
  public record MonthPoint(
      @Schema(example = "3") int month,
      @Schema(
              description = "The year asked for; null when there is no figure",
              example = "88.12",
              nullable = true)
          BigDecimal current,
      @Schema(
              description = "The year before; null when there is no figure",
              example = "104.30",
              nullable = true)
          BigDecimal previous,
      @Schema(
              description =
                  "Status of `current`: ESTIMATED, PRELIMINARY or FINAL; null when there is no"
                      + " figure",
              example = "ESTIMATED",
              nullable = true)
          String status) {}

  @Schema(description = "One part of a total")
  public record Share(
      @Schema(example = "THANH_THUY") String key, @Schema(example = "151.20") BigDecimal value) {}
}
