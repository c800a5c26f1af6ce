package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.tradehub.commerce.Api.csv;
import static vn.tradehub.commerce.Api.read;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The seeded code lists (retail categories, ownership sectors) and their one code-list shape. The
 * administrative units are no commerce list since the 2025 reform (the geography library's).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReferenceDataTest {
  static final String API = "/api/v1/commerce/";

  @Test
  @TestSecurity(user = "dashboard", roles = "READER")
  void theCodeListsAreSeededWithExactNamesAndTheDistrictsAreGone() {
    given()
        .get(API + "retail-categories")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems("ACCOMMODATION_FOOD", "OTHER_SERVICES", "RETAIL_GOODS", "TRAVEL"))
        .body(
            "items.find { it.code == 'ACCOMMODATION_FOOD' }.nameVi",
            equalTo("Dịch vụ lưu trú, ăn uống"))
        .body("items.find { it.code == 'OTHER_SERVICES' }.nameVi", equalTo("Dịch vụ khác"))
        .body("items.find { it.code == 'RETAIL_GOODS' }.nameVi", equalTo("Bán lẻ hàng hóa"))
        .body("items.find { it.code == 'TRAVEL' }.nameVi", equalTo("Du lịch lữ hành"));
    // Other tests may add sectors; the seeded three are always there.
    given()
        .get(API + "ownership-sectors")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("FDI", "NON_STATE", "STATE"))
        .body("items.find { it.code == 'NON_STATE' }.nameVi", equalTo("Kinh tế ngoài Nhà nước"));
    given()
        .get(API + "retail-categories/TRAVEL")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("nameEn", equalTo("Travel services"));
    given()
        .get(API + "retail-categories/NOWHERE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // The units are the geography library's now (the gateway serves them): no commerce list.
    given().get(API + "districts").then().statusCode(404);
    given().get(API + "districts/MEO_VAC").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "READER")
  void everyKindIsPagedByCodeAndOffersTheWholeListAsCsv() {
    List<String> seen = new ArrayList<>();
    String next = API + "retail-categories?limit=2";
    int pages = 0;
    while (next != null) {
      JsonPath page = read(next);
      assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
      seen.addAll(page.getList("items.code"));
      next = page.getString("next");
      pages++;
    }
    assertThat(seen)
        .isSorted()
        .doesNotHaveDuplicates()
        .contains("ACCOMMODATION_FOOD", "OTHER_SERVICES", "RETAIL_GOODS", "TRAVEL");
    assertThat(pages).isEqualTo((seen.size() + 1) / 2);

    for (String kind : List.of("retail-categories", "ownership-sectors")) {
      List<String> lines = csv(API + kind + "?limit=1");
      assertThat(lines.get(0)).as(kind).isEqualTo("code,nameVi,nameEn,version");
      int count = given().get(API + kind).then().extract().jsonPath().getList("items").size();
      assertThat(lines).as(kind).hasSize(count + 1);
    }
    assertThat(csv(API + "retail-categories")).contains("TRAVEL,Du lịch lữ hành,Travel services,0");
    given().get(API + "retail-categories?after=not-a-cursor").then().statusCode(400);
    given().get(API + "retail-categories?limit=0").then().statusCode(422);
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void conditionalWritesFollowThePlatformPolicy() {
    ConditionalWrites.policyHolds(
        API + "ownership-sectors/COLLECTIVE",
        "{\"nameVi\":\"Kinh tế tập thể\",\"nameEn\":\"Collective\"}",
        "{\"nameVi\":\"Kinh tế tập thể (HTX)\",\"nameEn\":\"Collective\"}");
    given()
        .get(API + "ownership-sectors/COLLECTIVE/revisions")
        .then()
        .statusCode(200)
        .body("change", contains("CREATED", "AMENDED"))
        .body("[1].changedBy", equalTo("admin"))
        .body("[1].snapshot.nameVi", equalTo("Kinh tế tập thể (HTX)"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void theKindsShareTheShapeButNotTheirEntries() {
    String body = "{\"nameVi\":\"Mục thử\",\"nameEn\":\"Test entry\"}";
    for (String kind : List.of("retail-categories", "ownership-sectors")) {
      ConditionalWrites.put(API + kind + "/SHARED_CODE", null, null, body)
          .statusCode(201)
          .header("ETag", "\"0\"");
    }
    // Each kind keeps its own entry and its own history under the same code.
    ConditionalWrites.put(
            API + "retail-categories/SHARED_CODE",
            "If-Match",
            "\"0\"",
            "{\"nameVi\":\"Mục thử mới\",\"nameEn\":\"Test entry\"}")
        .statusCode(200)
        .header("ETag", "\"1\"");
    given().get(API + "ownership-sectors/SHARED_CODE").then().header("ETag", "\"0\"");
    given()
        .get(API + "ownership-sectors/SHARED_CODE/revisions")
        .then()
        .body("version", contains(0));
    given()
        .get(API + "retail-categories/SHARED_CODE/revisions")
        .then()
        .body("version", contains(0, 1));
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void badRequestsAreProblemsAndStoreNothing() {
    String body = "{\"nameVi\":\"x\",\"nameEn\":\"x\"}";
    // The platform's code form is refused by the document; the commerce form is stricter.
    ConditionalWrites.put(API + "retail-categories/bad-code", null, null, body).statusCode(422);
    ConditionalWrites.put(API + "retail-categories/1ST", null, null, body)
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    ConditionalWrites.put(
            API + "retail-categories/NEW_ONE", null, null, "{\"nameVi\":\"\",\"nameEn\":\"x\"}")
        .statusCode(422)
        .body("errors[0].field", equalTo("nameVi"));
    given()
        .contentType("application/json")
        .put(API + "retail-categories/NEW_ONE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    ConditionalWrites.put(
            API + "retail-categories/NEW_ONE",
            null,
            null,
            "{\"nameVi\":\"x\",\"nameEn\":\"x\",\"code\":1}")
        .statusCode(400);
    given().get(API + "retail-categories/NEW_ONE").then().statusCode(404);
    given().get(API + "retail-categories/1ST").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void onlyAdminsChangeReferenceData() {
    ConditionalWrites.put(
            API + "retail-categories/TRAVEL",
            null,
            null,
            "{\"nameVi\":\"Du lịch\",\"nameEn\":\"Travel\"}")
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    given().get(API + "retail-categories/TRAVEL").then().statusCode(200).header("ETag", "\"0\"");
  }

  @Test
  void anonymousCallersAreRefused() {
    given()
        .get(API + "retail-categories")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
    given().get(API + "retail-categories/TRAVEL/revisions").then().statusCode(401);
    ConditionalWrites.put(
            API + "retail-categories/X_X", null, null, "{\"nameVi\":\"x\",\"nameEn\":\"x\"}")
        .statusCode(401);
  }
}
