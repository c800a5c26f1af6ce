package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReferenceDataTest {

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void seededGatesOfHaGiang() {
    given()
        .get("/api/v1/border-trade/gates")
        .then()
        .statusCode(200)
        .body(
            "code",
            hasItems(
                "THANH_THUY", "XIN_MAN", "PHO_BANG", "SAM_PUN", "NGHIA_THUAN", "CHO_THANH_THUY"))
        .body("find { it.code == 'THANH_THUY' }.nameVi", equalTo("Cửa khẩu quốc tế Thanh Thủy"))
        .body("find { it.code == 'THANH_THUY' }.kind", equalTo("INTERNATIONAL"))
        .body("find { it.code == 'THANH_THUY' }.pairedGate", equalTo("Thiên Bảo (Tianbao)"))
        .body("find { it.code == 'SAM_PUN' }.district", equalTo("Mèo Vạc"))
        .body("find { it.code == 'NGHIA_THUAN' }.kind", equalTo("OPENING"))
        .body("find { it.code == 'CHO_THANH_THUY' }.kind", equalTo("BORDER_MARKET"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void adminCreatesUpdatesAndRetiresAGate() {
    Map<String, Object> gate =
        new java.util.HashMap<>(
            Map.of(
                "code",
                "TEST_GATE",
                "nameVi",
                "Lối mở Thử Nghiệm",
                "nameEn",
                "Test opening",
                "kind",
                "OPENING",
                "district",
                "Yên Minh",
                "validFrom",
                "2018-01-01"));
    given()
        .contentType("application/json")
        .body(gate)
        .post("/api/v1/border-trade/gates")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"");
    given()
        .contentType("application/json")
        .body(gate)
        .post("/api/v1/border-trade/gates")
        .then()
        .statusCode(409);
    gate.put("nameEn", "Test border opening");
    given()
        .contentType("application/json")
        .body(gate)
        .put("/api/v1/border-trade/gates/TEST_GATE")
        .then()
        .statusCode(428);
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(gate)
        .put("/api/v1/border-trade/gates/TEST_GATE")
        .then()
        .statusCode(200)
        .body("nameEn", equalTo("Test border opening"));
    given()
        .header("If-Match", "\"1\"")
        .queryParam("on", "2019-06-30")
        .delete("/api/v1/border-trade/gates/TEST_GATE")
        .then()
        .statusCode(200)
        .body("validTo", equalTo("2019-06-30"));
    given()
        .get("/api/v1/border-trade/gates/TEST_GATE/revisions")
        .then()
        .statusCode(200)
        .body("change", hasItems("CREATED", "AMENDED", "RETIRED"));
    given()
        .contentType("application/json")
        .body(Lines.line("TEST_GATE", Lines.newDeclaration(), 1, "2019-07-01"))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("declaredOn"));
    given()
        .contentType("application/json")
        .body(Lines.line("TEST_GATE", Lines.newDeclaration(), 1, "2019-06-30"))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void exchangeRatesAreAdminPostedAndMayNotOverlap() {
    Map<String, Object> rate =
        Map.of(
            "currency",
            "THB",
            "unitsPerUsd",
            33.5,
            "validFrom",
            "2020-01-01",
            "validTo",
            "2020-01-31",
            "source",
            "test");
    given()
        .contentType("application/json")
        .body(rate)
        .post("/api/v1/border-trade/exchange-rates")
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(rate)
        .post("/api/v1/border-trade/exchange-rates")
        .then()
        .statusCode(409);
    given()
        .queryParam("currency", "THB")
        .get("/api/v1/border-trade/exchange-rates")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1));
    given()
        .contentType("application/json")
        .body(
            Lines.with(
                Lines.with(Lines.line(), "value", Map.of("amount", 3350, "currency", "THB")),
                "declaredOn",
                "2020-01-15"))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201)
        .body("valueUsd", equalTo(100.00f))
        .body("exchangeRate.source", equalTo("test"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void hsLookupGivesHeadingChapterAndSection() {
    given()
        .get("/api/v1/border-trade/hs/09022090")
        .then()
        .statusCode(200)
        .body("subheading.code", equalTo("090220"))
        .body("heading.code", equalTo("0902"))
        .body("chapter.code", equalTo("09"))
        .body("section.code", equalTo("II"))
        .body("section.description", equalTo("Vegetable products"));
    given().get("/api/v1/border-trade/hs/77777711").then().statusCode(404);
    given().get("/api/v1/border-trade/hs/12ab").then().statusCode(422);
  }

  @Test
  void writesNeedAnIdentity() {
    given()
        .contentType("application/json")
        .body(Lines.line())
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(401);
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aReaderCannotWrite() {
    given()
        .contentType("application/json")
        .body(Lines.line())
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(403);
    given()
        .contentType("application/json")
        .body(Map.of("currency", "THB"))
        .post("/api/v1/border-trade/exchange-rates")
        .then()
        .statusCode(403);
  }
}
