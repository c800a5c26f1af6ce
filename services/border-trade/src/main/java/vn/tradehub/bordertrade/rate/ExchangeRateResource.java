package vn.tradehub.bordertrade.rate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

/** Exchange rates: a code list whose key has two parts, the currency and the first valid day. */
@Path("/api/v1/border-trade/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Exchange rates",
    description =
        "Units of a currency per 1 USD, valid from validFrom to validTo inclusive, like the State"
            + " Bank's weekly rates. A shipment converts its value with the rate valid on its"
            + " declaration date. Windows of one currency may not overlap.")
public class ExchangeRateResource {
  private final ExchangeRateService service;
  private final Lists lists;

  public ExchangeRateResource(ExchangeRateService service, Lists lists) {
    this.service = service;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<ExchangeRateResponse>> list(
      @BeanParam PageParams page,
      @Parameter(description = "Only this currency (ISO 4217)", example = "CNY")
          @QueryParam("currency")
          @Size(max = 3)
          @Pattern(regexp = RateKey.ISO_4217, message = "an ISO 4217 code such as VND or CNY")
          String currency) {
    return lists.respond(
        page,
        ExchangeRateResponse.class,
        Keyset.ofParts(
            r -> new String[] {r.currency(), r.validFrom().toString()},
            (after, limit) -> service.page(currency, after, limit),
            2));
  }

  @GET
  @Path("/{currency}/{validFrom}")
  @Authenticated
  public RestResponse<ExchangeRateResponse> get(@Valid @BeanParam RateKey key) {
    ExchangeRateResponse r = service.get(key.currency(), key.validFrom());
    return Saved.read(r, r.version());
  }

  @PUT
  @Path("/{currency}/{validFrom}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      description =
          "Creates the rate of the currency from validFrom (201, without If-Match), or replaces it"
              + " with If-Match (428 without it, 412 when stale); a request equal to the rate"
              + " answers 200 and keeps the version. A window that overlaps another rate of the"
              + " currency is 422. Every change is kept as a revision.")
  public RestResponse<ExchangeRateResponse> put(
      @Valid @BeanParam RateKey key,
      @BeanParam Conditions conditions,
      @Valid ExchangeRateRequest request,
      @Context UriInfo uri) {
    return service
        .put(key.currency(), key.validFrom(), conditions, request)
        .toResponse(uri.getPath());
  }

  @GET
  @Path("/{currency}/{validFrom}/revisions")
  @Authenticated
  public List<Revision> revisions(@Valid @BeanParam RateKey key) {
    return service.revisions(key.currency(), key.validFrom());
  }
}
