package vn.tradehub.industry.product;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.codelist.PlainCodeListResource;

@Path("/api/v1/industry/products")
@Tag(
    name = "Industrial products",
    description =
        "Products enterprises report, each with its UN/ECE Rec. 20 unit and its VSIC 2018 4-digit"
            + " class (the class must exist).")
public class ProductResource extends PlainCodeListResource<ProductRequest, ProductResponse> {
  public ProductResource(ProductService service) {
    super(service, ProductResponse.class, ProductResponse::code);
  }
}
