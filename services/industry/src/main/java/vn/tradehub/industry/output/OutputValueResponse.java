package vn.tradehub.industry.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.platform.geo.UnitRef;

@Schema(
    name = "OutputValue",
    description =
        "A territory's industrial output value of a range of months, with the same months a year earlier for the same territory")
public record OutputValueResponse(
    @Schema(example = "2020-01") String from,
    @Schema(example = "2020-12") String to,
    @Schema(description = "The territory summed") UnitRef territory,
    @Schema(example = "CURRENT") String prices,
    @Schema(example = "VND") String currency,
    @Schema(example = "[\"section\"]") List<String> groupBy,
    @Schema(
            description = "The weakest status of the reports in the range; null without reports",
            nullable = true,
            example = "ESTIMATED")
        String status,
    Figure total,
    List<Group> groups,
    @Schema(
            description =
                "Why there is no comparison with the same months a year earlier, when the units"
                    + " of that year cannot express the territory exactly (a commune formed from"
                    + " part of a former one); null otherwise",
            nullable = true,
            example = ProductionFacts.Comparison.NOTE_EXAMPLE)
        String comparisonNote) {

  @Schema(name = "OutputValueFigure")
  public record Figure(
      @Schema(example = "6181400000000") BigDecimal valueVnd,
      @Schema(
              description = "The same months a year earlier; null without reports then",
              nullable = true,
              example = "6248900000000")
          BigDecimal previousYearVnd,
      @Schema(
              description = "(value / previous − 1) × 100, two decimals; null without previous",
              nullable = true,
              example = "-1.08")
          BigDecimal changePct) {}

  @Schema(name = "OutputValueGroup")
  public record Group(
      @Schema(description = "The value of each groupBy dimension", example = "{\"section\":\"D\"}")
          Map<String, String> key,
      @Schema(example = "2900000000000") BigDecimal valueVnd,
      @Schema(nullable = true, example = "3010000000000") BigDecimal previousYearVnd,
      @Schema(nullable = true, example = "-3.65") BigDecimal changePct) {}
}
