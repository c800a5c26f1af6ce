package vn.tradehub.industry.enterprise;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.codelist.Filter;
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.web.Csv;
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

  public EnterpriseResource(EnterpriseService service) {
    super(service);
    this.service = service;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<EnterpriseResponse>> list(
      @BeanParam WithinParams within, @BeanParam PageParams page) {
    Filter filter = located(within);
    return respond(
        page,
        EnterpriseResponse.class,
        EnterpriseResponse::taxCode,
        (a, n) -> service.page(filter, a, n));
  }
}
