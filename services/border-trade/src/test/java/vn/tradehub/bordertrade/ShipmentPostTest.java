package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class ShipmentPostTest {
  @Inject AgroalDataSource ds;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void createsTheLineWithServerOwnedFields() {
    Map<String, Object> line = Lines.line();
    Response r = Shipments.post(line);
    r.then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/border-trade/shipments/"))
        .header("ETag", "\"0\"")
        .body("id", notNullValue())
        .body("description", equalTo("Chè xanh Shan tuyết đóng bao 30kg – loại đặc biệt"))
        .body("valueUsd", equalTo(54000.00f))
        .body("exchangeRate.unitsPerUsd", equalTo(1.0f))
        .body("exchangeRate.source", equalTo("identity"))
        .body("status", equalTo("RECORDED"))
        .body("version", equalTo(0))
        .body("recordedBy", equalTo("customs-ha-giang"));
    given()
        .get(r.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("description", equalTo("Chè xanh Shan tuyết đóng bao 30kg – loại đặc biệt"));
  }

  @Test
  void convertsWithTheRateValidOnTheDeclarationDate() {
    Map<String, Object> line =
        Lines.with(Lines.line(), "value", Map.of("amount", 1000000000, "currency", "VND"));
    Response r = Shipments.post(line);
    r.then().statusCode(201).body("exchangeRate.source", containsString("2020-03"));
    double rate = r.jsonPath().getDouble("exchangeRate.unitsPerUsd");
    assertThat(r.jsonPath().getDouble("valueUsd"))
        .isCloseTo(1_000_000_000 / rate, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void identicalRepostReplaysAndDifferentContentIsAConflict() {
    Map<String, Object> line = Lines.line();
    Response first = Shipments.post(line);
    first.then().statusCode(201);
    Shipments.post(line)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", first.header("Location"))
        .body("id", equalTo(first.jsonPath().getString("id")));
    Shipments.post(Lines.with(line, "quantity", 13000))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .header("Location", first.header("Location"));
    assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isEqualTo(1);
  }

  @Test
  void idempotencyKeyIsHonoured() {
    Map<String, Object> line = Lines.line();
    given()
        .contentType("application/json")
        .header("Idempotency-Key", "k-" + line.get("declarationNumber"))
        .body(line)
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .header("Idempotency-Key", "k-" + line.get("declarationNumber"))
        .body(Lines.with(line, "lineNumber", 2))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/idempotency-key-reused"));
  }

  @Test
  void hundredConcurrentPostsOfOneLineStoreExactlyOne() throws Exception {
    Map<String, Object> line = Lines.line();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Response>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) futures.add(pool.submit(() -> Shipments.post(line)));
      List<String> ids = new ArrayList<>();
      for (Future<Response> f : futures) {
        Response r = f.get();
        assertThat(r.statusCode()).isEqualTo(201);
        ids.add(r.jsonPath().getString("id"));
      }
      assertThat(ids.stream().distinct()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isEqualTo(1);
    assertThat(
            Db.count(
                ds,
                "select count(*) from outbox where payload->'shipment'->>'declarationNumber' = ?",
                line.get("declarationNumber")))
        .isEqualTo(1);
  }

  @Test
  void serverOwnedFieldsAreRefused() {
    for (String field :
        List.of(
            "id", "valueUsd", "exchangeRate", "status", "version", "recordedAt", "recordedBy")) {
      Map<String, Object> line = Lines.with(Lines.line(), field, "x");
      Shipments.post(line)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field));
      assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isZero();
    }
  }

  @Test
  void everyInvalidFieldIsListedAndNothingIsStored() {
    Map<String, Object> line =
        new LinkedHashMap<>(Lines.line("NO_SUCH_GATE", Lines.newDeclaration(), 1, "2020-03-05"));
    line.put("hsCode", "77777711");
    line.put("quantity", 0);
    line.put("partnerCountry", "XX");
    line.put("value", Map.of("amount", -5, "currency", "USD"));
    Shipments.post(line)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("gateCode"))
        .body("errors.field", hasItem("hsCode"))
        .body("errors.field", hasItem("quantity"))
        .body("errors.field", hasItem("partnerCountry"))
        .body("errors.field", hasItem("value.amount"));
    assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isZero();
  }

  @Test
  void eachRuleHasItsOwnAnswer() {
    expectError(
        Lines.with(Lines.line(), "gateCode", "NOWHERE"), 422, "gateCode", "unknown border gate");
    expectError(
        Lines.with(Lines.line(), "hsCode", "77777711"), 422, "hsCode", "not an HS subheading");
    expectError(Lines.with(Lines.line(), "hsCode", "0902"), 422, "hsCode", "6 to 10 digits");
    expectError(Lines.with(Lines.line(), "unit", "BUCKET"), 400, "unit", "one of");
    expectError(Lines.with(Lines.line(), "quantity", -1), 422, "quantity", "greater than 0");
    expectError(Lines.with(Lines.line(), "quantity", 0), 422, "quantity", "greater than 0");
    // Nghĩa Thuận opened on 2015-06-01.
    expectError(
        Lines.line("NGHIA_THUAN", Lines.newDeclaration(), 1, "2014-12-31"),
        422,
        "declaredOn",
        "outside the validity");
    expectError(
        Lines.with(Lines.line(), "declaredOn", "2999-01-01"), 422, "declaredOn", "in the future");
    expectError(
        Lines.with(Lines.line(), "value", Map.of("amount", 10, "currency", "EUR")),
        422,
        "value.currency",
        "no exchange rate for EUR valid on 2020-03-05");
    expectError(Lines.with(Lines.line(), "flow", "SMUGGLING"), 400, "flow", "one of");
    expectError(Lines.with(Lines.line(), "declaredOn", "05/03/2020"), 400, "declaredOn", "date");
  }

  private void expectError(Map<String, Object> line, int status, String field, String message) {
    Shipments.post(line)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isZero();
  }
}
