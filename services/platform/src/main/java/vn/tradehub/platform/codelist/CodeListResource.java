package vn.tradehub.platform.codelist;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/**
 * The one HTTP shape of an edited code list, inherited by every code-list resource of every
 * service: {@code GET /{code}} (ETag = version), {@code PUT /{code}} (create or replace under
 * {@link Conditions}), {@code GET /{code}/revisions}. A subclass adds its {@code @Path}, its
 * {@code @Tag} (whose name the OpenAPI filter uses to word the summaries) and its list operation,
 * whose filters differ:
 *
 * <pre>
 * &#64;Path("/api/v1/industry/clusters")
 * &#64;Tag(name = "Industrial clusters", description = "...")
 * public class ClusterResource extends CodeListResource&lt;ClusterRequest, ClusterResponse&gt; { ... }
 * </pre>
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class CodeListResource<Q, R> extends ReadableCodeListResource<R> {
  private final CodeList<Q, R> list;
  private final Class<R> type;
  private final Function<R, String> code;

  /**
   * @param type the API record, whose fields are the CSV columns of the list
   * @param code the code of an entry, which the list is ordered and paged by
   */
  protected CodeListResource(CodeList<Q, R> list, Class<R> type, Function<R, String> code) {
    super(list);
    this.list = list;
    this.type = type;
    this.code = code;
  }

  /** The list operation's answer: the entries that pass the filter, a page or all as CSV. */
  protected RestResponse<Page<R>> respond(PageParams page, Filter filter) {
    return respond(page, type, code, (after, limit) -> list.page(filter, after, limit));
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "Bearer", scopes = Roles.ADMIN)
  @Operation(
      description =
          "Creates the entry under this code (201, without If-Match), or replaces it with If-Match"
              + " (428 without it, 412 when stale); a request equal to the entry answers 200 and"
              + " keeps the version. Codes never change; names keep their diacritics exactly. Every"
              + " change is kept as a revision.")
  public RestResponse<R> put(
      @PathParam("code")
          @Parameter(description = "The entry's code")
          @Size(max = CODE_MAX)
          @Pattern(regexp = CODE)
          String code,
      @BeanParam Conditions conditions,
      @Valid Q request,
      @Context UriInfo uri) {
    return list.put(code, conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{code}/revisions")
  @Authenticated
  @SecurityRequirement(name = "Bearer")
  @Operation(
      description =
          "Every version, oldest first: the fields that changed and the whole entry after the"
              + " change. Who made a change is shown to administrators and data providers only.")
  public List<Revision> revisions(
      @PathParam("code")
          @Parameter(description = "The entry's code")
          @Size(max = CODE_MAX)
          @Pattern(regexp = CODE)
          String code) {
    return list.revisions(code);
  }
}
