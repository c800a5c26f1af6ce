package vn.tradehub.industry.product;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/industry/products")
@Tag(
    name = "Industrial products",
    description =
        "Products enterprises report, each with its UN/ECE Rec. 20 unit and its VSIC 2018 4-digit"
            + " class (the class must exist).")
public class ProductResource extends CodeListResource<ProductRequest, ProductResponse> {
  private final ProductService service;

  public ProductResource(ProductService service) {
    super(service);
    this.service = service;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<ProductResponse>> list(@BeanParam PageParams page) {
    return respond(page, ProductResponse.class, ProductResponse::code, service::page);
  }
}
