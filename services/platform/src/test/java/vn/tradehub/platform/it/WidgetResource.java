package vn.tradehub.platform.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.idempotency.StoredResponse;

@Path("/api/v1/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {
  private final WidgetService service;
  private final Idempotency idempotency;

  public WidgetResource(WidgetService service, Idempotency idempotency) {
    this.service = service;
    this.idempotency = idempotency;
  }

  @POST
  public Response create(@HeaderParam(Idempotency.HEADER) String key, WidgetRequest request) {
    return idempotency.execute(
        key,
        "POST /api/v1/widgets",
        request,
        () -> {
          Widget w = service.create(request);
          return StoredResponse.of(201, WidgetResponse.of(w))
              .withHeader("Location", "/api/v1/widgets/" + w.id)
              .withHeader("ETag", Versions.etagHeader(w.version));
        });
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") UUID id) {
    Widget w = service.find(id);
    return Response.ok(WidgetResponse.of(w)).tag(Versions.etag(w.version)).build();
  }

  @PUT
  @Path("/{id}")
  public Response update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, WidgetRequest request) {
    Widget w = service.update(id, ifMatch, request);
    return Response.ok(WidgetResponse.of(w)).tag(Versions.etag(w.version)).build();
  }

  @GET
  @Path("/boom")
  public Response boom() {
    throw new IllegalStateException("select secret from internals -- must never reach a client");
  }
}
