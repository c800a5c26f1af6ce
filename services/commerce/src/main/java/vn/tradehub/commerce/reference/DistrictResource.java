package vn.tradehub.commerce.reference;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.web.Lists;

@Path("/api/v1/commerce/districts")
@Tag(
    name = "Districts",
    description =
        "The city and districts of the province (seeded for Hà Giang; codes never change)")
public class DistrictResource extends ReferenceResource {
  public DistrictResource(ReferenceService service, Lists lists) {
    super(service, ReferenceKind.DISTRICT, lists);
  }
}
