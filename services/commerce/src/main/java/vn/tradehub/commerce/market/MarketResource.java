package vn.tradehub.commerce.market;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.commerce.sales.RetailSalesResource;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/commerce/markets")
@Tag(
    name = "Markets",
    description =
        "Markets (chợ): class, border markets, their management model, and where they lie: a dated"
            + " location history of communes (before 2025-07 a district where the commune is not"
            + " known), each checked against the administrative units of its own dates. A change"
            + " of management model carries the date it took effect (later than the previous one,"
            + " never in the future). Closing a market is `status: CLOSED`.")
public class MarketResource extends CodeListResource<MarketRequest, MarketResponse> {
  static final String UNIT =
      "Only markets lying in this territory on asOf: a unit code (commune, district, province),"
          + " optionally pinned with @YYYY-MM-DD (02 on a 2026 date is the former Hà Giang area)";
  static final String AS_OF = "The day markets are placed on, YYYY-MM-DD (default today)";

  private final MarketService service;
  private final Lists lists;

  public MarketResource(MarketService service, Lists lists) {
    super(service);
    this.service = service;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @Operation(
      description =
          "Markets in code order; the filters combine with AND. `unit` (a territory: a commune,"
              + " a district, a province, in `Territory.parse` form) keeps the markets that lay in"
              + " it on `asOf` (default today, Vietnam time); a unit that the units of that day"
              + " cannot express exactly is 422.")
  public RestResponse<Page<MarketResponse>> list(
      @Parameter(description = UNIT, example = "027")
          @QueryParam("unit")
          @Size(max = 16)
          @Pattern(
              regexp = RetailSalesResource.TERRITORY_FORM,
              message = "a unit code, optionally @YYYY-MM-DD")
          String unit,
      @Parameter(description = AS_OF, example = "2021-06-30") @QueryParam("asOf") LocalDate asOf,
      @QueryParam("marketClass") Market.MarketClass marketClass,
      @QueryParam("managementModel") Market.ManagementModel managementModel,
      @QueryParam("borderMarket") Boolean borderMarket,
      @QueryParam("status") Market.Status status,
      @BeanParam PageParams page) {
    LocalDate day = asOf != null ? asOf : service.today();
    MarketService.Filter filter =
        new MarketService.Filter(
            unit == null || unit.isBlank() ? null : service.unitsWithin("unit", unit, day),
            day,
            marketClass,
            managementModel,
            borderMarket,
            status);
    return lists.respond(
        page,
        MarketResponse.class,
        Keyset.of(MarketResponse::code, (after, limit) -> service.page(filter, after, limit)));
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "Markets by class, unit and management model",
      description =
          "Counts active markets (all with `includeClosed=true`), of a territory (`unit`) or all,"
              + " by class, by the unit they lay in on `asOf` (default today) and by management"
              + " model, the border markets, and the share run by an enterprise or cooperative:"
              + " (ENTERPRISE + COOPERATIVE) / total × 100, two decimals.")
  public MarketSummary summary(
      @Parameter(description = "Count closed markets too (default false)")
          @QueryParam("includeClosed")
          Boolean includeClosed,
      @Parameter(description = UNIT, example = "08")
          @QueryParam("unit")
          @Size(max = 16)
          @Pattern(
              regexp = RetailSalesResource.TERRITORY_FORM,
              message = "a unit code, optionally @YYYY-MM-DD")
          String unit,
      @Parameter(description = AS_OF, example = "2026-01-01") @QueryParam("asOf") LocalDate asOf) {
    return service.summary(Boolean.TRUE.equals(includeClosed), unit, asOf);
  }
}
