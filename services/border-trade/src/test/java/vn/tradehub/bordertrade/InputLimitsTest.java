package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

/** The bounds the OpenAPI document declares (maxLength, maximum) are answered through HTTP. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class InputLimitsTest {
  @Inject AgroalDataSource ds;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void aTooLongFieldOfALineIs422NamingIt() {
    var line = Lines.with(Lines.line(), "description", "x".repeat(501));
    given()
        .contentType("application/json")
        .body(line)
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("description"));
    var longCurrency =
        Lines.with(Lines.line(), "value", java.util.Map.of("amount", 10, "currency", "USDOLLAR"));
    given()
        .contentType("application/json")
        .body(longCurrency)
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("value.currency"));
    assertThat(stored((String) line.get("declarationNumber"))).isZero();
  }

  @Test
  void aTooLongFieldInABatchRowIsReportedWithItsRow() {
    String decl = Lines.newDeclaration();
    var ok = Lines.line("THANH_THUY", decl, 1, "2020-03-05");
    var tooLong =
        Lines.with(Lines.line("THANH_THUY", decl, 2, "2020-03-05"), "description", "y".repeat(600));
    given()
        .contentType("application/json")
        .body(List.of(ok, tooLong))
        .post("/api/v1/border-trade/shipments/batch")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/batch-rejected"))
        .body("errors[0].row", equalTo(2))
        .body("errors[0].field", equalTo("description"));
    assertThat(stored(decl)).isZero();
  }

  @Test
  void boundedParametersAre422NamingTheParameter() {
    given()
        .queryParam("gate", "G".repeat(41))
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("gate"));
    given()
        .queryParam("hsPrefix", "09x")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("hsPrefix"))
        .body("errors[0].message", containsString("2 to 10 digits"));
    given()
        .get("/api/v1/border-trade/gates/" + "G".repeat(41))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    given()
        .queryParam("year", 3000)
        .get("/api/v1/border-trade/turnover/ytd")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("year"));
    given()
        .queryParam("from", "2020-01")
        .queryParam("to", "2020-012")
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("to"));
  }

  private long stored(String declaration) {
    return Db.count(ds, "select count(*) from shipment where declaration_number = ?", declaration);
  }
}
