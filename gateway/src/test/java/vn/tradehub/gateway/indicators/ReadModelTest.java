package vn.tradehub.gateway.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tradehub.gateway.indicators.IndicatorsApi.dec;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicator;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.bordertrade.ShipmentLine;
import vn.tradehub.contracts.bordertrade.ShipmentRecorded;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The read model on a small hand-checked set of events (a year Y in 2045..2069, drawn per run so
 * that a reused broker does not count older runs' events, and apart from PlanTest's plans of
 * 2041..2044 in the same database; against Y − 1; gates T31A and T31B, which no demo data uses):
 * duplicates, amendments, cancellations, late older computations, the year-to-date figures against
 * a plan, and a rebuild that gives the same figures.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadModelTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final int Y = 2045 + java.util.concurrent.ThreadLocalRandom.current().nextInt(25);
  static TestEvents events;

  @BeforeAll
  static void publish() {
    events = new TestEvents();
    Instant t0 = Instant.parse(Y + "-04-05T02:00:00Z");
    // industry: February, then March; an older computation of March arrives last and must be
    // ignored
    events.industry(
        TestEvents.industry(
            Y + "-02",
            "102.10",
            "103.00",
            "800000000000",
            "760000000000",
            "5.26",
            50,
            39,
            "FINAL",
            t0.minusSeconds(86400 * 30)));
    events.industry(
        TestEvents.industry(
            Y + "-03",
            "106.20",
            "104.50",
            "1234560000000",
            "1172990000000",
            "5.25",
            50,
            40,
            "ESTIMATED",
            t0));
    events.industry(
        TestEvents.industry(
            Y + "-03",
            "199.00",
            "999.00",
            "9990000000000",
            "1000000000000",
            "899.00",
            50,
            50,
            "FINAL",
            t0.minusSeconds(3600)));
    // commerce
    events.commerce(
        TestEvents.commerce(
            Y + "-03",
            "900000000000",
            "2500049000000",
            "2246225000000",
            "11.30",
            "PRELIMINARY",
            t0));
    // border trade, the year before: EXPORT 1.0 M, IMPORT 0.5 M in January..March
    events.recorded(
        TestEvents.line("T31A", "D30-1", LocalDate.of(Y - 1, 1, 10), "EXPORT", "1000000.00"));
    events.recorded(
        TestEvents.line("T31B", "D30-2", LocalDate.of(Y - 1, 2, 10), "IMPORT", "500000.00"));
    // the year: 0.8 M export; 0.4 M export amended to 0.6 M; 0.3 M import cancelled; 0.45 M import
    // sent twice; 0.05 M transfer
    events.recorded(
        TestEvents.line("T31A", "D31-1", LocalDate.of(Y, 1, 15), "EXPORT", "800000.00"));
    ShipmentLine amended =
        TestEvents.line("T31B", "D31-2", LocalDate.of(Y, 2, 3), "EXPORT", "400000.00");
    events.recorded(amended);
    events.amended(amended, TestEvents.withValue(amended, "600000.00", 1));
    ShipmentLine cancelled =
        TestEvents.line("T31A", "D31-3", LocalDate.of(Y, 3, 9), "IMPORT", "300000.00");
    events.recorded(cancelled);
    events.cancelled(cancelled);
    ShipmentLine twice =
        TestEvents.line("T31A", "D31-4", LocalDate.of(Y, 3, 20), "IMPORT", "450000.00");
    UUID id = UUID.randomUUID();
    events.send(
        Topics.BORDER_TRADE_SHIPMENTS, "T31A", id, Instant.now(), new ShipmentRecorded(twice));
    events.send(
        Topics.BORDER_TRADE_SHIPMENTS, "T31A", id, Instant.now(), new ShipmentRecorded(twice));
    events.recorded(
        TestEvents.line(
            "T31B", "D31-5", LocalDate.of(Y, 1, 25), "BORDER_GATE_TRANSFER", "50000.00"));
    // a line recorded, amended, then cancelled, whose events arrive cancelled-first (as a relay
    // retry after a Kafka outage can deliver them), the recording twice: it counts nothing
    ShipmentLine shuffled =
        TestEvents.line("T31A", "D31-6", LocalDate.of(Y, 3, 22), "EXPORT", "200000.00");
    ShipmentLine shuffledAmended = TestEvents.withValue(shuffled, "250000.00", 1);
    events.cancelled(shuffledAmended);
    events.recorded(shuffled);
    events.amended(shuffled, shuffledAmended);
    events.recorded(shuffled);
  }

  @AfterAll
  static void close() {
    events.close();
  }

  static void awaitBorderTotal(String expected) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              JsonPath j = indicators("year=" + Y);
              assertThat(dec(indicator(j, "BORDER_TURNOVER").get("value")))
                  .isEqualByComparingTo(expected);
              assertThat(dec(indicator(j, "IIP").get("change"))).isEqualByComparingTo("4.50");
              assertThat(dec(indicator(j, "RETAIL_SALES").get("value")))
                  .isEqualByComparingTo("2500.0");
            });
  }

  @Test
  @Order(1)
  @TestSecurity(user = "admin", roles = "ADMIN")
  void computesTheYearToDateFromHandCheckedEvents() {
    given()
        .contentType("application/json")
        .body(
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},"
                + "{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":10,\"unit\":\"million USD\"},"
                + "{\"indicatorCode\":\"ELECTRIFICATION\",\"kind\":\"ABSOLUTE\",\"value\":85,\"unit\":\"%\"}]}")
        .when()
        .put("/api/v1/province/plans/08/" + Y)
        .then()
        .statusCode(201);
    awaitBorderTotal("1.90");
    JsonPath j = indicators("year=" + Y);

    Map<String, Object> iip = indicator(j, "IIP");
    assertThat(dec(iip.get("value")))
        .isEqualByComparingTo("104.50"); // the late, older computation (999) is ignored
    assertThat(dec(iip.get("change"))).isEqualByComparingTo("4.50");
    assertThat(dec(iip.get("progress")))
        .isEqualByComparingTo("-2.30"); // 4.50 − 6.8 percentage points
    assertThat(iip.get("progressUnit")).isEqualTo("pp");
    assertThat(iip.get("status")).isEqualTo("ESTIMATED");
    assertThat(iip.get("period")).isEqualTo(Y + "-03");
    assertThat(iip.get("asOf")).isNotNull();
    assertThat(iip.get("sources")).isEqualTo(List.of("industry"));

    Map<String, Object> output = indicator(j, "OUTPUT_VALUE");
    assertThat(dec(output.get("value"))).isEqualByComparingTo("1234.6"); // 1,234,560,000,000 VND
    assertThat(dec(output.get("change"))).isEqualByComparingTo("5.25");
    assertThat(output.get("target")).isNull();

    Map<String, Object> retail = indicator(j, "RETAIL_SALES");
    assertThat(dec(retail.get("value"))).isEqualByComparingTo("2500.0");
    assertThat(dec(retail.get("change"))).isEqualByComparingTo("11.30");
    assertThat(retail.get("status")).isEqualTo("PRELIMINARY");
    assertThat(retail.get("sources")).isEqualTo(List.of("commerce"));

    // 0.8 + 0.6 (amended from 0.4) + 0.45 (once, though sent twice) + 0.05; the cancelled 0.3 is
    // gone
    Map<String, Object> border = indicator(j, "BORDER_TURNOVER");
    assertThat(dec(border.get("value"))).isEqualByComparingTo("1.90");
    assertThat(dec(border.get("change"))).isEqualByComparingTo("26.67"); // against 1.5
    assertThat(dec(border.get("progress"))).isEqualByComparingTo("19.00"); // % of 10
    assertThat(border.get("status")).isEqualTo("FINAL");
    assertThat(border.get("period")).isEqualTo(Y + "-03");
    List<Map<String, Object>> flows = (List<Map<String, Object>>) border.get("breakdown");
    assertThat(flows)
        .extracting(f -> f.get("flow"))
        .containsExactly("EXPORT", "IMPORT", "BORDER_GATE_TRANSFER");
    assertThat(dec(flows.get(1).get("value"))).isEqualByComparingTo("0.45");
    assertThat(dec(flows.get(1).get("change"))).isEqualByComparingTo("-10.00");

    Map<String, Object> exports = indicator(j, "EXPORT_TURNOVER");
    assertThat(dec(exports.get("value"))).isEqualByComparingTo("1.40");
    assertThat(dec(exports.get("change"))).isEqualByComparingTo("40.00");

    Map<String, Object> electrification = indicator(j, "ELECTRIFICATION");
    assertThat(dec(electrification.get("value"))).isEqualByComparingTo("80.00");
    assertThat(dec(electrification.get("progress"))).isEqualByComparingTo("94.12");

    // through February: the February industry event, border trade January..February against the
    // same months of 2030
    JsonPath feb = indicators("year=" + Y + "&month=2");
    assertThat(dec(indicator(feb, "IIP").get("change"))).isEqualByComparingTo("3.00");
    assertThat(indicator(feb, "IIP").get("status")).isEqualTo("FINAL");
    assertThat(dec(indicator(feb, "BORDER_TURNOVER").get("value"))).isEqualByComparingTo("1.45");
    assertThat(dec(indicator(feb, "BORDER_TURNOVER").get("change"))).isEqualByComparingTo("-3.33");
    assertThat(indicator(feb, "RETAIL_SALES").get("value")).isNull();
  }

  @Test
  @Order(2)
  @TestSecurity(user = "reader", roles = "READER")
  void seriesGiveMonthsGatesAndFlows() {
    awaitBorderTotal("1.90");
    JsonPath s =
        given()
            .when()
            .get("/api/v1/province/series?year=" + Y)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(s.getList("iip")).hasSize(12);
    assertThat(dec(s.get("iip[2].current"))).isEqualByComparingTo("106.20");
    assertThat(s.getString("iip[2].status")).isEqualTo("ESTIMATED");
    assertThat(dec(s.get("retail[2].current"))).isEqualByComparingTo("900.0");
    assertThat(dec(s.get("borderTurnover[0].current"))).isEqualByComparingTo("0.85");
    assertThat(dec(s.get("borderTurnover[0].previous"))).isEqualByComparingTo("1.00");
    assertThat(dec(s.get("borderTurnover[2].current"))).isEqualByComparingTo("0.45");
    assertThat(s.getList("byGate.key")).containsExactly("T31A", "T31B");
    assertThat(dec(s.get("byGate[0].value"))).isEqualByComparingTo("1.25");
    assertThat(s.getList("byFlow.key")).containsExactly("EXPORT", "IMPORT", "BORDER_GATE_TRANSFER");
  }

  @Test
  @Order(3)
  void indicatorsNeedAnIdentity() {
    given()
        .when()
        .get("/api/v1/province/indicators?year=" + Y)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  @Order(4)
  @TestSecurity(user = "reader", roles = "READER")
  void badParametersAreProblems() {
    given()
        .when()
        .get("/api/v1/province/indicators?year=" + Y + "&month=13")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    given()
        .when()
        .get("/api/v1/province/indicators")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    given()
        .when()
        .post("/api/v1/province/read-model/rebuild")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  @Order(5)
  @TestSecurity(user = "admin", roles = "ADMIN")
  void rebuildGivesTheLiveFigures() {
    awaitBorderTotal("1.90");
    await()
        .atMost(WAIT)
        .until(
            () ->
                given()
                        .get("/api/v1/province/read-model/status")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("lag")
                    == 0);
    String live =
        given()
            .get("/api/v1/province/indicators?year=" + Y)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String liveFeb =
        given()
            .get("/api/v1/province/indicators?year=" + Y + "&month=2")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String liveSeries =
        given()
            .get("/api/v1/province/series?year=" + Y)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String liveDemo =
        given()
            .get("/api/v1/province/indicators?year=2020")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int generation =
        given()
            .get("/api/v1/province/read-model/status")
            .then()
            .extract()
            .jsonPath()
            .getInt("generation");

    JsonPath started =
        given()
            .when()
            .post("/api/v1/province/read-model/rebuild")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    assertThat(started.getInt("generation")).isEqualTo(generation + 1);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              JsonPath st =
                  given()
                      .get("/api/v1/province/read-model/status")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              assertThat(st.getString("state")).isEqualTo("LIVE");
              assertThat(st.getInt("lag")).isZero();
            });
    assertThat(given().get("/api/v1/province/indicators?year=" + Y).then().extract().asString())
        .isEqualTo(live);
    assertThat(
            given()
                .get("/api/v1/province/indicators?year=" + Y + "&month=2")
                .then()
                .extract()
                .asString())
        .isEqualTo(liveFeb);
    assertThat(given().get("/api/v1/province/series?year=" + Y).then().extract().asString())
        .isEqualTo(liveSeries);
    assertThat(given().get("/api/v1/province/indicators?year=2020").then().extract().asString())
        .isEqualTo(liveDemo);
  }
}
