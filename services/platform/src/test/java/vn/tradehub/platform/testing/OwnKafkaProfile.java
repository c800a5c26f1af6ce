package vn.tradehub.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * For tests that stop the broker on purpose: the app gets a fresh database and a Kafka broker of
 * its own ({@link RealInfraResource#ownBroker()}), so other tests never see the outage.
 */
public class OwnKafkaProfile implements QuarkusTestProfile {
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RealInfraResource.class, Map.of("ownKafka", "true")));
  }

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("tradehub.outbox.max-backoff", "1s");
  }
}
