package vn.tradehub.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The state of each service's circuit breaker (CLOSED, OPEN, HALF_OPEN). Reported, never DOWN: a
 * failing service must not take the gateway, and so every other service, out of rotation.
 */
@Readiness
@ApplicationScoped
public class CircuitHealthCheck implements HealthCheck {
  private final ServiceProxy proxy;

  public CircuitHealthCheck(ServiceProxy proxy) {
    this.proxy = proxy;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("downstream-circuits").up();
    for (Downstream d : proxy.downstreams()) b.withData(d.name(), d.state().name());
    return b.build();
  }
}
