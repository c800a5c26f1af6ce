package vn.tradehub.gateway.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class PlanTest {
  static final String PLAN =
      "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":7.5,\"unit\":\"%\"},"
          + "{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":300,\"unit\":\"million USD\"}]}";

  /** PUT /api/v1/province/plans/{territory}/{year} with a JSON body. */
  static ValidatableResponse putPlan(String territoryAndYear, String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .when()
        .put("/api/v1/province/plans/" + territoryAndYear)
        .then();
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void the2021PlanIsSeeded() {
    given()
        .when()
        .get("/api/v1/province/plans/02/2021")
        .then()
        .statusCode(200)
        .body("year", equalTo(2021))
        .body("targets", hasSize(4))
        .body(
            "targets.indicatorCode",
            containsInAnyOrder("IIP", "RETAIL_SALES", "BORDER_TURNOVER", "ELECTRIFICATION"))
        .body("targets.find { it.indicatorCode == 'IIP' }.kind", equalTo("GROWTH_PCT"))
        .body("targets.find { it.indicatorCode == 'IIP' }.value", equalTo(6.8f))
        .body("targets.find { it.indicatorCode == 'RETAIL_SALES' }.value", equalTo(10.8f))
        .body("targets.find { it.indicatorCode == 'BORDER_TURNOVER' }.kind", equalTo("ABSOLUTE"))
        .body("targets.find { it.indicatorCode == 'BORDER_TURNOVER' }.value", equalTo(270))
        .body("targets.find { it.indicatorCode == 'BORDER_TURNOVER' }.unit", equalTo("million USD"))
        .body("targets.find { it.indicatorCode == 'ELECTRIFICATION' }.value", equalTo(85))
        .body("targets.find { it.indicatorCode == 'ELECTRIFICATION' }.unit", equalTo("%"));
  }

  @Test
  @TestSecurity(user = "planner", roles = "ADMIN")
  void anAdminSetsAPlanAndReadsItBack() {
    putPlan("08/2041", PLAN)
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("year", equalTo(2041))
        .body("updatedBy", equalTo("planner"))
        .body("targets", hasSize(2));
    given()
        .when()
        .get("/api/v1/province/plans/08/2041")
        .then()
        .statusCode(200)
        .body("targets.indicatorCode", contains("BORDER_TURNOVER", "IIP"))
        .body("targets[1].value", equalTo(7.5f));
    // replaced whole, with the version read (428 without it)
    putPlan("08/2041", "{\"targets\":[]}").statusCode(428);
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(
            "{\"targets\":[{\"indicatorCode\":\"RETAIL_SALES\",\"kind\":\"GROWTH_PCT\",\"value\":9,\"unit\":\"%\"}]}")
        .when()
        .put("/api/v1/province/plans/08/2041")
        .then()
        .statusCode(200)
        .body("targets.indicatorCode", contains("RETAIL_SALES"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aReaderCannotSetAPlan() {
    putPlan("08/2042", PLAN).statusCode(403).contentType("application/problem+json");
    given()
        .when()
        .get("/api/v1/province/plans/08/2042")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void anonymousCallersGet401() {
    given()
        .when()
        .get("/api/v1/province/plans/02/2021")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    putPlan("02/2021", PLAN).statusCode(401);
  }

  @Test
  @TestSecurity(user = "planner", roles = "ADMIN")
  void invalidPlansAre422WithEveryField() {
    putPlan(
            "08/2043",
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},"
                + "{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":7,\"unit\":\"%\"},"
                + "{\"indicatorCode\":\"RETAIL_SALES\",\"kind\":\"GROWTH_PCT\",\"value\":7,\"unit\":\"million USD\"}]}")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("targets[1].indicatorCode", "targets[2].unit"));
    putPlan(
            "08/2043",
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"SOMETIMES\",\"value\":6.8,\"unit\":\"%\"}]}")
        .statusCode(400)
        .contentType("application/problem+json");
    putPlan(
            "08/2043",
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"unit\":\"%\"}]}")
        .statusCode(422)
        .contentType("application/problem+json");
    putPlan("08/1999", PLAN).statusCode(422);
  }

  @Test
  @TestSecurity(user = "planner", roles = "ADMIN")
  void theDocumentedLimitsAreEnforced() {
    // unit: maxLength 32 in the document
    putPlan(
            "08/2044",
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\""
                + "%".repeat(33)
                + "\"}]}")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("targets[0].unit"));
    // year: minimum 2000, maximum 2100 in the document
    given()
        .when()
        .get("/api/v1/province/plans/08/2101")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("year"))
        .body("errors[0].message", equalTo("must be less than or equal to 2100"));
    // a missing body is 400, not 500
    given()
        .contentType("application/json")
        .when()
        .put("/api/v1/province/plans/08/2044")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "planner", roles = "ADMIN")
  void plansArePerProvinceAcrossTheMerger() {
    // The 2025 plan of the merged province and Hà Giang's own are two plans.
    putPlan("08/2025", PLAN).statusCode(201).body("territory", equalTo("08@2025-07-01"));
    putPlan("02/2025", PLAN).statusCode(201).body("territory", equalTo("02@2025-06-30"));
    given().get("/api/v1/province/plans/08@2025-06-30/2025").then().statusCode(404);
    // A commune is not a province, and a territory must be a unit code.
    putPlan("00691/2026", PLAN).statusCode(422).body("errors[0].field", equalTo("territory"));
    given().get("/api/v1/province/plans/hagiang/2021").then().statusCode(422);
  }
}
