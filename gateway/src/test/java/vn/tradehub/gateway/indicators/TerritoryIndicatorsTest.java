package vn.tradehub.gateway.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Indicators for a territory after the 2025 reform, from the merged province's own rows: the
 * province answers with its own figures; any other territory (the former Hà Giang area, the former
 * Tuyên Quang area, one commune) is the sum of its communes' figures in those rows, against the
 * same territory a year earlier. Hand-checked figures for a year Y in 2028..2038, drawn per run so
 * that a reused broker does not add older runs' events.
 *
 * <p>Communes: 00691 Phường Hà Giang 2 and 00694 Phường Hà Giang 1 lie wholly in the former Hà
 * Giang province, 02212 Phường Nông Tiến wholly in the former Tuyên Quang (data/admin's
 * succession).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@io.quarkus.test.security.TestSecurity(user = "reader", roles = "READER")
class TerritoryIndicatorsTest {
  static final int Y = 2028 + java.util.concurrent.ThreadLocalRandom.current().nextInt(11);
  static final long BN = 1_000_000_000L;
  static boolean applied;

  @BeforeAll
  static void publish() {
    Instant t = Instant.parse("2039-01-05T02:00:00Z");
    try (TestEvents events = new TestEvents()) {
      for (int m = 1; m <= 3; m++) {
        // Y: Hà Giang 2 100 bn × m, Hà Giang 1 50 bn × m, Nông Tiến 300 bn × m (450 bn × m);
        // Y − 1: 80, 40 and 250 bn × m (370 bn × m). Year-to-date: 450 × (1 + … + m).
        int ytd = m * (m + 1) / 2;
        events.commerce(
            TestEvents.commerce(
                "08@2025-07-01",
                String.format("%d-%02d", Y, m),
                Map.of("00691", 100 * BN * m, "00694", 50 * BN * m, "02212", 300 * BN * m),
                450 * BN * ytd + "",
                370 * BN * ytd + "",
                t.plusSeconds(m)));
        events.commerce(
            TestEvents.commerce(
                "08@2025-07-01",
                String.format("%d-%02d", Y - 1, m),
                Map.of("00691", 80 * BN * m, "00694", 40 * BN * m, "02212", 250 * BN * m),
                370 * BN * ytd + "",
                0 + "",
                t.plusSeconds(m)));
      }
    }
  }

  /** Waits once for the read model to apply the events (REST Assured's port is set by then). */
  @org.junit.jupiter.api.BeforeEach
  void applied() {
    if (applied) return;
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/province/indicators?year=" + Y + "&month=3")
                    .then()
                    .statusCode(200)
                    .body(
                        "indicators.find { it.code == 'RETAIL_SALES' }.period", equalTo(Y + "-03"))
                    .body("indicators.find { it.code == 'RETAIL_SALES' }.value", equalTo(2700.0f)));
    applied = true;
  }

  @Test
  void theProvinceAnswersWithItsOwnFigures() {
    given()
        .get("/api/v1/province/indicators?year=" + Y + "&month=3")
        .then()
        .statusCode(200)
        .body("territory.code", equalTo("08"))
        .body("territory.territory", equalTo("08@2025-07-01"))
        .body("department.code", equalTo("08"))
        .body("department.nameVi", equalTo("Tỉnh Tuyên Quang"))
        .body("reforms", hasSize(0))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.value", equalTo(2700.0f))
        // 2,700 against 2,220 billion
        .body("indicators.find { it.code == 'RETAIL_SALES' }.change", equalTo(21.62f));
  }

  @Test
  void theFormerHaGiangAreaIsTheSumOfItsCommunes() {
    // (100 + 50) × 6 = 900 billion, against (80 + 40) × 6 = 720: +25 %
    given()
        .get("/api/v1/province/indicators?year=" + Y + "&month=3&territory=02")
        .then()
        .statusCode(200)
        .body("territory.code", equalTo("02"))
        .body("territory.nameVi", equalTo("Tỉnh Hà Giang"))
        .body("territory.validTo", equalTo("2025-06-30"))
        .body("department.code", equalTo("08"))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.value", equalTo(900.0f))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.change", equalTo(25.0f))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.period", equalTo(Y + "-03"))
        // a former province has no plan of its own
        .body("indicators.find { it.code == 'RETAIL_SALES' }.target", nullValue());
  }

  @Test
  void theTwoFormerAreasAddUpToTheProvince() {
    float haGiang = retail("02");
    float tuyenQuang = retail("08@2025-06-30");
    org.assertj.core.api.Assertions.assertThat(tuyenQuang).isEqualTo(1800.0f);
    org.assertj.core.api.Assertions.assertThat(haGiang + tuyenQuang).isEqualTo(retail(null));
  }

  @Test
  void oneCommuneAndItsMonths() {
    // Hà Giang 2: 100 × 6 = 600 billion against 80 × 6 = 480
    given()
        .get("/api/v1/province/indicators?year=" + Y + "&month=3&territory=00691")
        .then()
        .statusCode(200)
        .body("territory.level", equalTo("COMMUNE"))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.value", equalTo(600.0f))
        .body("indicators.find { it.code == 'RETAIL_SALES' }.change", equalTo(25.0f));
    given()
        .get("/api/v1/province/series?year=" + Y + "&territory=00691")
        .then()
        .statusCode(200)
        .body("territory.code", equalTo("00691"))
        .body("retail[0].current", equalTo(100.0f))
        .body("retail[0].previous", equalTo(80.0f))
        .body("retail[2].current", equalTo(300.0f))
        .body("retail[3].current", nullValue());
  }

  @Test
  void aTerritoryThatDoesNotExistIsAProblemNamingTheParameter() {
    given()
        .get("/api/v1/province/indicators?year=" + Y + "&territory=99")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("territory"));
  }

  static float retail(String territory) {
    var request = given().queryParam("year", Y).queryParam("month", 3);
    if (territory != null) request.queryParam("territory", territory);
    return request
        .get("/api/v1/province/indicators")
        .then()
        .statusCode(200)
        .extract()
        .path("indicators.find { it.code == 'RETAIL_SALES' }.value");
  }
}
