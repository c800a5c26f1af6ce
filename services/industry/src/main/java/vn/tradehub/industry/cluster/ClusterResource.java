package vn.tradehub.industry.cluster;

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

@Path("/api/v1/industry/clusters")
@Tag(
    name = "Industrial clusters",
    description =
        "Cụm công nghiệp: planned and occupied land, and the occupancy rate derived from them"
            + " (occupied / planned × 100). The occupied area cannot exceed the planned area."
            + " Each cluster keeps where it lies, period by period (`locations`).")
public class ClusterResource extends CodeListResource<ClusterRequest, ClusterResponse> {
  private final ClusterService service;
  private final Lists lists;

  public ClusterResource(ClusterService service, Lists lists) {
    super(service);
    this.service = service;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<ClusterResponse>> list(
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
        ClusterResponse.class,
        Keyset.of(ClusterResponse::code, (after, limit) -> service.page(unit, asOf, after, limit)));
  }
}
