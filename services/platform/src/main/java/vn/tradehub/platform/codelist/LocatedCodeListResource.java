package vn.tradehub.platform.codelist;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/**
 * A code list of located things whose list is filtered only by where they lay ({@code unit=},
 * {@code asOf=}): enterprises, clusters, border gates. Lists with more filters (villages, markets)
 * extend {@link CodeListResource} and call {@code respond(page, located(within).and(...))}.
 */
public abstract class LocatedCodeListResource<Q, R> extends CodeListResource<Q, R> {
  protected LocatedCodeListResource(CodeList<Q, R> list, Class<R> type, Function<R, String> code) {
    super(list, type, code);
  }

  @GET
  @Authenticated
  // Declared here because the security of an inherited method is not detected for the document.
  @SecurityRequirement(name = "Bearer")
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<R>> list(@BeanParam WithinParams within, @BeanParam PageParams page) {
    return respond(page, located(within));
  }
}
