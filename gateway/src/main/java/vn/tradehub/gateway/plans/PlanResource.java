package vn.tradehub.gateway.plans;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.gateway.indicators.ApiDocs;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/province/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = ApiDocs.TAG_PLANS,
    description = "The Department's yearly targets, against which the indicators show progress")
public class PlanResource {
  static final String PLAN_2021 =
      "{\"year\":2021,\"targets\":[{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":270,\"unit\":\"million USD\"},"
          + "{\"indicatorCode\":\"ELECTRIFICATION\",\"kind\":\"ABSOLUTE\",\"value\":85,\"unit\":\"%\"},"
          + "{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},"
          + "{\"indicatorCode\":\"RETAIL_SALES\",\"kind\":\"GROWTH_PCT\",\"value\":10.8,\"unit\":\"%\"}],"
          + "\"updatedAt\":\"2021-01-04T03:00:00Z\",\"updatedBy\":\"admin\"}";
  static final String REQUEST_2021 =
      "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},"
          + "{\"indicatorCode\":\"RETAIL_SALES\",\"kind\":\"GROWTH_PCT\",\"value\":10.8,\"unit\":\"%\"},"
          + "{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":270,\"unit\":\"million USD\"},"
          + "{\"indicatorCode\":\"ELECTRIFICATION\",\"kind\":\"ABSOLUTE\",\"value\":85,\"unit\":\"%\"}]}";
  static final String PROBLEM_422 =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"2 fields are invalid\","
          + "\"errors\":[{\"field\":\"targets[1].indicatorCode\",\"message\":\"appears more than once\",\"rejectedValue\":\"IIP\"},"
          + "{\"field\":\"targets[2].unit\",\"message\":\"a GROWTH_PCT target is in %\",\"rejectedValue\":\"million USD\"}]}";

  private final PlanService plans;
  private final Caller caller;

  public PlanResource(PlanService plans, Caller caller) {
    this.plans = plans;
    this.caller = caller;
  }

  @GET
  @Path("/{year}")
  @Authenticated
  @Operation(
      summary = "A year's plan",
      description =
          "The targets set for the year (an empty list when none are). The 2021 plan is seeded: IIP +6.8 %, retail"
              + " sales and services +10.8 %, border-gate import-export turnover 270 million USD, 85 % of border villages with"
              + " electricity meeting the criterion.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = PlanResponse.class),
              examples = @ExampleObject(name = "2021", value = PLAN_2021)))
  @APIResponse(
      responseCode = "422",
      description = "The year is outside 2000..2100",
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "bad-year",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"must be between 2000 and 2100\",\"errors\":[{\"field\":\"year\",\"message\":\"must be between 2000 and 2100\",\"rejectedValue\":1999}]}")))
  public PlanResponse get(
      @Parameter(example = "2021")
          @PathParam("year")
          @Min(value = 2000, message = ApiDocs.YEAR_RANGE)
          @Max(value = 2100, message = ApiDocs.YEAR_RANGE)
          int year) {
    return plans.get(year);
  }

  @PUT
  @Path("/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Set a year's plan",
      description =
          "Replaces the year's targets whole (an empty list clears the plan). Each target names an indicator (IIP,"
              + " OUTPUT_VALUE, RETAIL_SALES, BORDER_TURNOVER, EXPORT_TURNOVER, ELECTRIFICATION) once, a kind (GROWTH_PCT: growth"
              + " in % against the previous year, unit `%`; ABSOLUTE: a level in the indicator's unit, not negative), a value"
              + " and a unit. Setting the same plan again changes nothing but `updatedAt`, so retries are safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = PlanRequest.class),
              examples = @ExampleObject(name = "2021", value = REQUEST_2021)))
  @APIResponse(
      responseCode = "200",
      description = "The plan as stored",
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = PlanResponse.class),
              examples = @ExampleObject(name = "2021", value = PLAN_2021)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not JSON, or a kind or code is unknown",
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "unknown-kind",
                      value =
                          "{\"type\":\"/problems/malformed-request\",\"title\":\"Malformed request\",\"status\":400,\"detail\":\"targets[0].kind: not one of GROWTH_PCT, ABSOLUTE\"}")))
  @APIResponse(
      responseCode = "422",
      description = ApiDocs.INVALID,
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid", value = PROBLEM_422)))
  public PlanResponse put(
      @Parameter(example = "2021")
          @PathParam("year")
          @Min(value = 2000, message = ApiDocs.YEAR_RANGE)
          @Max(value = 2100, message = ApiDocs.YEAR_RANGE)
          int year,
      @NotNull @Valid PlanRequest request) {
    return plans.put(year, request, caller.name());
  }
}
