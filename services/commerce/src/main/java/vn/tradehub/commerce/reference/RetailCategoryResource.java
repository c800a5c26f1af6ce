package vn.tradehub.commerce.reference;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commerce/retail-categories")
@Tag(
    name = "Retail categories",
    description =
        "The categories of retail sales and consumer services, as the statistics office"
            + " publishes them")
public class RetailCategoryResource extends ReferenceResource {
  public RetailCategoryResource(ReferenceList.RetailCategories list) {
    super(list);
  }
}
