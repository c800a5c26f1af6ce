package vn.tradehub.industry.enterprise;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.industry.territory.UnitFilter;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/industry/enterprises")
@Tag(
    name = "Enterprises",
    description =
        "Industrial enterprises, by tax code (MST): 10 digits, or 10 + '-' + 3 for a branch, the"
            + " 10th digit being the check digit of the first nine (weights 31, 29, 23, 19, 17, 13,"
            + " 7, 5, 3; check = 10 − sum mod 11). The main VSIC class is the enterprise's"
            + " industry: reports of products of another division get a warning. Each enterprise"
            + " keeps where it lay, period by period (`locations`); its monthly reports are placed"
            + " in the unit of their month.")
public class EnterpriseResource extends CodeListResource<EnterpriseRequest, EnterpriseResponse> {
  private final EnterpriseService service;
  private final Lists lists;

  public EnterpriseResource(EnterpriseService service, Lists lists) {
    super(service);
    this.service = service;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<EnterpriseResponse>> list(
      @Parameter(description = UnitFilter.UNIT, example = "00691")
          @QueryParam("unit")
          @Size(max = 5)
          @Pattern(regexp = UnitFilter.UNIT_PATTERN)
          String unit,
      @Parameter(description = UnitFilter.AS_OF, example = "2026-01-01")
          @QueryParam("asOf")
          @Size(max = 10)
          @Pattern(regexp = UnitFilter.DATE_PATTERN)
          String asOf,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        EnterpriseResponse.class,
        Keyset.of(
            EnterpriseResponse::taxCode, (after, limit) -> service.page(unit, asOf, after, limit)));
  }
}
