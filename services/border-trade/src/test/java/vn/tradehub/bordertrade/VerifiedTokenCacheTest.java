package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.testing.TestKeys;

/**
 * Through the real HTTP path: a gateway token is verified once however often it is used, and a
 * token that fails verification (expired, or its signature changed) is refused every time.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class VerifiedTokenCacheTest {
  static final String TURNOVER = "/api/v1/border-trade/turnover?from=2020-01&to=2020-12";

  @Inject MeterRegistry registry;

  double verified() {
    return registry.counter("tradehub.security.tokens.verified").count();
  }

  @Test
  void aTokenIsVerifiedOnceForAllItsRequests() {
    String token = TestKeys.serviceToken("reader-" + System.nanoTime(), Set.of("READER"), Set.of());
    double before = verified();
    for (int i = 0; i < 5; i++)
      given().header("Authorization", "Bearer " + token).get(TURNOVER).then().statusCode(200);
    assertThat(verified() - before).isEqualTo(1);
  }

  @Test
  void expiredAndAlteredTokensAreRefusedEveryTime() {
    String expired =
        TestKeys.claims(
                "late",
                Set.of("READER"),
                Set.of(),
                "urn:tradehub:gateway",
                "tradehub-services",
                Duration.ofSeconds(-60))
            .sign(TestKeys.privateKey());
    String good = TestKeys.serviceToken("altered-" + System.nanoTime(), Set.of("READER"), Set.of());
    given().header("Authorization", "Bearer " + good).get(TURNOVER).then().statusCode(200);
    char last = good.charAt(good.length() - 2);
    String altered =
        good.substring(0, good.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + good.charAt(good.length() - 1);
    for (int i = 0; i < 3; i++) {
      given().header("Authorization", "Bearer " + expired).get(TURNOVER).then().statusCode(401);
      given().header("Authorization", "Bearer " + altered).get(TURNOVER).then().statusCode(401);
    }
  }
}
