package vn.tradehub.commerce.market;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
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
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/commerce/markets")
@Tag(
    name = "Markets",
    description =
        "Markets (chợ): class, border markets, and their management model. The district must exist;"
            + " a change of management model carries the date it took effect (later than the"
            + " previous one, never in the future). Closing a market is `status: CLOSED`.")
public class MarketResource extends CodeListResource<MarketRequest, MarketResponse> {
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
  @Operation(description = "Markets in code order; the filters combine with AND.")
  public RestResponse<Page<MarketResponse>> list(
      @Parameter(example = "MEO_VAC") @QueryParam("district") @Size(max = CODE_MAX) String district,
      @QueryParam("marketClass") Market.MarketClass marketClass,
      @QueryParam("managementModel") Market.ManagementModel managementModel,
      @QueryParam("borderMarket") Boolean borderMarket,
      @QueryParam("status") Market.Status status,
      @BeanParam PageParams page) {
    MarketService.Filter filter =
        new MarketService.Filter(
            district == null || district.isBlank() ? null : district,
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
      summary = "Markets by class, district and management model",
      description =
          "Counts active markets (all with `includeClosed=true`) by class, district and management"
              + " model, the border markets, and the share run by an enterprise or cooperative:"
              + " (ENTERPRISE + COOPERATIVE) / total × 100, two decimals.")
  public MarketSummary summary(
      @Parameter(description = "Count closed markets too (default false)")
          @QueryParam("includeClosed")
          Boolean includeClosed) {
    return service.summary(Boolean.TRUE.equals(includeClosed));
  }
}
