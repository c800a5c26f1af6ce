package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * A small hand-checked dataset at Xín Mần in 2011-2012 (years no other test uses): 2011-02 export
 * 100 + 300 = 400 USD (2 lines, KGM); 2011-02 import 1,000 USD (1 line, TNE); 2012-02 export 500
 * USD (KGM) and 2012-03 export 100 USD (TNE); 2012-02 transfer 50 USD. Exports Feb 2012 against Feb
 * 2011: 500 / 400 - 1 = +25.00 %. Year to date through March 2012: exports 600 against 400 = +50.00
 * %; imports 0 against 1,000 = -100.00 %; total 650 against 1,400 = -53.57 %.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TurnoverTest {

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static void post(String date, String flow, String unit, int quantity, int usd) {
    Map<String, Object> line = Lines.line("XIN_MAN", Lines.newDeclaration(), 1, date);
    line.put("flow", flow);
    line.put("unit", unit);
    line.put("quantity", quantity);
    line.put("value", Map.of("amount", usd, "currency", "USD"));
    Shipments.post(line).then().statusCode(201);
  }

  private boolean loaded;

  /** Once per class; in @BeforeEach because the HTTP port is known only once the app runs. */
  @BeforeEach
  void data() {
    if (loaded) return;
    loaded = true;
    post("2011-02-03", "EXPORT", "KGM", 10, 100);
    post("2011-02-20", "EXPORT", "KGM", 30, 300);
    post("2011-02-21", "IMPORT", "TNE", 2, 1000);
    post("2012-02-10", "EXPORT", "KGM", 50, 500);
    post("2012-03-10", "EXPORT", "TNE", 1, 100);
    post("2012-02-11", "BORDER_GATE_TRANSFER", "KGM", 5, 50);
  }

  @Test
  void monthAgainstTheSameMonthAYearEarlier() {
    given()
        .queryParam("from", "2012-02")
        .queryParam("to", "2012-02")
        .queryParam("groupBy", "gate,flow")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(200)
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'EXPORT' }.valueUsd",
            equalTo(500.00f))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'EXPORT' }.previousValueUsd",
            equalTo(400.00f))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'EXPORT' }.changePct",
            equalTo(25.00f))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'EXPORT' }.quantity",
            equalTo(50.000f))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'EXPORT' }.unit",
            equalTo("KGM"))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'IMPORT' }.valueUsd",
            equalTo(0.00f))
        .body(
            "rows.find { it.group.gate == 'XIN_MAN' && it.group.flow == 'IMPORT' }.previousValueUsd",
            equalTo(1000.00f))
        .body("total.valueUsd", equalTo(550.00f))
        .body("total.previousValueUsd", equalTo(1400.00f));
  }

  @Test
  void yearToDateByFlowIncludesTransfersInTheTotal() {
    given()
        .queryParam("year", 2012)
        .queryParam("month", 3)
        .get("/api/v1/border-trade/turnover/ytd")
        .then()
        .statusCode(200)
        .body("byFlow.find { it.group.flow == 'EXPORT' }.valueUsd", equalTo(600.00f))
        .body("byFlow.find { it.group.flow == 'EXPORT' }.changePct", equalTo(50.00f))
        .body("byFlow.find { it.group.flow == 'EXPORT' }.quantity", nullValue())
        .body("byFlow.find { it.group.flow == 'IMPORT' }.changePct", equalTo(-100.00f))
        .body("byFlow.find { it.group.flow == 'BORDER_GATE_TRANSFER' }.valueUsd", equalTo(50.00f))
        .body("total.valueUsd", equalTo(650.00f))
        .body("total.changePct", equalTo(-53.57f));
  }

  @Test
  void byMonthLinesUpWithTheSameMonthAYearEarlier() {
    given()
        .queryParam("from", "2012-01")
        .queryParam("to", "2012-03")
        .queryParam("groupBy", "month")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(200)
        .body("rows.find { it.group.month == '2012-02' }.previousValueUsd", equalTo(1400.00f));
  }

  @Test
  void theSummaryIsTheYearToDateThroughTheLatestMonthWithTurnover() {
    var decimals =
        io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
            .numberReturnType(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    var summary = given().get("/api/v1/border-trade/summary").then().statusCode(200).extract();
    String latest = summary.jsonPath().getString("latestMonth");
    assertThat(latest).matches("\\d{4}-\\d{2}");
    var ytd =
        given()
            .queryParam("year", Integer.parseInt(latest.substring(0, 4)))
            .queryParam("month", Integer.parseInt(latest.substring(5)))
            .get("/api/v1/border-trade/turnover/ytd")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath(decimals);
    var s = summary.jsonPath(decimals);
    assertThat((Object) s.get("ytdValueUsd")).isEqualTo(ytd.get("total.valueUsd"));
    assertThat((Object) s.get("ytdChangePct")).isEqualTo(ytd.get("total.changePct"));
    assertThat((Object) s.get("ytdExportsUsd"))
        .isEqualTo(ytd.get("byFlow.find { it.group.flow == 'EXPORT' }.valueUsd"));
    assertThat((Object) s.get("ytdExportsChangePct"))
        .isEqualTo(ytd.get("byFlow.find { it.group.flow == 'EXPORT' }.changePct"));
  }

  @Test
  void invalidQueriesAreExplained() {
    given()
        .queryParam("from", "2012-13")
        .queryParam("to", "2012-12")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("from", "2012-05")
        .queryParam("to", "2012-01")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(422);
    given()
        .queryParam("from", "2012-01")
        .queryParam("to", "2012-02")
        .queryParam("groupBy", "colour")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(422)
        .body("errors[0].rejectedValue", equalTo("colour"));
    given()
        .queryParam("year", 2012)
        .queryParam("month", 13)
        .get("/api/v1/border-trade/turnover/ytd")
        .then()
        .statusCode(422);
  }
}
