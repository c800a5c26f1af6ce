package vn.tradehub.commerce.market;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.codelist.Filter;
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.web.Csv;
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
  private final MarketService service;

  public MarketResource(MarketService service) {
    super(service, MarketResponse.class, MarketResponse::code);
    this.service = service;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @Operation(description = "Markets in code order; the filters combine with AND.")
  public RestResponse<Page<MarketResponse>> list(
      @BeanParam WithinParams within,
      @QueryParam("marketClass") Market.MarketClass marketClass,
      @QueryParam("managementModel") Market.ManagementModel managementModel,
      @QueryParam("borderMarket") Boolean borderMarket,
      @QueryParam("status") Market.Status status,
      @BeanParam PageParams page) {
    Filter filter =
        located(within)
            .and(Filter.equal("marketClass", marketClass))
            .and(Filter.equal("managementModel", managementModel))
            .and(Filter.equal("borderMarket", borderMarket))
            .and(Filter.equal("status", status));
    return respond(page, filter);
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
      @BeanParam WithinParams within) {
    return service.summary(Boolean.TRUE.equals(includeClosed), within);
  }
}
