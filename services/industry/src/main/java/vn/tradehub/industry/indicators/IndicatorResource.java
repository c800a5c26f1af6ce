package vn.tradehub.industry.indicators;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.platform.problem.Problem;

@Path("/api/v1/industry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry indicators",
    description =
        "The province's industry indicators: summary, monthly indicators and border-village electrification")
public class IndicatorResource {
  static final String INDICATORS_EXAMPLE =
      "{\"period\":\"2020-12\",\"baseYear\":2015,\"iipMonth\":93.10,\"iipYtd\":90.84,\"outputValueMonthVnd\":560000000000,"
          + "\"outputValueMonthPrevYearVnd\":571000000000,\"outputValueMonthChangePct\":-1.93,\"outputValueYtdVnd\":6181400000000,"
          + "\"outputValueYtdPrevYearVnd\":6248900000000,\"outputValueYtdChangePct\":-1.08,\"borderVillages\":50,"
          + "\"borderVillagesElectrified\":41,\"electrificationSharePct\":82.00,\"status\":\"ESTIMATED\",\"computedAt\":\"2021-01-05T02:00:00Z\"}";
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
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = SummaryResponse.class),
              examples =
                  @ExampleObject(
                      name = "2021",
                      value =
                          "{\"latestPeriod\":\"2021-12\",\"baseYear\":2020,\"iipYtd\":106.90,\"iipYtdChangePct\":6.90,\"outputValueYtdVnd\":6912300000000,\"outputValueYtdChangePct\":11.83,\"electrificationAsOf\":\"2025-01-10\",\"borderVillages\":50,\"borderVillagesElectrified\":44,\"electrificationSharePct\":88.00,\"status\":\"ESTIMATED\"}")))
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
  @APIResponse(
      responseCode = "200",
      description = "The indicators",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = IndustryIndicatorsComputed.class),
              examples = @ExampleObject(name = "2020-12", value = INDICATORS_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      description = "No reports for this month",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "none",
                      value =
                          "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Industry indicators of 2030-01 does not exist\"}")))
  public IndustryIndicatorsComputed indicators(
      @Parameter(example = "2020-12") @PathParam("period") @Size(max = Limits.PERIOD)
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
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ElectrificationResponse.class),
              examples =
                  @ExampleObject(
                      name = "2020",
                      value =
                          "{\"asOf\":\"2020-12-31\",\"borderVillages\":50,\"electrified\":41,\"sharePct\":82.00,\"byDistrict\":[{\"district\":\"Đồng Văn\",\"borderVillages\":11,\"electrified\":9,\"sharePct\":81.82}]}")))
  public ElectrificationResponse electrification(
      @Parameter(description = "ISO 8601 date, default today", example = "2020-12-31")
          @QueryParam("asOf")
          @Size(max = Limits.DATE)
          String asOf) {
    return queries.electrification(asOf);
  }
}
