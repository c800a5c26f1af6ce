package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.tradehub.commerce.Api.csv;
import static vn.tradehub.commerce.Api.getProblem;
import static vn.tradehub.commerce.Api.problem;
import static vn.tradehub.commerce.Api.putCpi;
import static vn.tradehub.commerce.Json.line;
import static vn.tradehub.commerce.Json.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Filing and revising monthly retail reports: every validation rule, If-Match, revisions, events
 * and roles. Each test uses its own district and year so that tests never share a report.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class RetailReportTest {
  static final String BASE = "/api/v1/commerce/retail-reports/";

  /** The record key's prefix of Hà Giang's indicators: {@code <territory>|}. */
  static final String HG = "02@2025-06-30|";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  private static ValidatableResponse put(String path, String ifMatch, String body) {
    return ConditionalWrites.put(BASE + path, ifMatch == null ? null : "If-Match", ifMatch, body);
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void conditionalWritesFollowThePlatformPolicy() {
    String body =
        report(
            "ESTIMATED",
            line("RETAIL_GOODS", "NON_STATE", 41250000000L),
            line("TRAVEL", "NON_STATE", 310000000));
    String revised =
        report(
            "PRELIMINARY",
            line("RETAIL_GOODS", "NON_STATE", 41500000000L),
            line("TRAVEL", "NON_STATE", 310000000));
    ConditionalWrites.policyHolds(BASE + "027/2011-03", body, revised);
    given()
        .get(BASE + "027/2011-03")
        .then()
        .statusCode(200)
        .body("status", equalTo("PRELIMINARY"))
        .body("totalVnd", equalTo(41810000000L))
        .body("recordedBy", equalTo("statistics-office"))
        .body("lines", hasSize(2));
    // The same lines in another order are the same report: no If-Match needed, no new version.
    put(
            "027/2011-03",
            null,
            report(
                "PRELIMINARY",
                line("TRAVEL", "NON_STATE", 310000000),
                line("RETAIL_GOODS", "NON_STATE", 41500000000L)))
        .statusCode(200)
        .header("ETag", "\"1\"");
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void everyValidationRuleNamesItsField() {
    String good = line("RETAIL_GOODS", "NON_STATE", 1000000);
    problem(put("999/2013-01", null, report("FINAL", good)), 422)
        .body("type", equalTo("/problems/validation"))
        .body("errors[0].field", equalTo("unitCode"))
        .body("errors[0].rejectedValue", equalTo("999"))
        .body("errors[0].message", containsString("no administrative unit has code 999"));
    // The old custom codes are gone: an official code is 3 or 5 digits.
    problem(put("MEO_VAC/2013-01", null, report("FINAL", good)), 422)
        .body("errors[0].field", equalTo("unitCode"));
    problem(put("031/2013-01", null, report("FINAL", line("TOURISM", "NON_STATE", 1))), 422)
        .body("errors[0].field", equalTo("lines[0].category"))
        .body("errors[0].rejectedValue", equalTo("TOURISM"))
        .body(
            "errors[0].message",
            startsWith("unknown retail category; one of [ACCOMMODATION_FOOD,"));
    problem(
            put("031/2013-01", null, report("FINAL", good, line("RETAIL_GOODS", "PRIVATE", 1))),
            422)
        .body("errors[0].field", equalTo("lines[1].ownership"))
        .body("errors[0].message", startsWith("unknown ownership sector; one of ["));
    problem(put("031/2013-01", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", -5))), 422)
        .body("errors[0].field", equalTo("lines[0].valueVnd"))
        .body("errors[0].rejectedValue", equalTo(-5));
    problem(
            put("031/2013-01", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", "1000.5"))),
            422)
        .body("errors[0].field", equalTo("lines[0].valueVnd"));
    problem(
            put(
                "031/2013-01",
                null,
                report(
                    "FINAL",
                    good,
                    line("TRAVEL", "STATE", 5),
                    line("RETAIL_GOODS", "NON_STATE", 7))),
            422)
        .body("errors[0].field", equalTo("lines[2]"))
        .body(
            "errors[0].message",
            equalTo("duplicates lines[0]: one line per (category, ownership)"));
    String nextMonth = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).toString();
    // (a commune: the month is after the reform)
    problem(put("00769/" + nextMonth, null, report("ESTIMATED", good)), 422)
        .body("errors[0].field", equalTo("period"))
        .body("errors[0].rejectedValue", equalTo(nextMonth));
    // Several broken rules are reported together.
    problem(
            put(
                "998/2013-01",
                null,
                report("FINAL", line("TOURISM", "NON_STATE", 1), line("TOURISM", "NON_STATE", 2))),
            422)
        .body(
            "errors.field",
            containsInAnyOrder("unitCode", "lines[0].category", "lines[1].category", "lines[1]"));
    // Structure: status and at least one line are required; the period must be YYYY-MM.
    problem(put("031/2013-01", null, "{\"lines\":[" + good + "]}"), 422)
        .body("errors.field", hasItem("status"));
    problem(put("031/2013-01", null, "{\"status\":\"FINAL\",\"lines\":[]}"), 422)
        .body("errors.field", hasItem("lines"));
    problem(put("031/2013-13", null, report("FINAL", good)), 422)
        .body("errors[0].field", equalTo("period"));
    // The key's parameters are named as sent, on every operation of the key.
    getProblem(BASE + "0311/2013-01", 422)
        .body("errors[0].field", equalTo("unitCode"))
        .body("errors[0].message", equalTo("an official unit code: 3 or 5 digits"));
    getProblem(BASE + "031/2013-13/revisions", 422).body("errors[0].field", equalTo("period"));
    problem(put("031/2013-01", null, report("GUESSED", good)), 400)
        .body("errors[0].field", equalTo("status"));
    // Nothing was stored by any of them.
    problem(given().get(BASE + "031/2013-01").then(), 404);
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void revisionsKeepEveryVersion() {
    put("026/2011-06", null, report("ESTIMATED", line("RETAIL_GOODS", "NON_STATE", 500000000)))
        .statusCode(201);
    put("026/2011-06", "\"0\"", report("FINAL", line("RETAIL_GOODS", "NON_STATE", 520000000)))
        .statusCode(200);
    given()
        .get(BASE + "026/2011-06/revisions")
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.contains(0, 1))
        .body("change", org.hamcrest.Matchers.contains("CREATED", "REVISED"))
        .body("[0].snapshot.status", equalTo("ESTIMATED"))
        .body("[1].snapshot.status", equalTo("FINAL"))
        .body("[1].snapshot.totalVnd", equalTo(520000000))
        .body("[1].changedBy", equalTo("statistics-office"))
        .body("[1].changes.field", hasItem("status"))
        .body("[1].changes.field", hasItem("totalVnd"));
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void reportAndRevisionAreEventsAndRepublishTheAffectedMonths() {
    try (EventCapture retail = EventCapture.fromNow(kafka, Topics.COMMERCE_RETAIL);
        EventCapture indicators = EventCapture.fromNow(kafka, Topics.COMMERCE_INDICATORS)) {
      put(
              "029/2009-03",
              null,
              report(
                  "ESTIMATED",
                  line("RETAIL_GOODS", "NON_STATE", 300000000),
                  line("OTHER_SERVICES", "STATE", 20000000)))
          .statusCode(201);
      put("029/2009-05", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", 310000000)))
          .statusCode(201);
      put("029/2010-04", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", 330000000)))
          .statusCode(201);
      put(
              "029/2009-03",
              "\"0\"",
              report(
                  "PRELIMINARY",
                  line("RETAIL_GOODS", "NON_STATE", 305000000),
                  line("OTHER_SERVICES", "STATE", 20000000)))
          .statusCode(200);

      List<CapturedEvent> events =
          retail.await(e -> "029".equals(e.key()), 4, Duration.ofSeconds(30));
      assertThat(events)
          .extracting(CapturedEvent::type)
          .containsExactly(
              "vn.tradehub.commerce.RetailReported", "vn.tradehub.commerce.RetailReported",
              "vn.tradehub.commerce.RetailReported", "vn.tradehub.commerce.RetailRevised");
      CapturedEvent reported = events.get(0);
      assertThat(reported.headers())
          .containsEntry("ce_subject", "029/2009-03")
          .containsEntry("ce_source", "urn:tradehub:commerce");
      assertThat(reported.payload().path("totalVnd").decimalValue())
          .isEqualByComparingTo("320000000");
      assertThat(reported.payload().path("lines")).hasSize(2);
      assertThat(reported.payload().path("unitCode").asText()).isEqualTo("029");
      CapturedEvent revised = events.get(3);
      assertThat(revised.payload().path("totalVnd").decimalValue())
          .isEqualByComparingTo("325000000");
      assertThat(revised.payload().path("previousTotalVnd").decimalValue())
          .isEqualByComparingTo("320000000");
      assertThat(revised.payload().path("previousStatus").asText()).isEqualTo("ESTIMATED");
      assertThat(revised.payload().path("status").asText()).isEqualTo("PRELIMINARY");
      assertThat(revised.payload().path("version").asLong()).isEqualTo(1);

      // Filing 2009-03, 2009-05, 2010-04 gives one indicators event each, for the province of
      // those months, Hà Giang (the former Tuyên Quang has no reports then); the revision of
      // 2009-03 republishes 2009-03, the year to date of 2009-05, and 2010-04, compared with 2009.
      List<CapturedEvent> computed =
          indicators.await(e -> e.key().matches(".*\\|(2009|2010)-.*"), 6, Duration.ofSeconds(30));
      // Order is kept per key (territory and period), not across keys.
      assertThat(computed)
          .extracting(CapturedEvent::key)
          .containsExactlyInAnyOrder(
              HG + "2009-03",
              HG + "2009-05",
              HG + "2010-04",
              HG + "2009-03",
              HG + "2009-05",
              HG + "2010-04");
      var march = last(computed, HG + "2009-03");
      assertThat(march.path("territory").asText()).isEqualTo("02@2025-06-30");
      assertThat(march.path("byUnit")).hasSize(1);
      assertThat(march.path("byUnit").get(0).path("unitCode").asText()).isEqualTo("029");
      assertThat(march.path("byUnit").get(0).path("retailMonthVnd").decimalValue())
          .isEqualByComparingTo("325000000");
      assertThat(march.path("retailMonthVnd").decimalValue()).isEqualByComparingTo("325000000");
      assertThat(march.path("status").asText()).isEqualTo("PRELIMINARY");
      var may = last(computed, HG + "2009-05");
      assertThat(may.path("retailMonthVnd").decimalValue()).isEqualByComparingTo("310000000");
      assertThat(may.path("retailYtdVnd").decimalValue()).isEqualByComparingTo("635000000");
      assertThat(may.path("status").asText()).isEqualTo("PRELIMINARY");
      var april2010 = last(computed, HG + "2010-04");
      assertThat(april2010.path("retailMonthVnd").decimalValue()).isEqualByComparingTo("330000000");
      assertThat(april2010.path("retailMonthPrevYearVnd").isNull()).isTrue();
      assertThat(april2010.path("retailYtdVnd").decimalValue()).isEqualByComparingTo("330000000");
      assertThat(april2010.path("retailYtdPrevYearVnd").decimalValue())
          .isEqualByComparingTo("325000000");
      assertThat(april2010.path("retailYtdChangePct").decimalValue()).isEqualByComparingTo("1.54");
      assertThat(april2010.path("status").asText()).isEqualTo("FINAL");
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode last(
      List<CapturedEvent> events, String key) {
    return events.stream()
        .filter(e -> key.equals(e.key()))
        .reduce((a, b) -> b)
        .orElseThrow()
        .payload();
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void listIsPagedByMonthThenUnitWithFiltersAndCsv() {
    for (String key : List.of("028/2007-02", "033/2007-01", "028/2007-01")) {
      put(key, null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", 1000))).statusCode(201);
    }
    put(
            "033/2007-03",
            null,
            report("FINAL", line("RETAIL_GOODS", "NON_STATE", 1000), line("TRAVEL", "STATE", 25)))
        .statusCode(201);
    List<String> seen = new java.util.ArrayList<>();
    String next = "/api/v1/commerce/retail-reports?from=2007-01&to=2007-12&limit=3";
    while (next != null) {
      var page = given().get(next).then().statusCode(200).extract().jsonPath();
      for (int i = 0; i < page.getList("items").size(); i++)
        seen.add(
            page.getString("items[" + i + "].unitCode")
                + "/"
                + page.getString("items[" + i + "].period"));
      next = page.getString("next");
    }
    assertThat(seen).containsExactly("028/2007-01", "033/2007-01", "028/2007-02", "033/2007-03");
    given()
        .get("/api/v1/commerce/retail-reports?unit=028&from=2007-01&to=2007-01")
        .then()
        .statusCode(200)
        .body("items.period", org.hamcrest.Matchers.contains("2007-01"))
        .body("items[0].totalVnd", equalTo(1000));
    List<String> lines = csv("/api/v1/commerce/retail-reports?from=2007-01&to=2007-12&limit=1");
    assertThat(lines).hasSize(6); // a row per line: 033/2007-03 has two
    assertThat(lines.get(0))
        .isEqualTo("unitCode,period,status,version,category,ownership,valueVnd");
    assertThat(lines.subList(1, 6))
        .containsExactly(
            "028,2007-01,FINAL,0,RETAIL_GOODS,NON_STATE,1000",
            "033,2007-01,FINAL,0,RETAIL_GOODS,NON_STATE,1000",
            "028,2007-02,FINAL,0,RETAIL_GOODS,NON_STATE,1000",
            "033,2007-03,FINAL,0,RETAIL_GOODS,NON_STATE,1000",
            "033,2007-03,FINAL,0,TRAVEL,STATE,25");
    getProblem("/api/v1/commerce/retail-reports?from=2007-1", 422)
        .body("errors[0].field", equalTo("from"));
    given().get("/api/v1/commerce/retail-reports?after=not-a-cursor").then().statusCode(400);
  }

  @Test
  void withoutIdentityReadsAndWritesAre401() {
    given().get(BASE + "027/2011-03").then().statusCode(401);
    put("027/2011-03", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", 1))).statusCode(401);
    given().get("/api/v1/commerce/retail-sales").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "READER")
  void readerMayReadButNotWrite() {
    put("027/2011-07", null, report("FINAL", line("RETAIL_GOODS", "NON_STATE", 1))).statusCode(403);
    putCpi("2011-07", "{\"base\":\"2010\",\"indexValue\":100}").statusCode(403);
    given().get(BASE + "027/2011-07").then().statusCode(404);
    given().get("/api/v1/commerce/retail-sales?from=2011-07&to=2011-07").then().statusCode(200);
  }
}
