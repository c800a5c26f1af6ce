package vn.tradehub.industry.output;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.figures.Periods;

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
  public OutputValueResponse outputValue(
      @Parameter(description = "First month, YYYY-MM (required)", example = "2020-01")
          @QueryParam("from")
          @Pattern(regexp = Periods.PATTERN)
          String from,
      @Parameter(description = "Last month, YYYY-MM (required)", example = "2020-12")
          @QueryParam("to")
          @Pattern(regexp = Periods.PATTERN)
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
