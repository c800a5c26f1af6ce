package vn.tradehub.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A downstream whose behaviour a test chooses (slow, malformed, oversized, echoing headers), to
 * exercise the gateway's proxy mechanics that a healthy service never shows.
 */
public final class FakeService implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final Map<String, Consumer<HttpServerRequest>> behaviours = new ConcurrentHashMap<>();
  public volatile Map<String, String> lastHeaders = Map.of();

  public FakeService() {
    server = vertx.createHttpServer().requestHandler(this::handle);
    try {
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return server.actualPort();
  }

  public void on(String path, Consumer<HttpServerRequest> behaviour) {
    behaviours.put(path, behaviour);
  }

  private void handle(HttpServerRequest request) {
    Map<String, String> headers = new ConcurrentHashMap<>();
    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
    lastHeaders = headers;
    Consumer<HttpServerRequest> b = behaviours.get(request.path());
    if (b != null) b.accept(request);
    else
      request
          .response()
          .setStatusCode(404)
          .putHeader("Content-Type", "application/problem+json")
          .end("{\"status\":404,\"title\":\"Not Found\"}");
  }

  public Vertx vertx() {
    return vertx;
  }

  @Override
  public void close() {
    vertx.close();
  }
}
