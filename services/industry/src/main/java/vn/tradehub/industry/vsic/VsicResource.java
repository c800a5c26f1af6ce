package vn.tradehub.industry.vsic;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.codelist.Filter;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/industry/vsic")
@Tag(
    name = "VSIC 2018",
    description =
        "The industry classification the IIP is weighted by: sections B, C, D and E with all their"
            + " divisions, and the 4-digit classes the province's products use. A code's level"
            + " follows from it (a letter, 2 or 4 digits); divisions are fixed by VSIC 2018 and can"
            + " only be renamed; a new class needs its division.")
public class VsicResource extends CodeListResource<VsicRequest, VsicResponse> {
  public VsicResource(VsicService service) {
    super(service, VsicResponse.class, VsicResponse::code);
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<VsicResponse>> list(
      @Parameter(description = "Only this level") @QueryParam("level") VsicLevel level,
      @Parameter(description = "Only the children of this code", example = "35")
          @QueryParam("parent")
          @Size(max = 4)
          String parent,
      @BeanParam PageParams page) {
    Filter filter = Filter.equal("level", level).and(Filter.equal("parentCode", parent));
    return respond(page, filter);
  }
}
