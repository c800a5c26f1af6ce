package vn.tradehub.commerce.prices;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.figures.PeriodPath;
import vn.tradehub.platform.figures.PeriodRange;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/commerce/cpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Consumer price index",
    description =
        "Monthly consumer price index against the service's base (2010 = 100 unless configured"
            + " otherwise), used to deflate to constant prices")
public class CpiResource {
  private final CpiService service;
  private final Lists lists;

  public CpiResource(CpiService service, Lists lists) {
    this.service = service;
    this.lists = lists;
  }

  @PUT
  @Path("/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      description =
          "`base` must name the service's base, so every month deflates comparably; the month"
              + " must have begun (Vietnam time). Every change is kept as a revision.")
  public RestResponse<CpiResponse> put(
      @Valid @BeanParam PeriodPath path,
      @BeanParam Conditions conditions,
      @Valid CpiRequest request,
      @Context UriInfo uri) {
    return service.put(path.period(), conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{period}")
  @Authenticated
  public RestResponse<CpiResponse> get(@Valid @BeanParam PeriodPath path) {
    CpiResponse cpi = service.get(path.period());
    return Saved.read(cpi, cpi.version());
  }

  @GET
  @Path("/{period}/revisions")
  @Authenticated
  public List<Revision> revisions(@Valid @BeanParam PeriodPath path) {
    return service.revisions(path.period());
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @Operation(description = "Oldest month first.")
  public RestResponse<Page<CpiResponse>> list(
      @Valid @BeanParam PeriodRange range, @BeanParam PageParams page) {
    return lists.respond(
        page,
        CpiResponse.class,
        Keyset.of(
            CpiResponse::period,
            (after, limit) -> service.page(range.first(), range.last(), after, limit)));
  }
}
