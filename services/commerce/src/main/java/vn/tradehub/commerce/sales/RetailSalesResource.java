package vn.tradehub.commerce.sales;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.figures.TerritoryParam;

/** Figure queries over the reports: answers computed for the question, not lists of rows. */
@Path("/api/v1/commerce")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retail sales",
    description =
        "Totals of retail sales of goods and consumer-service revenue for a territory (a province,"
            + " a former province, a district or commune where the figures exist at that level),"
            + " each against the same territory a year earlier. Figures of 2022 onwards in the demo"
            + " data set are demo figures, not published ones.")
public class RetailSalesResource {
  private final RetailSalesService sales;

  public RetailSalesResource(RetailSalesService sales) {
    this.sales = sales;
  }

  @GET
  @Path("/retail-sales")
  @Authenticated
  @Operation(
      summary = "Total retail sales and services of a territory over a range of months",
      description =
          "Sums every report line of the territory's units in `from`..`to`, grouped by any of"
              + " `category`, `unit`, `ownership`, `month`. The territory (`territory=`, default"
              + " the province of `to`: Hà Giang 02 until 2025-06, the merged Tuyên Quang 08 from"
              + " 2025-07) is summed month by month over the units that make it up exactly then:"
              + " districts until 2025-06, communes and wards from 2025-07. Each figure comes with"
              + " the same territory in the same months a year earlier (for 08 in 2025 or 2026 that"
              + " is both former provinces; for 02 after July 2025 the 73 communes that lie in it)"
              + " and the change in % ((value / previous − 1) × 100, two decimals); `yearToDate` is"
              + " January..`to` against a year earlier; `status` is the weakest status among the"
              + " reports used. A territory that the units of a month in `from`..`to` cannot"
              + " express exactly (a commune before 2025-07, a former district after it whose land"
              + " was split) is 422 saying why; a comparison that cannot be exact is null and"
              + " `notes` says why. Figures are exact sums in whole đồng, so the total equals the"
              + " sum of the groups of any grouping. `prices=CONSTANT` deflates each line on its own"
              + " (value × 100 / CPI of its month, rounded half up to whole đồng) before summing;"
              + " a constant-price figure whose months lack a CPI is null, never estimated, and"
              + " `missingCpi` lists those months.")
  public RetailSales retailSales(
      @Parameter(
              description = "First month, YYYY-MM (default: January of `to`)",
              example = "2021-01")
          @QueryParam("from")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String from,
      @Parameter(
              description = "Last month, YYYY-MM (default: latest month with reports)",
              example = "2021-06")
          @QueryParam("to")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String to,
      @Parameter(
              description =
                  "Any of category, unit, ownership, month: repeat the parameter"
                      + " (groupBy=category&groupBy=month) or separate with commas")
          @QueryParam("groupBy")
          @Size(max = 4)
          List<@Size(max = 40) String> groupBy,
      @Parameter(description = "CURRENT (default) or CONSTANT") @QueryParam("prices")
          RetailSales.Prices prices,
      @Valid @BeanParam TerritoryParam territory) {
    return sales.query(from, to, groupBy, prices, territory.territory());
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "The current commerce summary of a territory",
      description =
          "The latest month with any retail report: the territory's month and January..month"
              + " at current prices against the same territory a year earlier (the figures of"
              + " commerce.indicators.v1), plus the active markets that lay in it at the end of"
              + " that month and the share run by an enterprise or cooperative. Before any report"
              + " the figures are null.")
  public CommerceSummary summary(@Valid @BeanParam TerritoryParam territory) {
    return sales.summary(territory.territory());
  }
}
