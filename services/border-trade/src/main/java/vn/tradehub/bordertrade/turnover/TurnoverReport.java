package vn.tradehub.bordertrade.turnover;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TurnoverReport")
public record TurnoverReport(
    @Schema(example = "2020-01") String from,
    @Schema(example = "2020-12") String to,
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
      @Schema(example = "152000000.00") BigDecimal valueUsd,
      @Schema(
              description = "Only when every line of the group has the same unit",
              example = "1200000")
          BigDecimal quantity,
      @Schema(example = "KGM") String unit,
      @Schema(example = "1250") long lines,
      @Schema(description = "The same period a year earlier", example = "246700000.00")
          BigDecimal previousValueUsd,
      @Schema(description = "Change against a year earlier, in %", example = "-38.38")
          BigDecimal changePct) {}
}
