package vn.tradehub.bordertrade.turnover;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.figures.TerritoryParam;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

@Path("/api/v1/border-trade/turnover")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Turnover", description = "Import-export turnover through the border gates, in USD")
public class TurnoverResource {
  private static final String YEAR = "a year between 1990 and 2100 is required";

  private final TurnoverService service;

  public TurnoverResource(TurnoverService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "Turnover: by gate, month, flow, trade form, HS chapter or partner",
      description =
          "USD totals of active lines (cancelled lines leave every total) declared from the first day of `from` to the last day"
              + " of `to`, grouped by any of gate, month, flow, tradeForm, hsChapter, partner (comma-separated). Each row carries"
              + " the same period a year earlier for the same territory and the change in %; quantity appears where all"
              + " lines of the group share one unit. `commune` groups by the commune each line's gate lay in on its"
              + " declaration date (pinned, 00928@2025-07-01; named in the row). `byFlow` and `total` are always present;"
              + " the total includes goods transferred through the gates. Demo data from 2022 on is generated (labelled"
              + " demo figures; no published figure after 2021)."
              + " Answers come from monthly rollups maintained with every write, not from a scan of the shipments.")
  public TurnoverReport turnover(
      @Parameter(description = "First month, YYYY-MM", example = "2020-01", required = true)
          @QueryParam("from")
          @Size(max = 7)
          String from,
      @Parameter(description = "Last month, YYYY-MM", example = "2020-12", required = true)
          @QueryParam("to")
          @Size(max = 7)
          String to,
      @Parameter(
              description =
                  "Dimensions: repeat the parameter, or separate them with commas (gate,flow);"
                      + " any of gate, commune, month, flow, tradeForm, hsChapter, partner",
              example = "[\"gate\", \"flow\"]")
          @QueryParam("groupBy")
          @Size(max = 6)
          List<@Size(max = 60) String> groupBy,
      @Valid @BeanParam TerritoryParam territory) {
    YearMonth f = Periods.parse("from", from);
    YearMonth t = Periods.parse("to", to);
    if (t.isBefore(f)) throw Problems.validation("to", "must not be before from " + from, to);
    List<String> dims = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (String g : groupBy == null ? List.<String>of() : groupBy) {
      for (String d :
          Arrays.stream(g.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
        if (!TurnoverService.DIMENSIONS.containsKey(d)) {
          errors.add(
              FieldError.of(
                  "groupBy",
                  "unknown dimension; use any of gate, commune, month, flow, tradeForm, hsChapter,"
                      + " partner",
                  d));
        } else if (!dims.contains(d)) {
          dims.add(d);
        }
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    return service.report(f, t, dims, territory.territory());
  }

  @GET
  @Path("/ytd")
  @Authenticated
  @Operation(
      summary = "Turnover: year to date by flow",
      description =
          "January to `month` of `year` (default: the whole year) for a territory, against the same months a year"
              + " earlier for the same territory, by flow and in total.")
  public TurnoverReport ytd(
      @Parameter(example = "2020", required = true)
          @QueryParam("year")
          @NotNull(message = YEAR)
          @Min(value = 1990, message = YEAR)
          @Max(value = 2100, message = YEAR)
          Integer year,
      @Parameter(description = "1 to 12; default 12", example = "12")
          @QueryParam("month")
          @Min(value = 1, message = "must be 1 to 12")
          @Max(value = 12, message = "must be 1 to 12")
          Integer month,
      @Valid @BeanParam TerritoryParam territory) {
    return service.ytd(year, month == null ? 12 : month, territory.territory());
  }
}
