package vn.tradehub.gateway.geography;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.routing.GatewayTestResource;

/** The province's dated geography, read through the gateway. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
@TestSecurity(user = "reader", roles = "READER")
class GeographyTest {
  private static final String UNITS = "/api/v1/province/geography/units";

  /** GET a path under the units, which must answer 200. */
  static ValidatableResponse found(String path) {
    return given().get(UNITS + path).then().statusCode(200);
  }

  @Test
  void aReusedCodeNamesTheUnitOfTheDateAsked() {
    found("/00691?asOf=2025-06-30")
        .body("nameVi", equalTo("Phường Trần Phú"))
        .body("parentCode", equalTo("024"))
        .body("validTo", equalTo("2025-06-30"))
        .body("territory", equalTo("00691@2025-06-30"));
    found("/00691?asOf=2025-07-01")
        .body("nameVi", equalTo("Phường Hà Giang 2"))
        .body("nameEn", equalTo("Ward Ha Giang 2"))
        .body("parentCode", equalTo("08"))
        .body("validFrom", equalTo("2025-07-01"));
    given().get(UNITS + "/024?asOf=2026-01-01").then().statusCode(404);
    given().get(UNITS + "/024?asOf=yesterday").then().statusCode(400);
  }

  @Test
  void theNewProvinceHas124CommunesAndNoDistricts() {
    List<String> codes = new ArrayList<>();
    String next = UNITS + "?level=COMMUNE&parent=08&asOf=2026-01-01&limit=100";
    while (next != null) {
      JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
      codes.addAll(page.getList("items.code"));
      next = page.getString("next");
    }
    assertThat(codes).hasSize(124).doesNotHaveDuplicates().isSorted();
    given().get(UNITS + "?level=DISTRICT&asOf=2026-01-01").then().body("items", hasSize(0));
    given().get(UNITS + "?level=DISTRICT&asOf=2021-01-01").then().body("items", hasSize(18));
    String csv =
        given()
            .accept("text/csv")
            .get(UNITS + "?level=COMMUNE&parent=08&asOf=2026-01-01")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines()).hasSize(125);
  }

  @Test
  void linksCarryTheirShare() {
    found("/08/predecessors?asOf=2026-01-01")
        .body("unit.code", hasItems("02", "08"))
        .body("share", hasItems("WHOLE"))
        .body("unit.validTo", hasItems("2025-06-30"));
    found("/00688/successors?asOf=2025-06-30")
        .body("unit.code", hasItems("00691", "00694"))
        .body("share", hasItems("PART"));
    found("/024/successors?asOf=2025-06-30").body("", hasSize(0));
  }
}
