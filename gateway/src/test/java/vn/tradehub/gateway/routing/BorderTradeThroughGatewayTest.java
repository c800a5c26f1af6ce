package vn.tradehub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.security.ApiKeyStore;

/** Through the gateway to the real border-trade service: API keys, service tokens, gate scopes. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class BorderTradeThroughGatewayTest {
  @Inject ApiKeyStore keys;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static Map<String, Object> line(String gate, String declaration) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gateCode", gate);
    m.put("declarationNumber", declaration);
    m.put("lineNumber", 1);
    m.put("declaredOn", "2020-06-15");
    m.put("flow", "EXPORT");
    m.put("tradeForm", "OFFICIAL");
    m.put("hsCode", "09022090");
    m.put("description", "Chè Shan tuyết qua cổng API");
    m.put("quantity", 100);
    m.put("unit", "KGM");
    m.put("value", Map.of("amount", 450, "currency", "USD"));
    m.put("partnerCountry", "CN");
    m.put("transportMode", "ROAD");
    return m;
  }

  @Test
  void customsPostsThroughTheGatewayAndIdempotencyHolds() {
    String customs =
        "ApiKey "
            + keys.create("gw-customs", Set.of("CUSTOMS"), Set.of(), Set.of(), null, false, "test");
    Map<String, Object> body = line("THANH_THUY", "GW" + System.nanoTime());
    Response first =
        given()
            .header("Authorization", customs)
            .header("Idempotency-Key", "gw-" + body.get("declarationNumber"))
            .contentType("application/json")
            .body(body)
            .post("/api/v1/border-trade/shipments");
    first.then().statusCode(201).body("recordedBy", equalTo("gw-customs")).header("ETag", "\"0\"");
    given()
        .header("Authorization", customs)
        .header("Idempotency-Key", "gw-" + body.get("declarationNumber"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first.jsonPath().getString("id")));
    given()
        .header("Authorization", customs)
        .header("If-Match", "\"0\"")
        .delete(first.header("Location"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    String csv =
        given()
            .header("Authorization", customs)
            .accept("text/csv")
            .queryParam("from", "2020-06-15")
            .queryParam("to", "2020-06-15")
            .get("/api/v1/border-trade/shipments")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv)
        .contains((String) body.get("declarationNumber"))
        .contains("Chè Shan tuyết qua cổng API");
  }

  @Test
  void aGateKeyIsHeldToItsGate() {
    String gate =
        "ApiKey "
            + keys.create(
                "gw-gate-tt", Set.of("GATE"), Set.of("THANH_THUY"), Set.of(), null, false, "test");
    String customs =
        "ApiKey "
            + keys.create(
                "gw-customs-2", Set.of("CUSTOMS"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", gate)
        .contentType("application/json")
        .body(line("THANH_THUY", "GT" + System.nanoTime()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", gate)
        .contentType("application/json")
        .body(line("XIN_MAN", "GX" + System.nanoTime()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(403);
    String other =
        given()
            .header("Authorization", customs)
            .contentType("application/json")
            .body(line("XIN_MAN", "GC" + System.nanoTime()))
            .post("/api/v1/border-trade/shipments")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    given().header("Authorization", gate).get(other).then().statusCode(404);
  }

  @Test
  void credentialsAreCheckedAtTheGateway() {
    given()
        .contentType("application/json")
        .body(line("THANH_THUY", "NA" + System.nanoTime()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("ApiKey"));
    given()
        .header(
            "Authorization", "ApiKey th_notarealkey_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("ApiKey"));
    given()
        .header("Authorization", "ApiKey garbage")
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401);
    String revoked =
        keys.create("gw-revoked", Set.of("READER"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", "ApiKey " + revoked)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(200);
    keys.list().stream()
        .filter(k -> k.name().equals("gw-revoked"))
        .forEach(k -> keys.revoke(k.id()));
    given()
        .header("Authorization", "ApiKey " + revoked)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401);
    String expired =
        keys.create(
            "gw-expired",
            Set.of("READER"),
            Set.of(),
            Set.of(),
            OffsetDateTime.now().minusMinutes(1),
            false,
            "test");
    given()
        .header("Authorization", "ApiKey " + expired)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401);
    String demo = keys.create("gw-demo", Set.of("ADMIN"), Set.of(), Set.of(), null, true, "test");
    given()
        .header("Authorization", "ApiKey " + demo)
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(401); // demo keys: local demo only
    String reader =
        "ApiKey "
            + keys.create("gw-reader", Set.of("READER"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", reader)
        .contentType("application/json")
        .body(line("THANH_THUY", "RD" + System.nanoTime()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(403);
  }

  @Test
  void theServiceReachedDirectlyWithoutATokenIs401() {
    given()
        .baseUri(GatewayTestResource.borderTrade.url())
        .port(GatewayTestResource.borderTrade.port())
        .contentType("application/json")
        .body(line("THANH_THUY", "DI" + System.nanoTime()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(401);
  }

  @Test
  void overviewIsPartialWhenAServiceIsDown() {
    GatewayTestResource.industry.on(
        "/api/v1/industry/summary",
        req ->
            req.response()
                .putHeader("Content-Type", "application/json")
                .end("{\"latestPeriod\":\"2021-12\"}"));
    String reader =
        "ApiKey "
            + keys.create("gw-overview", Set.of("READER"), Set.of(), Set.of(), null, false, "test");
    given()
        .header("Authorization", reader)
        .get("/api/v1/province/overview")
        .then()
        .statusCode(200)
        .header("X-Aggregation-Completed", "false")
        .body("parts.industry.latestPeriod", equalTo("2021-12"))
        .body("parts.'border-trade'", org.hamcrest.Matchers.notNullValue())
        .body("missing[0].service", equalTo("commerce"));
  }
}
