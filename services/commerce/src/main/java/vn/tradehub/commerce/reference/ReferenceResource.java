package vn.tradehub.commerce.reference;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeListResource;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/**
 * The one HTTP shape of the three reference lists: the platform's code list plus a keyset list in
 * code order. Each kind is a subclass that only names its path, its tag and its kind.
 */
public abstract class ReferenceResource
    extends CodeListResource<ReferenceItemRequest, ReferenceItemResponse> {
  private final ReferenceList list;

  protected ReferenceResource(ReferenceList list) {
    super(list);
    this.list = list;
  }

  @GET
  @Authenticated
  // Declared here because the security of an inherited method is not detected for the document.
  @SecurityRequirement(name = "Bearer")
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<ReferenceItemResponse>> list(@BeanParam PageParams page) {
    return respond(page, ReferenceItemResponse.class, ReferenceItemResponse::code, list::page);
  }
}
