package vn.tradehub.gateway.sdmx;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an SDMX request is answered with: the status (200, 204 when nothing matches, 304 when the
 * client's copy is current), the validators and negotiation headers, and the body, written as it is
 * sent.
 */
public record SdmxAnswer(
    int status, String contentType, Map<String, String> headers, StreamingOutput body) {

  public SdmxAnswer {
    headers = new LinkedHashMap<>(headers);
  }

  public Response toResponse() {
    Response.ResponseBuilder r = Response.status(status);
    headers.forEach(r::header);
    if (body != null) r.entity(body).type(contentType);
    return r.build();
  }
}
