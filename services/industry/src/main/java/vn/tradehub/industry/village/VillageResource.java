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
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/industry/villages")
@Tag(
    name = "Villages",
    description =
        "Villages (thôn, bản) and whether their electricity meets the rural-development criterion;"
            + " border villages make the electrification indicator. A change of a border village"
            + " republishes the indicator of every month it affects.")
public class VillageResource extends CodeListResource<VillageRequest, VillageResponse> {
  private final VillageService service;
  private final Lists lists;

  public VillageResource(VillageService service, Lists lists) {
    super(service);
    this.service = service;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<VillageResponse>> list(
      @Parameter(description = "Only border villages (true) or only the others (false)")
          @QueryParam("border")
          Boolean border,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        VillageResponse.class,
        Keyset.of(VillageResponse::code, (after, limit) -> service.page(border, after, limit)));
  }
}
