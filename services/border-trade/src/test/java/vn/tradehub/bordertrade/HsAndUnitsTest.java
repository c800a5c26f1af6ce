package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.figures.Unit;
import vn.tradehub.platform.testing.RealInfraResource;

/** The read-only code lists: the HS nomenclature and the units of measure. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "reader", roles = "READER")
class HsAndUnitsTest {
  private static final String HS = "/api/v1/border-trade/hs";
  private static final String UNITS = "/api/v1/border-trade/units";

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void aLookupGivesSubheadingHeadingChapterAndSection() {
    given()
        .get(HS + "/09022090")
        .then()
        .statusCode(200)
        .header("ETag", nullValue())
        .body("code", equalTo("09022090"))
        .body("declarable", equalTo(true))
        .body("subheading.code", equalTo("090220"))
        .body("heading.code", equalTo("0902"))
        .body("chapter.code", equalTo("09"))
        .body("section.code", equalTo("II"))
        .body("section.description", equalTo("Vegetable products"));
    given()
        .get(HS + "/0902")
        .then()
        .statusCode(200)
        .body("heading.code", equalTo("0902"))
        .body("subheading", nullValue());
    given().get(HS + "/77777711").then().statusCode(404);
    given().get(HS + "/12ab").then().statusCode(422);
    // Capitals pass the path's code pattern; an HS code is still digits only.
    given().get(HS + "/12AB").then().statusCode(422).body("errors[0].field", equalTo("code"));
    given().get(HS + "/123").then().statusCode(422);
    given().get(HS + "/TOTAL").then().statusCode(422);
  }

  @Test
  void theListIsPagedInCodeOrderAndFilteredByPrefixAndLevel() {
    List<String> codes = new ArrayList<>();
    String next = HS + "?prefix=0902&limit=3";
    int pages = 0;
    while (next != null) {
      Response page = given().get(next);
      page.then().statusCode(200).body("items.code", everyItem(startsWith("0902")));
      codes.addAll(page.jsonPath().getList("items.code"));
      next = page.jsonPath().getString("next");
      pages++;
    }
    // The heading, then its four subheadings.
    assertThat(codes).containsExactly("0902", "090210", "090220", "090230", "090240");
    assertThat(pages).isEqualTo(2);

    given()
        .queryParam("prefix", "09")
        .queryParam("level", "HEADING")
        .get(HS)
        .then()
        .statusCode(200)
        .body(
            "items.code",
            contains(
                "0901", "0902", "0903", "0904", "0905", "0906", "0907", "0908", "0909", "0910"))
        .body("items[1].description", equalTo("Tea"));
    given()
        .queryParam("level", "CHAPTER")
        .queryParam("limit", 1000)
        .get(HS)
        .then()
        .statusCode(200)
        .body("items", hasSize(97))
        .body("items[96].code", equalTo("99"))
        .body("items[96].declarable", equalTo(false));
    given().queryParam("level", "SECTION").get(HS).then().statusCode(400);
    given().queryParam("prefix", "09x").get(HS).then().statusCode(422);

    String csv =
        given()
            .accept("text/csv")
            .queryParam("prefix", "0902")
            .queryParam("limit", 1)
            .get(HS)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("code,declarable,note,description,subheading.code,");
    assertThat(lines).hasSize(1 + codes.size());
  }

  @Test
  void unitsAreTheUnEceCodesAQuantityMayCarry() {
    given().get(UNITS + "/TNE").then().statusCode(200).body("nameVi", equalTo("tấn"));
    given().get(UNITS + "/BUCKET").then().statusCode(404);
    given().get(UNITS + "?limit=3").then().statusCode(200).body("items", hasSize(3));
    String csv = given().accept("text/csv").get(UNITS).then().statusCode(200).extract().asString();
    assertThat(csv.lines().count()).isEqualTo(Unit.values().length + 1);
  }
}
