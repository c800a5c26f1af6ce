package vn.tradehub.industry.output;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.platform.problem.Problem;

@Path("/api/v1/industry/output-value")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry output value",
    description = "Industrial output value at current and constant prices")
public class OutputValueResource {
  private final OutputValueService service;

  public OutputValueResource(OutputValueService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "Industrial output value of a range of months",
      description =
          "Sums the reports' output value (`prices=CURRENT`, the default, or `CONSTANT` base-year prices) over"
              + " `from`..`to` and over the same months a year earlier, with the change `(value / previous − 1) × 100`"
              + " (two decimals; null without reports a year earlier). `groupBy` takes any of section, division,"
              + " district, cluster (NONE for enterprises outside clusters) and month, comma-separated; with month each"
              + " month is compared with the same month a year earlier. Section and division follow the product's VSIC"
              + " class; district and cluster the enterprise's.")
  @APIResponse(
      responseCode = "200",
      description = "Totals",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = OutputValueResponse.class),
              examples =
                  @ExampleObject(
                      name = "2020-by-section",
                      value =
                          "{\"from\":\"2020-01\",\"to\":\"2020-12\",\"prices\":\"CURRENT\",\"currency\":\"VND\",\"groupBy\":[\"section\"],\"status\":\"ESTIMATED\",\"total\":{\"valueVnd\":6181400000000,\"previousYearVnd\":6248900000000,\"changePct\":-1.08},\"groups\":[{\"key\":{\"section\":\"D\"},\"valueVnd\":2900000000000,\"previousYearVnd\":3010000000000,\"changePct\":-3.65}]}")))
  @APIResponse(
      responseCode = "422",
      description = "to before from, or a range over 10 years",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "range",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"must not be before from\",\"errors\":[{\"field\":\"to\",\"message\":\"must not be before from\",\"rejectedValue\":\"2019-12\"}]}")))
  public OutputValueResponse outputValue(
      @Parameter(description = "First month, YYYY-MM (required)", example = "2020-01")
          @QueryParam("from")
          @Size(max = Limits.PERIOD)
          String from,
      @Parameter(description = "Last month, YYYY-MM (required)", example = "2020-12")
          @QueryParam("to")
          @Size(max = Limits.PERIOD)
          String to,
      @Parameter(
              description = "Any of section, division, district, cluster, month (comma-separated)",
              example = "section")
          @QueryParam("groupBy")
          @Size(max = 64)
          String groupBy,
      @Parameter(description = "Current or constant (base-year) prices (default CURRENT)")
          @QueryParam("prices")
          OutputValueService.Prices prices) {
    return service.query(from, to, groupBy, prices);
  }
}
