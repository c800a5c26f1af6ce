package vn.tradehub.gateway.routing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import vn.tradehub.gateway.security.GatewaySecurity;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.web.RequestIds;

/**
 * Passes {@code /api/v1/<service>/**} to the owning service unchanged (method, path, query,
 * headers, body), streaming responses (and chunked request bodies; others are read whole first).
 * The caller is authenticated here once; the service receives a short-lived token of the gateway's
 * instead of the caller's credentials.
 */
@ApplicationScoped
public class ServiceProxy {
  private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

  /** Hop-by-hop headers (RFC 9110 7.6.1) are never forwarded. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host");

  private static final Set<HttpMethod> RETRYABLE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final long BUFFERED_JSON_LIMIT = 16L * 1024 * 1024;

  private final List<Downstream> downstreams;
  private final HttpClient client;
  private final GatewaySecurity security;
  private final ObjectMapper mapper;
  private final JsonFactory json = new JsonFactory();

  public ServiceProxy(
      ServicesConfig config, Vertx vertx, GatewaySecurity security, ObjectMapper mapper) {
    this.downstreams =
        List.of(
            new Downstream("industry", config.industry()),
            new Downstream("commerce", config.commerce()),
            new Downstream("border-trade", config.borderTrade()));
    this.client =
        vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
    this.security = security;
    this.mapper = mapper;
  }

  public List<Downstream> downstreams() {
    return downstreams;
  }

  void install(@Observes Router router) {
    for (Downstream d : downstreams) {
      router.route(d.prefix + "*").order(-10).handler(ctx -> handle(ctx, d));
    }
  }

  private void handle(RoutingContext ctx, Downstream d) {
    HttpServerRequest in = ctx.request();
    in.pause(); // the body is streamed to the service once it is known where to
    QuarkusHttpUser.getSecurityIdentity(ctx, null)
        .subscribe()
        .with(
            identity -> {
              GatewaySecurity.Decision decision = security.admit(identity, ctx);
              if (decision.problem() != null) {
                respondProblem(ctx, decision.problem(), decision.headers());
                return;
              }
              forward(ctx, d, identity);
            },
            failure -> {
              GatewaySecurity.Decision decision = security.admitRejected(failure, ctx);
              respondProblem(ctx, decision.problem(), decision.headers());
            });
  }

  private void forward(RoutingContext ctx, Downstream d, SecurityIdentity identity) {
    HttpServerRequest in = ctx.request();
    boolean retryable = RETRYABLE.contains(in.method());
    CompletionStage<HttpClientResponse> response;
    try {
      // The bulkhead is outside the breaker: a request it turns away never counts against the
      // service, and one whose caller left while it waited is never sent.
      response =
          d.bulkhead.call(
              () ->
                  clientGone(ctx)
                      ? CompletableFuture.failedStage(new ClientGone(null))
                      : d.breaker.call(
                          () ->
                              retryable
                                  ? d.retry.call(() -> send(ctx, d, identity, false))
                                  : send(ctx, d, identity, true)));
    } catch (Exception e) {
      failed(ctx, d, e);
      return;
    }
    response.whenComplete(
        (r, error) -> {
          if (error != null) failed(ctx, d, error);
          else relay(ctx, d, r);
        });
  }

  private CompletionStage<HttpClientResponse> send(
      RoutingContext ctx, Downstream d, SecurityIdentity identity, boolean streamBody) {
    HttpServerRequest in = ctx.request();
    RequestOptions options =
        new RequestOptions()
            .setMethod(in.method())
            .setHost(d.base.getHost())
            .setPort(d.port())
            .setSsl("https".equals(d.base.getScheme()))
            .setURI(in.uri())
            .setConnectTimeout(d.config.connectTimeout().toMillis())
            .setIdleTimeout(d.config.readTimeout().toMillis());
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    in.headers()
        .forEach(
            h -> {
              if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))
                  && !h.getKey().equalsIgnoreCase("authorization"))
                headers.add(h.getKey(), h.getValue());
            });
    String token = security.serviceToken(identity);
    if (token != null) headers.set("Authorization", "Bearer " + token);
    String forwardedFor = in.getHeader("X-Forwarded-For");
    String remote = in.remoteAddress() == null ? "unknown" : in.remoteAddress().host();
    headers.set("X-Forwarded-For", forwardedFor == null ? remote : forwardedFor + ", " + remote);
    headers.set("X-Forwarded-Proto", in.scheme());
    if (in.getHeader("Host") != null) headers.set("X-Forwarded-Host", in.getHeader("Host"));
    options.setHeaders(headers);

    // A body is read whole before the service is called (bodies are capped by
    // quarkus.http.limits.max-body-size): a caller that hangs up while sending it never reaches the
    // service, and a failure of the call is then the service's alone. Piping the body through
    // blamed the service for callers that timed out, opened the breaker, and a call that never
    // completed kept it half-open for good (found by bench/ under a retry storm).
    CompletableFuture<HttpClientResponse> result = new CompletableFuture<>();
    boolean withBody = streamBody && hasBody(in);
    // Chunked bodies (no Content-Length, so not capped before they are read) are still piped.
    boolean buffered = withBody && in.getHeader("Content-Length") != null;
    io.vertx.core.Future<Buffer> body;
    try {
      body = buffered ? in.body() : io.vertx.core.Future.succeededFuture();
      if (buffered) in.resume(); // paused while the caller was authenticated
    } catch (IllegalStateException e) { // "Request has already been read": the caller is gone
      result.completeExceptionally(new ClientGone(e));
      return result;
    }
    body.onFailure(e -> result.completeExceptionally(new ClientGone(e)))
        .onSuccess(
            buffer ->
                client
                    .request(options)
                    .onFailure(result::completeExceptionally)
                    .onSuccess(
                        out -> {
                          io.vertx.core.Future<HttpClientResponse> sent;
                          try {
                            sent =
                                buffered ? out.send(buffer) : withBody ? out.send(in) : out.send();
                          } catch (IllegalStateException e) { // the caller hung up mid-pipe
                            out.exceptionHandler(ignored -> {}); // our own reset: not an error
                            out.reset();
                            result.completeExceptionally(new ClientGone(e));
                            return;
                          }
                          if (!withBody && !in.isEnded()) in.resume();
                          sent.onSuccess(
                                  r -> {
                                    // Held until relay() has somewhere to put it, or the first
                                    // bytes would be lost.
                                    r.pause();
                                    result.complete(r);
                                  })
                              .onFailure(result::completeExceptionally);
                        }));
    return result;
  }

  /**
   * The caller closed its connection. Not a failure of the service: the breaker does not count it
   * ({@link Downstream} fails only on connection errors and time-outs), and nobody is left to
   * answer.
   */
  static final class ClientGone extends RuntimeException {
    ClientGone(Throwable cause) {
      super("the caller closed the connection", cause, false, false);
    }
  }

  private static boolean clientGone(RoutingContext ctx) {
    return ctx.response().closed();
  }

  private static boolean hasBody(HttpServerRequest in) {
    String length = in.getHeader("Content-Length");
    return (length != null && !length.equals("0")) || in.getHeader("Transfer-Encoding") != null;
  }

  private void relay(RoutingContext ctx, Downstream d, HttpClientResponse r) {
    var out = ctx.response();
    String length = r.getHeader("Content-Length");
    long max = d.config.maxResponseSize().asLongValue();
    if (length != null && parseLong(length) > max) {
      r.request().reset();
      respondProblem(ctx, 502, d.name + " sent a response larger than " + max + " bytes", null);
      return;
    }
    out.setStatusCode(r.statusCode());
    r.headers()
        .forEach(
            h -> {
              if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT)))
                out.headers().add(h.getKey(), h.getValue());
            });
    String type = r.getHeader("Content-Type");
    boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
    if (json && length != null && parseLong(length) <= BUFFERED_JSON_LIMIT) {
      // Small JSON answers are checked before they are passed on: a malformed one is a 502.
      r.body()
          .onSuccess(
              body -> {
                if (wellFormedJson(body)) out.end(body);
                else {
                  out.headers().clear();
                  respondProblem(ctx, 502, d.name + " sent malformed JSON", null);
                }
              })
          .onFailure(e -> failed(ctx, d, e));
      r.resume();
      return;
    }
    if (length == null) out.setChunked(true); // e.g. a streamed CSV export
    r.pipeTo(out)
        .onFailure(e -> LOG.debugf("relay from %s ended early: %s", d.name, e.getMessage()));
  }

  private boolean wellFormedJson(Buffer body) {
    try (JsonParser p = json.createParser(body.getBytes())) {
      while (p.nextToken() != null) {
        // reading every token is the check
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void failed(RoutingContext ctx, Downstream d, Throwable error) {
    Throwable e =
        error instanceof java.util.concurrent.CompletionException && error.getCause() != null
            ? error.getCause()
            : error;
    if (e instanceof ClientGone || ctx.response().closed()) return; // nobody to answer
    long retryAfter = Math.max(1, d.config.breakerDelay().toSeconds());
    if (e instanceof BulkheadException) {
      respondProblem(
          ctx, 503, d.name + " has as many requests in progress as it takes; retry shortly", "1");
    } else if (e instanceof CircuitBreakerOpenException) {
      respondProblem(
          ctx,
          503,
          d.name + " is failing; the gateway stops calling it for a while (circuit open)",
          Long.toString(retryAfter));
    } else if (e instanceof TimeoutException
        || (e.getMessage() != null
            && e.getMessage().toLowerCase(Locale.ROOT).contains("timeout")
            && !(e instanceof ConnectException)
            && !(e instanceof io.netty.channel.ConnectTimeoutException))) {
      respondProblem(
          ctx,
          504,
          d.name + " did not answer within " + d.config.readTimeout().toSeconds() + " s",
          "5");
    } else if (e instanceof ConnectException
        || e instanceof io.netty.channel.ConnectTimeoutException) {
      respondProblem(ctx, 503, d.name + " cannot be reached", "5");
    } else if (e instanceof java.net.SocketException
        || e instanceof io.vertx.core.http.HttpClosedException) {
      // The service went away mid-request (killed, restarted): unavailable, not a bad answer. The
      // request may or may not have been applied; retrying it is safe (natural keys, idempotency).
      respondProblem(
          ctx, 503, d.name + " closed the connection before answering; retry the request", "5");
    } else {
      LOG.warnf("Bad answer from %s on %s: %s", d.name, ctx.request().path(), e.toString());
      respondProblem(ctx, 502, d.name + " sent a broken response", "5");
    }
  }

  /**
   * Answers the gateway's own problem with a service: 502 (a bad answer), 503 (unavailable) or 504
   * (no answer in time), with a Retry-After when one is given.
   */
  private void respondProblem(RoutingContext ctx, int status, String detail, String retryAfter) {
    Problem p =
        switch (status) {
          case 502 -> problem(502, "/problems/bad-gateway", "Bad gateway", detail, ctx);
          case 503 ->
              problem(503, "/problems/service-unavailable", "Service unavailable", detail, ctx);
          case 504 -> problem(504, "/problems/gateway-timeout", "Gateway timeout", detail, ctx);
          default -> throw new IllegalArgumentException("not a gateway problem: " + status);
        };
    respondProblem(ctx, p, retryAfter == null ? null : java.util.Map.of("Retry-After", retryAfter));
  }

  private static Problem problem(
      int status, String type, String title, String detail, RoutingContext ctx) {
    return new Problem(
        type,
        title,
        status,
        detail,
        ctx.request().path(),
        ctx.request().getHeader(RequestIds.HEADER),
        null);
  }

  private void respondProblem(
      RoutingContext ctx, Problem problem, java.util.Map<String, String> headers) {
    respondProblem(ctx, problem, headers, mapper);
  }

  /** Answers a problem from a Vert.x handler, before or instead of the REST layer. */
  public static void respondProblem(
      RoutingContext ctx,
      Problem problem,
      java.util.Map<String, String> headers,
      ObjectMapper mapper) {
    var out = ctx.response();
    if (out.headWritten()) {
      out.reset();
      return;
    }
    Problem p =
        problem.instance() == null
            ? problem.withRequest(ctx.request().path(), ctx.request().getHeader(RequestIds.HEADER))
            : problem;
    out.setStatusCode(p.status()).putHeader("Content-Type", "application/problem+json");
    if (headers != null) headers.forEach(out::putHeader);
    try {
      out.end(mapper.writeValueAsString(p));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      out.end();
    }
    if (!ctx.request().isEnded()) ctx.request().resume(); // drain what the client still sends
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
