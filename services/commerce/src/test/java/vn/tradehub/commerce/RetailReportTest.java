package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.tradehub.commerce.Json.line;
import static vn.tradehub.commerce.Json.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
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

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  private static ValidatableResponse put(String path, String ifMatch, String body) {
    var req = given().contentType("application/json").body(body);
    if (ifMatch != null) req = req.header("If-Match", ifMatch);
    return req.put(BASE + path).then();
  }

  private static ValidatableResponse problem(ValidatableResponse r, int status) {
    return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void createThenReplaceWithIfMatch() {
    String body = report("ESTIMATED", line("RETAIL_GOODS", "NON_STATE", 41250000000L), line("TRAVEL", "NON_STATE", 310000000));
    put("MEO_VAC/2011-03", null, body)
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", "/api/v1/commerce/retail-reports/MEO_VAC/2011-03")
        .body("totalVnd", equalTo(41560000000L))
        .body("recordedBy", equalTo("statistics-office"))
        .body("lines", hasSize(2));

    // The same body again is a safe retry: 200, same version, no If-Match needed.
    put("MEO_VAC/2011-03", null, body).statusCode(200).header("ETag", "\"0\"");

    String revised = report("PRELIMINARY", line("RETAIL_GOODS", "NON_STATE", 41500000000L), line("TRAVEL", "NON_STATE", 310000000));
    problem(put("MEO_VAC/2011-03", null, revised), 428).body("type", equalTo("/problems/precondition-required"));
    problem(put("MEO_VAC/2011-03", "\"7\"", revised), 412).header("ETag", "\"0\"");
    put("MEO_VAC/2011-03", "\"0\"", revised).statusCode(200).header("ETag", "\"1\"").body("status", equalTo("PRELIMINARY"))
        .body("totalVnd", equalTo(41810000000L));
    // The old ETag is stale now.
    problem(put("MEO_VAC/2011-03", "\"0\"", body), 412);
    given().get(BASE + "MEO_VAC/2011-03").then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("PRELIMINARY"));
    // If-Match on a report that does not exist cannot match.
    problem(put("MEO_VAC/2011-04", "\"0\"", body), 412);
  }
}
