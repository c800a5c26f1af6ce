package vn.tradehub.commerce.sales;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Figure queries over the reports: answers computed for the question, not lists of rows. */
@Path("/api/v1/commerce")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retail sales",
    description = "Province totals of retail sales of goods and consumer-service revenue")
public class RetailSalesResource {
  private final RetailSalesService sales;

  public RetailSalesResource(RetailSalesService sales) {
    this.sales = sales;
  }

  @GET
  @Path("/retail-sales")
  @Authenticated
  @Operation(
      summary = "Total retail sales and services over a range of months",
      description =
          "Sums every report line of `from`..`to`, grouped by any of `category`, `district`,"
              + " `ownership`, `month`. Each figure comes with the same months a year earlier and"
              + " the change in % ((value / previous − 1) × 100, two decimals); `yearToDate` is"
              + " January..`to` against a year earlier; `status` is the weakest status among the"
              + " reports used. Figures are exact sums in whole đồng, so the total equals the sum"
              + " of the groups of any grouping. `prices=CONSTANT` deflates each line on its own"
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
                  "Any of category, district, ownership, month: repeat the parameter"
                      + " (groupBy=category&groupBy=month) or separate with commas")
          @QueryParam("groupBy")
          @Size(max = 4)
          List<@Size(max = 40) String> groupBy,
      @Parameter(description = "CURRENT (default) or CONSTANT") @QueryParam("prices")
          RetailSales.Prices prices) {
    return sales.query(from, to, groupBy, prices);
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "The current commerce summary",
      description =
          "The latest month with any retail report: the month and January..month at current"
              + " prices against a year earlier (the figures of commerce.indicators.v1), plus the"
              + " active markets and the share run by an enterprise or cooperative. Before any"
              + " report the figures are null.")
  public CommerceSummary summary() {
    return sales.summary();
  }
}
