package vn.tradehub.bordertrade.rate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/border-trade/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Exchange rates",
    description = "Rates that convert declared values to USD, valid over a window")
public class ExchangeRateResource {
  private final ExchangeRateService service;

  public ExchangeRateResource(ExchangeRateService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Post an exchange rate",
      description =
          "Admin only. Units of the currency per 1 USD, valid from validFrom to validTo inclusive, like the State Bank's weekly"
              + " rates. Windows of one currency may not overlap. A shipment converts with the rate valid on its declaration date.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "cny-week",
                      value =
                          "{\"currency\":\"CNY\",\"unitsPerUsd\":6.8976,\"validFrom\":\"2022-03-07\",\"validTo\":\"2022-03-13\","
                              + "\"source\":\"SBV weekly cross rate 2022-W10\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ExchangeRateResponse.class)))
  @APIResponse(responseCode = "409", description = "Overlaps a rate of the same currency")
  public Response create(ExchangeRateRequest request) {
    return Response.status(201).entity(service.create(request)).build();
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List exchange rates",
      description = "All rates, or those of one currency, by validity.")
  @APIResponse(responseCode = "200", description = "The rates")
  @APIResponse(responseCode = "422", description = "currency is not an ISO 4217 code")
  public List<ExchangeRateResponse> list(
      @Parameter(example = "CNY")
          @QueryParam("currency")
          @Size(max = 3)
          @Pattern(regexp = "^[A-Z]{3}$", message = "an ISO 4217 code such as VND or CNY")
          String currency) {
    return service.list(currency);
  }
}
