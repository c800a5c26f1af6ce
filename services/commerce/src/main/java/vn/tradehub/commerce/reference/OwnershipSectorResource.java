package vn.tradehub.commerce.reference;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commerce/ownership-sectors")
@Tag(name = "Ownership sectors", description = "State, non-state and foreign-invested sectors")
public class OwnershipSectorResource extends ReferenceResource {
  public OwnershipSectorResource(ReferenceList.OwnershipSectors list) {
    super(list);
  }
}
