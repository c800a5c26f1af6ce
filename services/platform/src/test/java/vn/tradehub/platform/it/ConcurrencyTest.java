package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ConcurrencyTest {

  @Test
  void ifMatchIsRequiredAndMustBeCurrent() {
    var created =
        given().contentType("application/json").body("{\"name\":\"etag\"}").post("/api/v1/widgets");
    created.then().statusCode(201).header("ETag", "\"0\"");
    String location = created.header("Location");

    given()
        .contentType("application/json")
        .body("{\"name\":\"no-precondition\"}")
        .put(location)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("status", equalTo(428));

    given()
        .contentType("application/json")
        .header("If-Match", "\"7\"")
        .body("{\"name\":\"stale\"}")
        .put(location)
        .then()
        .statusCode(412)
        .header("ETag", "\"0\"")
        .body("type", equalTo("/problems/precondition-failed"));

    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"name\":\"renamed\"}")
        .put(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("renamed"));

    // The version moved on: the old ETag is stale now.
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"name\":\"lost update\"}")
        .put(location)
        .then()
        .statusCode(412);
    given()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("renamed"));
  }
}
