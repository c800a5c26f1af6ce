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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    Shipments.post(line)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("description"));
    var longCurrency =
        Lines.with(Lines.line(), "value", Map.of("amount", 10, "currency", "USDOLLAR"));
    Shipments.post(longCurrency)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("value.currency"));
    assertThat(Shipments.stored(ds, line.get("declarationNumber"))).isZero();
  }

  @Test
  void aTooLongFieldInABatchRowIsReportedWithItsRow() {
    String decl = Lines.newDeclaration();
    var ok = Lines.line("THANH_THUY", decl, 1, "2020-03-05");
    var tooLong =
        Lines.with(Lines.line("THANH_THUY", decl, 2, "2020-03-05"), "description", "y".repeat(600));
    Shipments.postBatch(List.of(ok, tooLong))
        .statusCode(422)
        .body("type", equalTo("/problems/batch-rejected"))
        .body("errors[0].row", equalTo(2))
        .body("errors[0].field", equalTo("description"));
    assertThat(Shipments.stored(ds, decl)).isZero();
  }

  @Test
  void boundedParametersAre422NamingTheParameter() {
    refused(Shipments.PATH, Map.of("gate", "G".repeat(41)), "gate")
        .contentType("application/problem+json");
    refused(Shipments.PATH, Map.of("hsPrefix", "09x"), "hsPrefix")
        .body("errors[0].message", containsString("2 to 10 digits"));
    refused("/api/v1/border-trade/gates/" + "G".repeat(41), Map.of(), "code");
    refused("/api/v1/border-trade/turnover/ytd", Map.of("year", 3000), "year");
    refused("/api/v1/border-trade/turnover", Map.of("from", "2020-01", "to", "2020-012"), "to");
  }

  /** A GET with a parameter out of its declared bounds: 422, naming that parameter first. */
  private static ValidatableResponse refused(String path, Map<String, ?> query, String field) {
    return given()
        .queryParams(query)
        .get(path)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo(field));
  }
}
