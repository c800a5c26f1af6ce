package vn.tradehub.gateway.routing;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.http.HttpClientResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.net.ConnectException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One downstream service: its address, timeouts, a bulkhead (requests in flight at once), a circuit
 * breaker (shared by every request to it) and a retry policy for idempotent requests that could not
 * connect.
 */
public final class Downstream {
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(Downstream.class);

  private static final TypeLiteral<CompletionStage<HttpClientResponse>> TYPE =
      new TypeLiteral<>() {};

  final String name;
  final String prefix;
  final URI base;
  final ServicesConfig.Route config;
  final TypedGuard<CompletionStage<HttpClientResponse>> breaker;
  final TypedGuard<CompletionStage<HttpClientResponse>> retry;
  final TypedGuard<CompletionStage<HttpClientResponse>> bulkhead;
  private final AtomicReference<CircuitBreakerState> state =
      new AtomicReference<>(CircuitBreakerState.CLOSED);

  Downstream(String name, ServicesConfig.Route config) {
    this.name = name;
    this.prefix = "/api/v1/" + name + "/";
    this.base = URI.create(config.url());
    this.config = config;
    this.breaker =
        TypedGuard.create(TYPE)
            .withDescription("circuit breaker of " + name)
            .withCircuitBreaker()
            .requestVolumeThreshold(config.breakerWindow())
            .failureRatio(config.breakerFailureRatio())
            .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
            .failOn(
                java.util.List.of(
                    ConnectException.class,
                    TimeoutException.class,
                    io.vertx.core.http.HttpClosedException.class,
                    io.netty.channel.ConnectTimeoutException.class))
            // A caller who hung up is not the service's failure. Explicitly skipped: the fault
            // tolerance library also looks at causes, and reading the body of a caller who left
            // fails with HttpClosedException (found by bench/ under the retry storm: the circuit
            // opened with the service idle).
            .skipOn(java.util.List.of(ServiceProxy.ClientGone.class))
            .onStateChange(
                s -> {
                  state.set(s);
                  LOG.warnf("Circuit of %s is now %s", name, s);
                })
            .done()
            .build();
    this.bulkhead =
        TypedGuard.create(TYPE)
            .withDescription("bulkhead of " + name)
            .withBulkhead()
            .limit(config.concurrency())
            .queueSize(config.queue())
            .done()
            .build();
    this.retry =
        TypedGuard.create(TYPE)
            .withRetry()
            .maxRetries(config.retries())
            .delay(100, ChronoUnit.MILLIS)
            .retryOn(
                java.util.List.of(
                    ConnectException.class, io.netty.channel.ConnectTimeoutException.class))
            .done()
            .build();
  }

  public String name() {
    return name;
  }

  public CircuitBreakerState state() {
    return state.get();
  }

  int port() {
    return base.getPort() > 0 ? base.getPort() : ("https".equals(base.getScheme()) ? 443 : 80);
  }
}
