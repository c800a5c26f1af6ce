package vn.tradehub.platform.codelist;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/** A code list whose list has no filter: every entry, by code (products, reference lists). */
public abstract class PlainCodeListResource<Q, R> extends CodeListResource<Q, R> {
  protected PlainCodeListResource(CodeList<Q, R> list, Class<R> type, Function<R, String> code) {
    super(list, type, code);
  }

  @GET
  @Authenticated
  // Declared here because the security of an inherited method is not detected for the document.
  @SecurityRequirement(name = "Bearer")
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<R>> list(@BeanParam PageParams page) {
    return respond(page, Filter.ALL);
  }
}
