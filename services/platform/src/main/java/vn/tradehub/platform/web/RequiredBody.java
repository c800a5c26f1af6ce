package vn.tradehub.platform.web;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.List;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * Every operation that reads a body needs one: a missing or empty body is a 400 problem, not a null
 * handed to the resource (which Quarkus REST's JSON reader would do, ending in a 500).
 */
@Provider
public class RequiredBody implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
    int first = in.read();
    if (first == -1) {
      throw Problems.malformed(
          "The request body is missing or empty; this operation needs a "
              + (context.getMediaType() == null ? "body" : context.getMediaType() + " body"),
          List.of(FieldError.of("body", "required", null)));
    }
    in.unread(first);
    context.setInputStream(in);
    return context.proceed();
  }
}
