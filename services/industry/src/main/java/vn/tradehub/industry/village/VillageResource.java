package vn.tradehub.industry.village;

import io.quarkus.security.Authenticated;
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
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/industry/villages")
@Tag(
    name = "Villages",
    description =
        "Villages (thôn, bản) and whether their electricity meets the rural-development criterion;"
            + " border villages make the electrification indicator, counted in the commune each lies"
            + " in on the date asked (`locations`). A change of a border village republishes the"
            + " indicator of every month it affects.")
public class VillageResource extends CodeListResource<VillageRequest, VillageResponse> {
  public VillageResource(VillageService service) {
    super(service, VillageResponse.class, VillageResponse::code);
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<VillageResponse>> list(
      @Parameter(description = "Only border villages (true) or only the others (false)")
          @QueryParam("border")
          Boolean border,
      @BeanParam WithinParams within,
      @BeanParam PageParams page) {
    Filter filter = Filter.equal("border", border).and(located(within));
    return respond(page, filter);
  }
}
