package vn.tradehub.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.testing.ServiceProcess;

/**
 * The gateway's surroundings in tests: the real border-trade service (started from its jar), a
 * controllable fake in place of industry, and commerce pointing at a port nobody listens on.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {
  public static FakeService industry;
  public static ServiceProcess borderTrade;
  private final RealInfraResource infra = new RealInfraResource();

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>(infra.start());
    industry = new FakeService();
    borderTrade = ServiceProcess.start("services/border-trade", Map.of());
    config.put("tradehub.services.industry.url", "http://127.0.0.1:" + industry.port());
    config.put("tradehub.services.industry.read-timeout", "1s");
    config.put("tradehub.services.industry.breaker-window", "4");
    config.put("tradehub.services.industry.breaker-delay", "2s");
    config.put("tradehub.services.industry.max-response-size", "1M");
    config.put("tradehub.services.commerce.url", "http://127.0.0.1:" + unusedPort());
    config.put("tradehub.services.border-trade.url", borderTrade.url());
    config.put("tradehub.security.rate-per-minute.READER", "1000");
    config.put("tradehub.security.rate-per-minute.STATISTICS", "5");
    return config;
  }

  private static int unusedPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    if (industry != null) industry.close();
    if (borderTrade != null) borderTrade.close();
  }
}
