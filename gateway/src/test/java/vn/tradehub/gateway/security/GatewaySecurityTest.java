package vn.tradehub.gateway.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.routing.GatewayTestResource;
import vn.tradehub.platform.testing.TestKeys;

/** Single sign-on tokens, key administration, CORS and the audit trail, end to end. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewaySecurityTest {
  @Inject ApiKeyStore keys;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static String sso(String issuer, String audience, Duration life) {
    return "Bearer "
        + TestKeys.claims(
                "nguyen.van.a@sct.hagiang.gov.vn",
                Set.of("READER"),
                Set.of(),
                issuer,
                audience,
                life)
            .sign(TestKeys.privateKey());
  }

  @Test
  void singleSignOnTokensAreAcceptedOnlyFromTheConfiguredIssuer() {
    given()
        .header(
            "Authorization", sso("urn:tradehub:province-sso", "tradehub", Duration.ofMinutes(5)))
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("THANH_THUY"));
    for (String bad :
        new String[] {
          sso("https://evil.example", "tradehub", Duration.ofMinutes(5)),
          sso("urn:tradehub:province-sso", "someone-else", Duration.ofMinutes(5)),
          sso("urn:tradehub:province-sso", "tradehub", Duration.ofSeconds(-600)),
          // the gateway's own service token is not a way in
          "Bearer " + TestKeys.serviceToken("x", Set.of("ADMIN"), Set.of())
        }) {
      given()
          .header("Authorization", bad)
          .get("/api/v1/border-trade/gates")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Test
  void adminsCreateRotateAndRevokeKeysAndTheKeyIsShownOnce() {
    String admin =
        "ApiKey "
            + keys.create("sec-admin", Set.of("ADMIN"), Set.of(), Set.of(), null, false, "test");
    var created =
        given()
            .header("Authorization", admin)
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    "gate-sam-pun",
                    "roles",
                    new String[] {"GATE"},
                    "gates",
                    new String[] {"SAM_PUN"}))
            .post("/api/v1/province/api-keys");
    created
        .then()
        .statusCode(201)
        .body("key", org.hamcrest.Matchers.startsWith("th_"))
        .body("gates", hasItem("SAM_PUN"));
    String key = created.jsonPath().getString("key");
    String id = created.jsonPath().getString("id");
    given()
        .header("Authorization", admin)
        .get("/api/v1/province/api-keys")
        .then()
        .statusCode(200)
        .body("find { it.name == 'gate-sam-pun' }.key", nullValue())
        .body("find { it.name == 'gate-sam-pun' }.keyHash", nullValue());
    given()
        .header("Authorization", "ApiKey " + key)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(200);
    String rotated =
        given()
            .header("Authorization", admin)
            .post("/api/v1/province/api-keys/" + id + "/rotate")
            .then()
            .statusCode(201)
            .extract()
            .path("key");
    given()
        .header("Authorization", "ApiKey " + key)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", "ApiKey " + rotated)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", admin)
        .contentType("application/json")
        .body(Map.of("name", "bad", "roles", new String[] {"GATE"}))
        .post("/api/v1/province/api-keys")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("gates"));
    // the limits the document declares are enforced: name maxLength 100, gates maxItems 50
    given()
        .header("Authorization", admin)
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                "k".repeat(101),
                "roles",
                new String[] {"GATE"},
                "gates",
                java.util.Collections.nCopies(51, "SAM_PUN")))
        .post("/api/v1/province/api-keys")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "gates"));
    // an empty body is 400, a body that is not an object of the right shape 4xx, never 500
    given()
        .header("Authorization", admin)
        .contentType("application/json")
        .post("/api/v1/province/api-keys")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", admin)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/province/api-keys")
        .then()
        .statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "roles"));
    String reader =
        "ApiKey "
            + keys.create("sec-reader", Set.of("READER"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", reader)
        .get("/api/v1/province/api-keys")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void corsAllowsOnlyConfiguredOrigins() {
    given()
        .header("Origin", "http://localhost:8080")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/province/overview")
        .then()
        .header("Access-Control-Allow-Origin", "http://localhost:8080");
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/province/overview")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void everyWriteIsInTheServicesAuditTrail() {
    String customs =
        "ApiKey "
            + keys.create(
                "sec-audited", Set.of("CUSTOMS"), Set.of(), Set.of(), null, false, "test");
    String admin =
        "ApiKey "
            + keys.create("sec-auditor", Set.of("ADMIN"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", customs)
        .header("X-Request-Id", "audit-me-42")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", admin)
                    .queryParam("principal", "sec-audited")
                    .get("/api/v1/border-trade/audit")
                    .then()
                    .statusCode(200)
                    .body(
                        "items.find { it.requestId == 'audit-me-42' }.outcome", equalTo("REJECTED"))
                    .body("items.find { it.requestId == 'audit-me-42' }.method", equalTo("POST"))
                    .body("items.find { it.requestId == 'audit-me-42' }.status", equalTo(422))
                    .body(
                        "items.find { it.requestId == 'audit-me-42' }.remote",
                        org.hamcrest.Matchers.notNullValue()));
    given()
        .header("Authorization", customs)
        .get("/api/v1/border-trade/audit")
        .then()
        .statusCode(403);
  }
}
