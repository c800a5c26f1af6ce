package vn.tradehub.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the Kafka cluster answers. It reports, and does not gate: an unreachable broker
 * leaves the service ready because writes go to the outbox and wait there (see OutboxMonitor).
 */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {
  private final Map<String, Object> kafkaConfig;
  private Admin admin;
  private volatile HealthCheckResponse last;
  private volatile long lastAt;

  public KafkaHealthCheck(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.kafkaConfig = kafkaConfig;
  }

  @Override
  public synchronized HealthCheckResponse call() {
    long now = System.nanoTime();
    if (last != null && now - lastAt < 5_000_000_000L) return last;
    var builder =
        HealthCheckResponse.named("kafka")
            .up()
            .withData("bootstrapServers", String.valueOf(kafkaConfig.get("bootstrap.servers")));
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
              .nodes()
              .get(3, TimeUnit.SECONDS)
              .size();
      builder.withData("reachable", true).withData("brokers", nodes);
    } catch (Exception e) {
      builder
          .withData("reachable", false)
          .withData("note", "events wait in the outbox until Kafka is back");
    }
    last = builder.build();
    lastAt = now;
    return last;
  }

  private Admin admin() {
    if (admin == null) {
      Map<String, Object> props = new HashMap<>(kafkaConfig);
      props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
      props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
      props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-" + System.identityHashCode(this));
      admin = Admin.create(props);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) admin.close();
  }
}
