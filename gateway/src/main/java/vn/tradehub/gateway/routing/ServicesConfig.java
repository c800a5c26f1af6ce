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

    /** Largest response the gateway passes on; a larger one is a 502. */
    @WithDefault("512M")
    io.quarkus.runtime.configuration.MemorySize maxResponseSize();
  }
}
