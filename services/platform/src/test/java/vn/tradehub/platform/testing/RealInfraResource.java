package vn.tradehub.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a {@code @QuarkusTest} a fresh database of its own on the real PostgreSQL server, and the
 * real Kafka broker. Use it with {@code @QuarkusTestResource(value = RealInfraResource.class,
 * restrictToAnnotatedClass = false)} or via {@link RealInfraProfile}.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {
  private String kafkaOverride;

  @Override
  public void init(Map<String, String> initArgs) {
    kafkaOverride = initArgs.get("kafka");
  }

  @Override
  public Map<String, String> start() {
    TestInfra infra = TestInfra.get();
    String db = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(infra.pgServerUrl() + "postgres", infra.pgUser(), infra.pgPassword());
        Statement st = c.createStatement()) {
      st.execute("create database " + db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + infra.pgServerUrl(), e);
    }
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", infra.pgServerUrl() + db);
    config.put("quarkus.datasource.username", infra.pgUser());
    config.put("quarkus.datasource.password", infra.pgPassword());
    config.put("kafka.bootstrap.servers", kafkaOverride != null ? kafkaOverride : infra.kafkaBootstrap());
    return config;
  }

  @Override
  public void stop() {
    // The server is throw-away; databases go with it.
  }
}
