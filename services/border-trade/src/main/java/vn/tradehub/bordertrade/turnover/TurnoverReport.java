package vn.tradehub.bordertrade.turnover;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.Place;
import vn.tradehub.platform.geo.UnitRef;

@Schema(name = "TurnoverReport")
public record TurnoverReport(
    @Schema(example = "2020-01") String from,
    @Schema(example = "2020-12") String to,
    @Schema(
            description =
                "The territory summed (`territory`, by default the province of the period: Hà"
                    + " Giang until 2025-06, the merged Tuyên Quang from 2025-07); a year earlier"
                    + " the same land is summed in the communes of that time")
        UnitRef territory,
    @Schema(
            description =
                "What the administrative lists cannot account for below commune level (a village"
                    + " moved between communes), where it touches the territory; usually empty",
            example = "[]")
        List<String> notes,
    @Schema(example = "[\"gate\", \"flow\"]") List<String> groupBy,
    List<Row> rows,
    @Schema(
            description =
                "Every flow, always present, so turnover can be read as the province reports it")
        List<Row> byFlow,
    @Schema(description = "All flows together, goods transferred through the gates included")
        Row total) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TurnoverRow")
  public record Row(
      @Schema(
              description = "The group's values, by groupBy dimension",
              example = "{\"gate\": \"THANH_THUY\", \"flow\": \"EXPORT\"}")
          Map<String, String> group,
      @Schema(
              description =
                  "With groupBy=commune: the commune of the group, named (the group's value is"
                      + " the commune pinned to a day, 00928@2025-07-01, as codes are reused"
                      + " across the 2025 reform)")
          Place commune,
      @Schema(example = "152000000.00") BigDecimal valueUsd,
      @Schema(
              description = "Only when every line of the group has the same unit",
              example = "1200000")
          BigDecimal quantity,
      @Schema(example = "KGM") String unit,
      @Schema(example = "1250") long lines,
      @Schema(
              description =
                  "The same period a year earlier, for the same territory (a commune row: the"
                      + " land of that commune, in the communes of that time); absent when"
                      + " nothing is comparable",
              example = "246700000.00")
          BigDecimal previousValueUsd,
      @Schema(description = "Change against a year earlier, in %", example = "-38.38")
          BigDecimal changePct) {}
}
