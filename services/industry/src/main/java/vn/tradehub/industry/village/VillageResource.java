package vn.tradehub.industry.village;

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

@Path("/api/v1/industry/villages")
@Tag(
    name = "Villages",
    description =
        "Villages (thôn, bản) and whether their electricity meets the rural-development criterion;"
            + " border villages make the electrification indicator, counted in the commune each lies"
            + " in on the date asked (`locations`). A change of a border village republishes the"
            + " indicator of every month it affects.")
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
      @Parameter(description = UnitFilter.UNIT, example = "00778")
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
        VillageResponse.class,
        Keyset.of(
            VillageResponse::code,
            (after, limit) -> service.page(border, unit, asOf, after, limit)));
  }
}
