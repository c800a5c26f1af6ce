package vn.tradehub.industry.cluster;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.codelist.LocatedCodeListResource;

@Path("/api/v1/industry/clusters")
@Tag(
    name = "Industrial clusters",
    description =
        "Cụm công nghiệp: planned and occupied land, and the occupancy rate derived from them"
            + " (occupied / planned × 100). The occupied area cannot exceed the planned area."
            + " Each cluster keeps where it lies, period by period (`locations`).")
public class ClusterResource extends LocatedCodeListResource<ClusterRequest, ClusterResponse> {
  public ClusterResource(ClusterService service) {
    super(service, ClusterResponse.class, ClusterResponse::code);
  }
}
