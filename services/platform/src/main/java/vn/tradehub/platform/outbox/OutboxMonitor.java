package vn.tradehub.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Outbox backlog as metrics ({@code tradehub_outbox_backlog}, {@code
 * tradehub_outbox_oldest_age_seconds}) and in the readiness check, plus the purge of old published
 * rows.
 *
 * <p>The check stays UP while Kafka is unreachable: writes must keep working then, and taking the
 * service out of rotation would turn a broker outage into an API outage. The backlog figures are
 * what to alert on.
 */
@Readiness
@ApplicationScoped
public class OutboxMonitor implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);

  public record Backlog(long rows, double oldestAgeSeconds) {}

  private final AgroalDataSource dataSource;
  private final OutboxRelay relay;
  private final OutboxConfig config;
  private final MeterRegistry registry;
  private volatile Backlog cached = new Backlog(0, 0);
  private volatile long cachedAt;

  public OutboxMonitor(
      AgroalDataSource dataSource, OutboxRelay relay, OutboxConfig config, MeterRegistry registry) {
    this.dataSource = dataSource;
    this.relay = relay;
    this.config = config;
    this.registry = registry;
  }

  void registerMetrics(@Observes StartupEvent event) {
    Gauge.builder("tradehub.outbox.backlog", this, m -> m.backlog().rows())
        .description("Outbox rows not yet acknowledged by Kafka")
        .register(registry);
    Gauge.builder("tradehub.outbox.oldest.age.seconds", this, m -> m.backlog().oldestAgeSeconds())
        .description("Age of the oldest unpublished outbox row")
        .register(registry);
  }

  /** Current backlog, read at most once a second. */
  public Backlog backlog() {
    long now = System.nanoTime();
    if (now - cachedAt > 1_000_000_000L) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "select count(*), coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)"
                      + " from outbox where published_at is null");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        cached = new Backlog(rs.getLong(1), rs.getDouble(2));
        cachedAt = now;
      } catch (SQLException e) {
        LOG.debugf("outbox backlog unavailable: %s", e.getMessage());
      }
    }
    return cached;
  }

  @Override
  public HealthCheckResponse call() {
    Backlog b = backlog();
    HealthCheckResponseBuilder r =
        HealthCheckResponse.named("outbox")
            .up()
            .withData("backlog", b.rows())
            .withData("oldestAgeSeconds", Math.round(b.oldestAgeSeconds()))
            .withData("relay", relay.state().name());
    if (relay.lastSuccess() != null) r.withData("lastPublishedAt", relay.lastSuccess().toString());
    if (relay.lastError() != null) r.withData("kafka", "unreachable: " + relay.lastError());
    return r.build();
  }

  @Scheduled(
      every = "${tradehub.outbox.purge-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "delete from outbox where published_at is not null and published_at < clock_timestamp() - ?::interval")) {
      ps.setString(1, config.retention().toSeconds() + " seconds");
      int n = ps.executeUpdate();
      if (n > 0) LOG.infof("Purged %d published outbox rows", n);
    } catch (SQLException e) {
      LOG.warnf("Outbox purge failed: %s", e.getMessage());
    }
  }
}
