package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Every kind of error answers with the same RFC 9457 shape. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ProblemsTest {

  private static ValidatableResponse isProblem(ValidatableResponse r, int status) {
    return r.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("title", notNullValue())
        .body("type", notNullValue())
        .body("requestId", notNullValue())
        .header("X-Request-Id", notNullValue());
  }

  @Test
  void unknownRoute() {
    isProblem(given().get("/api/v1/nothing-here").then(), 404)
        .body("instance", equalTo("/api/v1/nothing-here"));
  }

  @Test
  void unknownId() {
    isProblem(given().get("/api/v1/widgets/" + java.util.UUID.randomUUID()).then(), 404)
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void methodNotAllowed() {
    isProblem(given().delete("/api/v1/widgets").then(), 405);
  }

  @Test
  void validationListsEveryField() {
    isProblem(
            given()
                .contentType("application/json")
                .body("{\"name\":\"\",\"colour\":\"RED\"}")
                .post("/api/v1/widgets")
                .then(),
            422)
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("colour"))
        .body("errors.find { it.field == 'colour' }.rejectedValue", equalTo("RED"));
  }

  @Test
  void malformedJson() {
    isProblem(
            given()
                .contentType("application/json")
                .body("{\"name\": ")
                .post("/api/v1/widgets")
                .then(),
            400)
        .body("type", equalTo("/problems/malformed-request"));
  }

  @Test
  void wrongTypeNamesTheField() {
    isProblem(
            given()
                .contentType("application/json")
                .body("{\"name\":\"x\",\"hold\":\"maybe\"}")
                .post("/api/v1/widgets")
                .then(),
            400)
        .body("errors[0].field", equalTo("hold"));
  }

  @Test
  void unknownOrServerOwnedFieldIsRefused() {
    isProblem(
            given()
                .contentType("application/json")
                .body("{\"name\":\"x\",\"version\":9}")
                .post("/api/v1/widgets")
                .then(),
            400)
        .body("errors[0].field", equalTo("version"));
  }

  @Test
  void wrongMediaType() {
    isProblem(given().contentType("text/plain").body("name=x").post("/api/v1/widgets").then(), 415);
  }

  @Test
  void bodyTooLarge() {
    String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
    isProblem(given().contentType("application/json").body(big).post("/api/v1/widgets").then(), 413)
        .body("type", equalTo("/problems/payload-too-large"));
  }

  @Test
  void unexpectedErrorHidesInternalsButCarriesTheRequestId() {
    isProblem(
            given().header("X-Request-Id", "trace-me-123").get("/api/v1/widgets/boom").then(), 500)
        .header("X-Request-Id", "trace-me-123")
        .body("requestId", equalTo("trace-me-123"))
        .body(not(containsString("select")))
        .body(not(containsString("Exception")))
        .body(not(containsString("at vn.")));
  }
}
