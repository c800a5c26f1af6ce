package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/** The demo data, loaded through the service at start-up, yields the published 2020 estimates. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class DemoFiguresTest {
  @Inject AgroalDataSource ds;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void iip2020Is9084AndSectionContributionsAddUp() {
    String iipBody =
        given()
            .get("/api/v1/industry/iip?period=2020-12&cumulative=true&level=section")
            .then()
            .statusCode(200)
            .body("baseYear", equalTo(2015))
            .body("compareTo", equalTo("PREVIOUS_YEAR"))
            .body("current.from", equalTo("2020-01"))
            .body("comparison.from", equalTo("2019-01"))
            .body("status", equalTo("ESTIMATED"))
            .body("coverage.productsUsed", equalTo(20))
            .extract()
            .asString();
    JsonPath iip = JsonPath.from(iipBody);
    JsonNode tree = Api.tree(iipBody);
    assertThat(tree.path("index").decimalValue()).isEqualByComparingTo("90.84");
    assertThat(tree.path("changePct").decimalValue()).isEqualByComparingTo("-9.16");
    List<String> sections = iip.getList("rows.code");
    assertThat(sections).containsExactly("B", "C", "D", "E");
    assertThat(Api.sum(tree.path("contributions"), "contributionPp")).isEqualByComparingTo("-9.16");

    // A monthly index against the previous month, and one at class level, against the base year.
    given()
        .get("/api/v1/industry/iip?period=2020-12&compareTo=PREVIOUS_MONTH")
        .then()
        .statusCode(200)
        .body("comparison.from", equalTo("2020-11"));
    given()
        .get("/api/v1/industry/iip?period=2020-06&compareTo=BASE_YEAR&level=class")
        .then()
        .statusCode(200)
        .body("comparison", org.hamcrest.Matchers.nullValue());
    // The unfired-brick plant opened in April 2019: March 2020 has nothing to compare it with.
    given()
        .get("/api/v1/industry/iip?period=2020-03")
        .then()
        .statusCode(200)
        .body(
            "coverage.productsExcluded.productCode",
            org.hamcrest.Matchers.contains("GACH-KHONG-NUNG"))
        .body(
            "coverage.productsExcluded.reason",
            org.hamcrest.Matchers.contains("NO_COMPARISON_QUANTITY"));
    // A year to date is never compared with the previous month.
    given()
        .get("/api/v1/industry/iip?period=2020-12&compareTo=PREVIOUS_MONTH&cumulative=true")
        .then()
        .statusCode(422);
    given().get("/api/v1/industry/iip?period=2020-12&level=street").then().statusCode(400);
    // 2021 uses the 2020 base-year weights and lands near the +6.8 % plan.
    BigDecimal ytd2021 =
        Api.tree(
                given()
                    .get("/api/v1/industry/iip?period=2021-12&cumulative=true")
                    .then()
                    .statusCode(200)
                    .body("baseYear", equalTo(2020))
                    .extract()
                    .asString())
            .path("index")
            .decimalValue();
    assertThat(ytd2021).isBetween(new BigDecimal("105.5"), new BigDecimal("108.5"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void outputValue2020Is61814BillionMinus108() {
    JsonNode ov = Api.get("/api/v1/industry/output-value?from=2020-01&to=2020-12").path("total");
    assertThat(billions(ov.path("valueVnd"))).isEqualByComparingTo("6181.4");
    assertThat(billions(ov.path("previousYearVnd"))).isEqualByComparingTo("6248.9");
    assertThat(ov.path("changePct").decimalValue()).isEqualByComparingTo("-1.08");

    String bySectionBody =
        given()
            .get("/api/v1/industry/output-value?from=2020-01&to=2020-12&groupBy=section")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath bySection = JsonPath.from(bySectionBody);
    assertThat(bySection.getList("groups.key.section", String.class))
        .containsExactly("B", "C", "D", "E");
    assertThat(Api.sum(Api.tree(bySectionBody).path("groups"), "valueVnd"))
        .isEqualByComparingTo("6181400000000");
    given()
        .get(
            "/api/v1/industry/output-value?from=2020-01&to=2020-12&groupBy=month,cluster&prices=CONSTANT")
        .then()
        .statusCode(200)
        .body("prices", equalTo("CONSTANT"))
        .body("groupBy", org.hamcrest.Matchers.contains("month", "cluster"));
    given()
        .get("/api/v1/industry/output-value?from=2020-01&to=2020-12&groupBy=province")
        .then()
        .statusCode(400);
  }

  @Test
  void theDecember2020IndicatorsEventCarriesThePublishedFigures() throws Exception {
    // Loaded once: one marker per step, and one ProductionReported per demo report.
    assertThat(scalar("select count(*) from demo_load where name = 'ha-giang-2019-2021'"))
        .isEqualTo(1L);
    assertThat(scalar("select count(*) - count(distinct name) from demo_load")).isZero();
    assertThat(
            scalar(
                "select count(*) from outbox where event_type = 'vn.tradehub.industry.ProductionReported' and record_key like '5101%' and payload->>'period' < '2022-01'"))
        .isEqualTo(
            scalar(
                "select count(*) from production_report where period < '2022-01' and tax_code like '5101%' and version = 0 and created_at = updated_at"));

    IndicatorEvents.Event row = IndicatorEvents.last(ds, "02@2025-06-30|2020-12");
    JsonNode event = row.payload();
    assertThat(event.path("iipYtd").decimalValue().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("90.84");
    assertThat(billions(event.path("outputValueYtdVnd"))).isEqualByComparingTo("6181.4");
    assertThat(event.path("outputValueYtdChangePct").decimalValue()).isEqualByComparingTo("-1.08");
    assertThat(event.path("baseYear").asInt()).isEqualTo(2015);
    assertThat(event.path("status").asText()).isEqualTo("ESTIMATED");
    assertThat(event.path("borderVillages").asInt()).isEqualTo(50);
    assertThat(event.path("borderVillagesElectrified").asInt()).isEqualTo(41);

    // The relay sent it, and it keeps its JSON Schema (EventCapture checks every event it reads).
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                scalar(
                        "select count(*) from outbox where id = '"
                            + row.id()
                            + "' and published_at is not null")
                    == 1L);
    try (EventCapture capture = EventCapture.fromBeginning(kafka, Topics.INDUSTRY_INDICATORS)) {
      List<CapturedEvent> found =
          capture.await(e -> row.id().equals(e.id()), 1, Duration.ofSeconds(60));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).key()).isEqualTo("02@2025-06-30|2020-12");
    }
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void summaryAndElectrification() {
    given()
        .get("/api/v1/industry/electrification?asOf=2020-12-31")
        .then()
        .statusCode(200)
        .body("borderVillages", equalTo(50))
        .body("electrified", equalTo(41))
        .body("sharePct", equalTo(82.00f));
    given().get("/api/v1/industry/electrification?asOf=31/12/2020").then().statusCode(422);
    given()
        .get("/api/v1/industry/summary")
        .then()
        .statusCode(200)
        .body("latestPeriod", org.hamcrest.Matchers.notNullValue())
        .body("borderVillages", equalTo(50));
    given()
        .get("/api/v1/industry/indicators/2020-12")
        .then()
        .statusCode(200)
        .body("iipYtd", equalTo(90.84f));
  }

  /** An amount in đồng as billions to one decimal, the way the published figures read. */
  private static BigDecimal billions(JsonNode vnd) {
    return vnd.decimalValue().divide(new BigDecimal("1e9")).setScale(1, RoundingMode.HALF_UP);
  }

  private long scalar(String sql) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
