package vn.tradehub.industry.indicators;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.figures.PeriodPath;
import vn.tradehub.platform.figures.TerritoryParam;

@Path("/api/v1/industry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry indicators",
    description =
        "Industry indicators of a territory (a province, a former province's area, a district or a"
            + " commune): summary, monthly indicators and border-village electrification")
public class IndicatorResource {
  private final IndicatorQueries queries;

  public IndicatorResource(IndicatorQueries queries) {
    this.queries = queries;
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "The current industry summary",
      description =
          "The latest month with reports, and for the territory (default: the province of that month) its"
              + " year-to-date IIP (cumulative quantities against the same months a year earlier, same territory, ="
              + " 100) and change, its year-to-date output value at current prices and change, and the"
              + " electrification of its border villages as of today. Fields are null when there are no reports yet.")
  public SummaryResponse summary(@Valid @BeanParam TerritoryParam territory) {
    return queries.summary(territory.territory());
  }

  @GET
  @Path("/indicators/{period}")
  @Authenticated
  @Operation(
      summary = "One month's industry indicators",
      description =
          "The same figures the `IndustryIndicatorsComputed` event carries, computed now, for any territory"
              + " (default: the province of the period): the month's and the year-to-date IIP against the same"
              + " period a year earlier for the same territory (= 100; provinces only, null when not computable or"
              + " below province level), output value at current prices for the month and year to date with the"
              + " same period a year earlier and the change in %, border-village electrification at the end of the"
              + " month, the weakest status of the reports used, and the month's figures of every unit of the"
              + " territory that has any (they add up to the territory's). 404 when no report of the month lies in"
              + " the territory. Figures from 2022 on are demo figures when the demo data is loaded.")
  public MonthIndicators indicators(
      @Valid @BeanParam PeriodPath path, @Valid @BeanParam TerritoryParam territory) {
    return queries.month(path.period(), territory.territory());
  }

  @GET
  @Path("/electrification")
  @Authenticated
  @Operation(
      summary = "Electrification of border villages",
      description =
          "As of `asOf` (an ISO 8601 date, default today), for the territory (default: the province of"
              + " `asOf`): the number of border villages located in it on that date (each in its commune of that"
              + " date), how many have electricity that meets the rural-development criterion (electrified on or"
              + " before that date), and the share `electrified / borderVillages × 100` (two decimals), in total and"
              + " by commune; and the same a year before `asOf` for the same territory.")
  public ElectrificationResponse electrification(
      @Valid @BeanParam TerritoryParam territory,
      @Parameter(description = "ISO 8601 date, default today", example = "2020-12-31")
          @QueryParam("asOf")
          @Size(max = 10)
          @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$")
          String asOf) {
    return queries.electrification(territory.territory(), asOf);
  }
}
