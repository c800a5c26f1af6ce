package vn.tradehub.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import vn.tradehub.platform.problem.Problem;

/**
 * The first handler of every HTTP request, REST or not: assigns the correlation id (request header,
 * response header and log MDC) and refuses bodies over the configured limit with a 413 problem
 * before any of the body is read.
 */
@ApplicationScoped
public class HttpEdge {
  private final long maxBodyBytes;
  private final ObjectMapper mapper;

  public HttpEdge(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
          MemorySize maxBody,
      ObjectMapper mapper) {
    this.maxBodyBytes = maxBody.asLongValue();
    this.mapper = mapper;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
              ctx.request().headers().set(RequestIds.HEADER, id);
              ctx.response().putHeader(RequestIds.HEADER, id);
              MDC.put(RequestIds.MDC_KEY, id);
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && tooLarge(length)) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(tooLargeProblem(ctx.request().path(), id));
                return;
              }
              ctx.next();
            });
  }

  private boolean tooLarge(String contentLength) {
    try {
      return Long.parseLong(contentLength.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String tooLargeProblem(String path, String requestId) {
    Problem problem =
        new Problem(
            "/problems/payload-too-large",
            "Payload too large",
            413,
            "The body exceeds the limit of " + maxBodyBytes + " bytes",
            path,
            requestId,
            null);
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public long maxBodyBytes() {
    return maxBodyBytes;
  }
}
