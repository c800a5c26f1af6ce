package vn.tradehub.industry.cluster;

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

@Path("/api/v1/industry/clusters")
@Tag(
    name = "Industrial clusters",
    description =
        "Cụm công nghiệp: planned and occupied land, and the occupancy rate derived from them"
            + " (occupied / planned × 100). The occupied area cannot exceed the planned area."
            + " Each cluster keeps where it lies, period by period (`locations`).")
public class ClusterResource extends CodeListResource<ClusterRequest, ClusterResponse> {
  private final ClusterService service;

  public ClusterResource(ClusterService service) {
    super(service);
    this.service = service;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<ClusterResponse>> list(
      @BeanParam WithinParams within, @BeanParam PageParams page) {
    Filter filter = located(within);
    return respond(
        page, ClusterResponse.class, ClusterResponse::code, (a, n) -> service.page(filter, a, n));
  }
}
