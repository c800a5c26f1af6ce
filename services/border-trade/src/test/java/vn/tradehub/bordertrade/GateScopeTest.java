package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.testing.TestKeys;

/**
 * Object-level authorisation, with real gateway tokens: a client scoped to Thanh Thủy cannot post,
 * amend, cancel, list, export or read the lines of another gate (403 for writes, 404 for reads),
 * and readers do not see who posted a line.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class GateScopeTest {
  private static final String THANH_THUY_GATE =
      "Bearer " + TestKeys.serviceToken("gate-thanh-thuy", Set.of("GATE"), Set.of("THANH_THUY"));
  private static final String CUSTOMS =
      "Bearer " + TestKeys.serviceToken("customs-ha-giang", Set.of("CUSTOMS"), Set.of());
  private static final String READER =
      "Bearer " + TestKeys.serviceToken("dashboard", Set.of("READER"), Set.of());

  @Inject AgroalDataSource ds;

  private static Response post(String auth, Object body, String path) {
    return given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body(body)
        .post(path);
  }

  /** A signed customs token from this issuer, for this audience, expiring after {@code ttl}. */
  private static String customsToken(String issuer, String audience, java.time.Duration ttl) {
    return TestKeys.claims("x", Set.of("CUSTOMS"), Set.of(), issuer, audience, ttl)
        .sign(TestKeys.privateKey());
  }

  @Test
  void aGateClientWorksOnItsOwnGateOnly() {
    Map<String, Object> own = Lines.line("THANH_THUY", Lines.newDeclaration(), 1, "2018-02-02");
    Map<String, Object> other = Lines.line("XIN_MAN", Lines.newDeclaration(), 1, "2018-02-02");
    post(THANH_THUY_GATE, own, "/api/v1/border-trade/shipments")
        .then()
        .statusCode(201)
        .body("recordedBy", equalTo("gate-thanh-thuy"));
    post(THANH_THUY_GATE, other, "/api/v1/border-trade/shipments")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    post(
            THANH_THUY_GATE,
            List.of(Lines.with(own, "lineNumber", 2), other),
            "/api/v1/border-trade/shipments/batch")
        .then()
        .statusCode(403)
        .body("errors[0].row", equalTo(2))
        .body("errors[0].field", equalTo("gateCode"));
    assertThat(
            Db.count(
                ds,
                "select count(*) from shipment where declaration_number = ?",
                own.get("declarationNumber")))
        .isEqualTo(1);

    Response customs = post(CUSTOMS, other, "/api/v1/border-trade/shipments");
    customs.then().statusCode(201);
    String foreign = customs.header("Location");
    given().header("Authorization", THANH_THUY_GATE).get(foreign).then().statusCode(404);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .get(foreign + "/revisions")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(other)
        .put(foreign)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .header("If-Match", "\"0\"")
        .delete(foreign)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .queryParam("gate", "XIN_MAN")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .accept("text/csv")
        .queryParam("gate", "XIN_MAN")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", THANH_THUY_GATE)
        .queryParam("from", "2018-02-01")
        .queryParam("to", "2018-02-28")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(200)
        .body("items.gateCode", everyItem(equalTo("THANH_THUY")));
    // Its own gate named, page after page: still only its lines.
    post(THANH_THUY_GATE, Lines.with(own, "lineNumber", 3), "/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
    Response first =
        given()
            .header("Authorization", THANH_THUY_GATE)
            .queryParam("gate", "THANH_THUY")
            .queryParam("limit", 1)
            .get("/api/v1/border-trade/shipments");
    first.then().statusCode(200).body("items.gateCode", everyItem(equalTo("THANH_THUY")));
    given()
        .header("Authorization", THANH_THUY_GATE)
        .get(first.jsonPath().getString("next"))
        .then()
        .statusCode(200)
        .body("items.gateCode", everyItem(equalTo("THANH_THUY")));
    String csv =
        given()
            .header("Authorization", THANH_THUY_GATE)
            .accept("text/csv")
            .queryParam("from", "2018-02-01")
            .queryParam("to", "2018-02-28")
            .get("/api/v1/border-trade/shipments")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).doesNotContain("XIN_MAN").contains("THANH_THUY");
  }

  @Test
  void readersSeeFiguresNotAuthors() {
    Response created = post(CUSTOMS, Lines.line(), "/api/v1/border-trade/shipments");
    given()
        .header("Authorization", READER)
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("$", not(hasKey("recordedBy")));
    given()
        .header("Authorization", READER)
        .get(created.header("Location") + "/revisions")
        .then()
        .statusCode(200)
        .body("[0]", not(hasKey("changedBy")));
    post(READER, Lines.line(), "/api/v1/border-trade/shipments").then().statusCode(403);
  }

  @Test
  void tokensNotMintedByTheGatewayAreRefused() {
    String direct = "/api/v1/border-trade/shipments";
    given()
        .contentType("application/json")
        .body(Lines.line())
        .post(direct)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer"))
        .contentType("application/problem+json");
    String wrongIssuer =
        customsToken("https://evil.example", "tradehub-services", java.time.Duration.ofMinutes(5));
    String wrongAudience =
        customsToken("urn:tradehub:gateway", "someone-else", java.time.Duration.ofMinutes(5));
    String expired =
        customsToken(
            "urn:tradehub:gateway", "tradehub-services", java.time.Duration.ofSeconds(-600));
    String unsigned =
        CUSTOMS
            .substring(7, CUSTOMS.lastIndexOf('.') + 1)
            .replaceFirst(
                "^[^.]+",
                java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()));
    String forged =
        CUSTOMS.substring(0, CUSTOMS.length() - 4) + (CUSTOMS.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (String token :
        List.of(
            "Bearer " + wrongIssuer,
            "Bearer " + wrongAudience,
            "Bearer " + expired,
            "Bearer " + unsigned,
            forged,
            "Bearer not-a-token")) {
      post(token, Lines.line(), direct)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }
}
