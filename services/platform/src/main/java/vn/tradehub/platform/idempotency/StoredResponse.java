package vn.tradehub.platform.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response as it will be sent, and as it is stored for replay under an Idempotency-Key. */
public record StoredResponse(int status, Map<String, String> headers, Object body) {

  public static StoredResponse of(int status, Object body) {
    return new StoredResponse(status, Map.of(), body);
  }

  public StoredResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new StoredResponse(status, h, body);
  }

  public Response toResponse() {
    Response.ResponseBuilder b = Response.status(status).entity(body);
    headers.forEach(b::header);
    return b.build();
  }
}
