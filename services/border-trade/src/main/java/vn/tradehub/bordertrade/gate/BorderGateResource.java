package vn.tradehub.bordertrade.gate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.LocatedCodeListResource;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.IfMatch;

@Path(BorderGateResource.PATH)
@Tag(
    name = "Border gates",
    description =
        "Border gates, openings and border markets of the province, with their validity and the"
            + " communes they lie in, by period: a shipment must be declared within the gate's"
            + " validity, on a day it has a location. Retired gates stay listed (see validTo). The"
            + " list takes a territory and a day: `unit=02&asOf=2021-06-30` lists the gates of the"
            + " former Hà Giang, `unit=00928&asOf=2026-01-01` those of Xã Thanh Thuỷ.")
public class BorderGateResource
    extends LocatedCodeListResource<BorderGateRequest, BorderGateResponse> {
  static final String PATH = "/api/v1/border-trade/gates";

  private final BorderGateService service;

  public BorderGateResource(BorderGateService service) {
    super(service, BorderGateResponse.class, BorderGateResponse::code);
    this.service = service;
  }

  @DELETE
  @Path("/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Border gates: retire one",
      description =
          "Sets validTo (`on`, or today in Vietnam time): shipments declared after it are refused,"
              + " earlier ones stay counted. The gate stays readable; the retirement is a revision.")
  public RestResponse<BorderGateResponse> retire(
      @PathParam("code")
          @Parameter(description = "The gate's code")
          @Size(max = CODE_MAX)
          @Pattern(regexp = CODE)
          String code,
      @BeanParam IfMatch ifMatch,
      @Parameter(description = "Last valid day (default today)", example = "2021-12-31")
          @QueryParam("on")
          LocalDate on) {
    return service.retire(code, ifMatch.conditions(), on).toResponse(PATH + "/" + code);
  }
}
