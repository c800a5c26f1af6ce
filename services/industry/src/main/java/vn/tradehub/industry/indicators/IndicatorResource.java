package vn.tradehub.industry.indicators;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.platform.figures.Periods;

@Path("/api/v1/industry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry indicators",
    description =
        "The province's industry indicators: summary, monthly indicators and border-village electrification")
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
          "The latest month with reports, its year-to-date IIP (cumulative quantities against the same months a year"
              + " earlier = 100) and change, its year-to-date output value at current prices and change, and the"
              + " electrification of border villages as of today. Fields are null when there are no reports yet.")
  public SummaryResponse summary() {
    return queries.summary();
  }

  @GET
  @Path("/indicators/{period}")
  @Authenticated
  @Operation(
      summary = "One month's industry indicators",
      description =
          "The same figures the `IndustryIndicatorsComputed` event carries, computed now: the month's and the"
              + " year-to-date IIP against the same period a year earlier (= 100; null when not computable), output value"
              + " at current prices for the month and year to date with the same period a year earlier and the change in %,"
              + " border-village electrification at the end of the month, and the weakest status of the reports used.")
  public IndustryIndicatorsComputed indicators(
      @Parameter(example = "2020-12") @PathParam("period") @Pattern(regexp = Periods.PATTERN)
          String period) {
    return queries.month(period);
  }

  @GET
  @Path("/electrification")
  @Authenticated
  @Operation(
      summary = "Electrification of border villages",
      description =
          "As of `asOf` (an ISO 8601 date, default today): the number of border villages, how many have electricity"
              + " that meets the rural-development criterion (electrified on or before that date), and the share"
              + " `electrified / borderVillages × 100` (two decimals), in total and by district.")
  public ElectrificationResponse electrification(
      @Parameter(description = "ISO 8601 date, default today", example = "2020-12-31")
          @QueryParam("asOf")
          @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$")
          String asOf) {
    return queries.electrification(asOf);
  }
}
