package vn.tradehub.commerce.sales;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.commerce.market.MarketService;
import vn.tradehub.commerce.web.Codes;
import vn.tradehub.commerce.web.Docs;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.platform.problem.Problem;

@Path("/api/v1/commerce")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retail sales",
    description = "Province totals of retail sales of goods and consumer-service revenue")
public class RetailSalesResource {
  private final RetailSalesService sales;
  private final IndicatorService indicators;
  private final MarketService markets;

  public RetailSalesResource(
      RetailSalesService sales, IndicatorService indicators, MarketService markets) {
    this.sales = sales;
    this.indicators = indicators;
    this.markets = markets;
  }

  @GET
  @Path("/retail-sales")
  @Authenticated
  @Operation(
      summary = "Total retail sales and services over a range of months",
      description =
          "Any authenticated caller. Sums every report line of `from`..`to` (defaults: `to` = latest month with"
              + " reports, `from` = January of `to`'s year), grouped by any of `category`, `district`, `ownership`,"
              + " `month` (repeat the parameter or separate with commas). Each figure comes with the same months a"
              + " year earlier and the change in % ((value / previous − 1) × 100, two decimals); `yearToDate` is"
              + " January..`to` against the same months a year earlier. `status` is the weakest status among the"
              + " reports used. Figures are exact sums in whole đồng, so the total equals the sum of the groups of"
              + " any grouping, to the đồng. `prices=CONSTANT` deflates each report line on its own — value × 100 /"
              + " CPI of its month, rounded half up to whole đồng — and then sums, so the identities hold at"
              + " constant prices too. A constant-price figure whose months lack a CPI is null, never estimated,"
              + " and `missingCpi` lists those months.")
  @APIResponse(
      responseCode = "200",
      description = "The totals",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetailSales.class),
              examples = {
                @ExampleObject(
                    name = "by-category",
                    summary = "2021 H1 by category, current prices",
                    value =
                        "{\"from\":\"2021-01\",\"to\":\"2021-06\",\"prices\":\"CURRENT\",\"groupBy\":[\"category\"],"
                            + "\"status\":\"PRELIMINARY\",\"reportCount\":66,"
                            + "\"total\":{\"valueVnd\":6700000000000,\"previousYearVnd\":6050000000000,\"changePct\":10.74},"
                            + "\"yearToDate\":{\"from\":\"2021-01\",\"to\":\"2021-06\",\"valueVnd\":6700000000000,\"previousYearVnd\":6050000000000,\"changePct\":10.74,\"status\":\"PRELIMINARY\"},"
                            + "\"groups\":[{\"category\":\"ACCOMMODATION_FOOD\",\"valueVnd\":690000000000,\"previousYearVnd\":640000000000,\"changePct\":7.81,\"status\":\"PRELIMINARY\"},"
                            + "{\"category\":\"OTHER_SERVICES\",\"valueVnd\":470000000000,\"previousYearVnd\":430000000000,\"changePct\":9.30,\"status\":\"PRELIMINARY\"},"
                            + "{\"category\":\"RETAIL_GOODS\",\"valueVnd\":5515000000000,\"previousYearVnd\":4957000000000,\"changePct\":11.26,\"status\":\"PRELIMINARY\"},"
                            + "{\"category\":\"TRAVEL\",\"valueVnd\":25000000000,\"previousYearVnd\":23000000000,\"changePct\":8.70,\"status\":\"PRELIMINARY\"}],"
                            + "\"missingCpi\":[]}"),
                @ExampleObject(
                    name = "constant-missing-cpi",
                    summary = "Constant prices with a month lacking its CPI",
                    value =
                        "{\"from\":\"2021-05\",\"to\":\"2021-05\",\"prices\":\"CONSTANT\",\"cpiBase\":\"2010\","
                            + "\"deflation\":\"each report line: round(valueVnd × 100 / CPI of its month, 0 decimals, half up); figures are sums of those line values\","
                            + "\"groupBy\":[],\"status\":\"ESTIMATED\",\"reportCount\":11,"
                            + "\"total\":{\"valueVnd\":null,\"previousYearVnd\":660000000000,\"changePct\":null},"
                            + "\"yearToDate\":{\"from\":\"2021-01\",\"to\":\"2021-05\",\"valueVnd\":null,\"previousYearVnd\":3250000000000,\"changePct\":null,\"status\":\"ESTIMATED\"},"
                            + "\"groups\":[],\"missingCpi\":[\"2021-05\"]}")
              }))
  @APIResponse(
      responseCode = "422",
      description = "Unknown groupBy dimension, from after to, or a range too long",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "group-by",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
                              + "\"detail\":\"unknown dimension; any of [category, district, ownership, month]\","
                              + "\"errors\":[{\"field\":\"groupBy\",\"message\":\"unknown dimension; any of [category, district, ownership, month]\",\"rejectedValue\":\"gate\"}]}")))
  public RetailSales retailSales(
      @Parameter(
              description = "First month, YYYY-MM (default: January of `to`)",
              example = "2021-01")
          @QueryParam("from")
          @Size(max = Codes.PERIOD_MAX)
          String from,
      @Parameter(
              description = "Last month, YYYY-MM (default: latest month with reports)",
              example = "2021-06")
          @QueryParam("to")
          @Size(max = Codes.PERIOD_MAX)
          String to,
      @Parameter(
              description =
                  "Any of category, district, ownership, month: repeat the parameter"
                      + " (groupBy=category&groupBy=month) or separate with commas")
          @QueryParam("groupBy")
          @Size(max = 4)
          List<@Size(max = 40) String> groupBy,
      @Parameter(description = "CURRENT (default) or CONSTANT", example = "CURRENT")
          @QueryParam("prices")
          RetailSales.Prices prices) {
    return sales.query(from, to, groupBy, prices);
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "The current commerce summary",
      description =
          "Any authenticated caller. The latest month with any retail report: the month and January..month at"
              + " current prices against a year earlier (the figures of commerce.indicators.v1), plus the active"
              + " markets and the share run by an enterprise or cooperative. Before any report the figures are null.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommerceSummary.class),
              examples =
                  @ExampleObject(
                      name = "december-2021",
                      value =
                          "{\"latestPeriod\":\"2021-12\",\"status\":\"ESTIMATED\",\"retailMonthVnd\":1254000000000,"
                              + "\"retailMonthPrevYearVnd\":1120000000000,\"retailMonthChangePct\":11.96,\"retailYtdVnd\":13594000000000,"
                              + "\"retailYtdPrevYearVnd\":12269000000000,\"retailYtdChangePct\":10.80,\"activeMarkets\":62,\"marketsConvertedSharePct\":24.19}")))
  public CommerceSummary summary() {
    var m = markets.summary(false);
    CommerceIndicatorsComputed i = indicators.latest().orElse(null);
    if (i == null) {
      return new CommerceSummary(
          null, null, null, null, null, null, null, null, m.total(), m.convertedSharePct());
    }
    return new CommerceSummary(
        i.period(),
        i.status(),
        i.retailMonthVnd(),
        i.retailMonthPrevYearVnd(),
        i.retailMonthChangePct(),
        i.retailYtdVnd(),
        i.retailYtdPrevYearVnd(),
        i.retailYtdChangePct(),
        m.total(),
        m.convertedSharePct());
  }
}
