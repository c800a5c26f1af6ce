package vn.tradehub.platform.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the CSV that {@link Lists} streams for a list operation. Such an operation is declared to
 * return a JSON {@link Page} (which documents it), so JAX-RS looks for a text/csv writer of a page;
 * this one writes the streamed selection that was put in the page's place.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class CsvBodyWriter implements MessageBodyWriter<Object> {
  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return (Page.class.isAssignableFrom(type) || StreamingOutput.class.isAssignableFrom(type))
        && mediaType.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE));
  }

  @Override
  public void writeTo(
      Object entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    if (!(entity instanceof StreamingOutput csv)) {
      throw new IllegalStateException("a list answers CSV through Lists.respond, not a page");
    }
    csv.write(out);
  }
}
