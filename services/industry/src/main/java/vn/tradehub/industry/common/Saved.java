package vn.tradehub.industry.common;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.tradehub.platform.concurrency.Versions;

/** The outcome of a create-or-replace: the API view, whether it was created, and its version. */
public record Saved<T>(T body, boolean created, long version) {

  /** 201 with Location when created, else 200; the ETag either way. */
  public Response toResponse(String location) {
    Response.ResponseBuilder b = created ? Response.created(URI.create(location)) : Response.ok();
    return b.entity(body).tag(Versions.etag(version)).build();
  }
}
