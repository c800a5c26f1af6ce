package vn.tradehub.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Where each service lives and how patiently the gateway talks to it. */
@ConfigMapping(prefix = "tradehub.services")
public interface ServicesConfig {
  Route industry();

  Route commerce();

  @WithName("border-trade")
  Route borderTrade();

  interface Route {
    /** Base URL, e.g. http://industry:8080 in Kubernetes. */
    String url();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest silence while waiting for the response (idle timeout). */
    @WithDefault("30s")
    Duration readTimeout();

    /** Retries of idempotent requests that could not connect. */
    @WithDefault("2")
    int retries();

    /** Failure ratio over the last {@code breakerWindow} calls that opens the circuit. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    @WithDefault("10")
    int breakerWindow();

    /** How long an open circuit answers 503 before letting a trial call through. */
    @WithDefault("10s")
    Duration breakerDelay();

    /**
     * Requests in flight to the service at once; more wait in {@link #queue()}, and beyond that are
     * answered 503 with Retry-After at once (a bulkhead): under a retry storm the service keeps
     * answering fast instead of queueing every copy, and the gateway never waits for a pooled
     * connection (its time-outs would count against the service's circuit).
     */
    @WithDefault("24")
    int concurrency();

    /** Requests waiting for one of the {@link #concurrency()} slots. */
    @WithDefault("24")
    int queue();

    /** Largest response the gateway passes on; a larger one is a 502. */
    @WithDefault("512M")
    io.quarkus.runtime.configuration.MemorySize maxResponseSize();
  }
}
