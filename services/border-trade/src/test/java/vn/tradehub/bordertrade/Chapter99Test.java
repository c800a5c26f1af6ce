package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * HS chapter 99 is a statistical code of UN Comtrade: no declaration line may carry it, however it
 * arrives, and the HS lookup says so.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class Chapter99Test {
  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void aPostAnAmendmentAndABatchRowAreRefused() {
    Shipments.post(Lines.with(Lines.line(), "hsCode", "99999999"))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("hsCode"))
        .body("errors[0].message", containsString("statistical code of UN Comtrade"));

    var line = Lines.line();
    String location = Shipments.post(line).then().statusCode(201).extract().header("Location");
    Shipments.amend(location, 0, Lines.with(line, "hsCode", "999999"))
        .statusCode(422)
        .body("errors[0].field", equalTo("hsCode"))
        .body("errors[0].message", containsString("chapter 99"));

    String decl = Lines.newDeclaration();
    Shipments.postBatch(
            List.of(
                Lines.line("THANH_THUY", decl, 1, "2020-03-05"),
                Lines.with(
                    Lines.line("THANH_THUY", decl, 2, "2020-03-05"), "hsCode", "9999990001")))
        .statusCode(422)
        .body("errors[0].row", equalTo(2))
        .body("errors[0].field", equalTo("hsCode"))
        .body("errors[0].message", containsString("chapter 99"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void theLookupSaysChapter99IsNotDeclarable() {
    given()
        .get("/api/v1/border-trade/hs/999999")
        .then()
        .statusCode(200)
        .body("declarable", equalTo(false))
        .body("note", containsString("statistical code of UN Comtrade"))
        .body("chapter.code", equalTo("99"))
        .body("section", nullValue());
    given()
        .get("/api/v1/border-trade/hs/09022090")
        .then()
        .statusCode(200)
        .body("declarable", equalTo(true))
        .body("note", nullValue());
  }
}
