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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.idempotency.StoredResponse;
import vn.tradehub.platform.web.Saved;

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
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = WidgetResponse.class)))
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
  public RestResponse<WidgetResponse> get(@PathParam("id") UUID id) {
    Widget w = service.find(id);
    return Saved.read(WidgetResponse.of(w), w.version);
  }

  @PUT
  @Path("/{id}")
  public RestResponse<WidgetResponse> update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, WidgetRequest request) {
    Widget w = service.update(id, ifMatch, request);
    return Saved.read(WidgetResponse.of(w), w.version);
  }

  @GET
  @Path("/boom")
  public Response boom() {
    throw new IllegalStateException("select secret from internals -- must never reach a client");
  }
}
