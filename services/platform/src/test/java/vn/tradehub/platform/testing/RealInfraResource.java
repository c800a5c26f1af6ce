package vn.tradehub.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh database of its own on the real PostgreSQL server, and the
 * real Kafka broker. Use it with {@code @QuarkusTestResource(value = RealInfraResource.class,
 * restrictToAnnotatedClass = false)} or via {@link RealInfraProfile}.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {
  private static volatile KafkaBroker ownBroker;
  private boolean wantsOwnBroker;

  /**
   * With init arg {@code ownKafka=true} the app gets a broker of its own, which a test may kill.
   */
  @Override
  public void init(Map<String, String> initArgs) {
    wantsOwnBroker = Boolean.parseBoolean(initArgs.get("ownKafka"));
  }

  /** The broker started for {@code ownKafka=true}. */
  public static KafkaBroker ownBroker() {
    return ownBroker;
  }

  @Override
  public Map<String, String> start() {
    TestInfra infra = TestInfra.get();
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", infra.createDatabase("t_"));
    config.put("quarkus.datasource.username", infra.pgUser());
    config.put("quarkus.datasource.password", infra.pgPassword());
    config.put("mp.jwt.verify.publickey.location", TestKeys.publicKeyLocation());
    config.put("smallrye.jwt.sign.key.location", TestKeys.privateKeyLocation());
    if (wantsOwnBroker) ownBroker = KafkaBroker.start();
    config.put(
        "kafka.bootstrap.servers", wantsOwnBroker ? ownBroker.bootstrap() : infra.kafkaBootstrap());
    return config;
  }

  @Override
  public void stop() {
    // Databases go with the throw-away server; an own broker goes now.
    if (wantsOwnBroker && ownBroker != null) {
      ownBroker.close();
      ownBroker = null;
    }
  }
}
