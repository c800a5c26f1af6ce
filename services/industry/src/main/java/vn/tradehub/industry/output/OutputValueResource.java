package vn.tradehub.industry.output;

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
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.figures.TerritoryParam;

@Path("/api/v1/industry/output-value")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry output value",
    description = "Industrial output value at current and constant prices, for a territory")
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
          "Sums the output value (`prices=CURRENT`, the default, or `CONSTANT` base-year prices) of the reports"
              + " of the enterprises located in `territory` over `from`..`to`, and over the same months a year"
              + " earlier for the same territory, with the change `(value / previous − 1) × 100` (two decimals; null"
              + " without reports a year earlier). Each month is summed over the units of that month that lie in the"
              + " territory (the merged province in 2024 is both former provinces; former Hà Giang in 2026 is the 73"
              + " new communes in it); a territory that cannot be expressed exactly in the units the figures are kept"
              + " in (a commune of a district whose enterprises are known by district only) is a 422 that says why."
              + " `groupBy` takes any of section, division, district (NONE from 2025-07, when there are none), unit"
              + " (the district or commune the enterprise lay in that month), cluster (NONE for enterprises outside"
              + " clusters) and month, comma-separated; with month each month is compared with the same month a"
              + " year earlier. Section and division follow the product's VSIC class; district, unit and cluster the"
              + " enterprise's. The figures from 2022 on are demo figures when the demo data is loaded (no"
              + " published figure is reproduced after 2021).")
  public OutputValueResponse outputValue(
      @Parameter(description = "First month, YYYY-MM (required)", example = "2020-01")
          @QueryParam("from")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String from,
      @Parameter(description = "Last month, YYYY-MM (required)", example = "2020-12")
          @QueryParam("to")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String to,
      @Valid @BeanParam TerritoryParam territory,
      @Parameter(
              description =
                  "Any of section, division, district, unit, cluster, month (comma-separated)",
              example = "section")
          @QueryParam("groupBy")
          @Size(max = 64)
          String groupBy,
      @Parameter(description = "Current or constant (base-year) prices (default CURRENT)")
          @QueryParam("prices")
          OutputValueService.Prices prices) {
    return service.query(from, to, territory.territory(), groupBy, prices);
  }
}
