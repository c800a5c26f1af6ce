package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** The seeded reference data of Hà Giang, and its admin endpoints. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReferenceDataTest {

  @Test
  @TestSecurity(user = "dashboard", roles = "READER")
  void haGiangIsSeededWithExactNames() {
    given()
        .get("/api/v1/commerce/districts")
        .then()
        .statusCode(200)
        .body("$", hasSize(11))
        .body(
            "nameVi",
            hasItems(
                "Thành phố Hà Giang",
                "Huyện Đồng Văn",
                "Huyện Mèo Vạc",
                "Huyện Yên Minh",
                "Huyện Quản Bạ",
                "Huyện Vị Xuyên",
                "Huyện Bắc Mê",
                "Huyện Hoàng Su Phì",
                "Huyện Xín Mần",
                "Huyện Bắc Quang",
                "Huyện Quang Bình"));
    given()
        .get("/api/v1/commerce/districts/MEO_VAC")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("nameVi", equalTo("Huyện Mèo Vạc"))
        .body("nameEn", equalTo("Meo Vac District"));
    given()
        .get("/api/v1/commerce/retail-categories")
        .then()
        .statusCode(200)
        .body("code", contains("ACCOMMODATION_FOOD", "OTHER_SERVICES", "RETAIL_GOODS", "TRAVEL"))
        .body(
            "nameVi",
            contains(
                "Dịch vụ lưu trú, ăn uống", "Dịch vụ khác", "Bán lẻ hàng hóa", "Du lịch lữ hành"));
    // Other tests may add sectors; the seeded three are always there.
    given()
        .get("/api/v1/commerce/ownership-sectors")
        .then()
        .statusCode(200)
        .body("code", hasItems("FDI", "NON_STATE", "STATE"))
        .body("find { it.code == 'NON_STATE' }.nameVi", equalTo("Kinh tế ngoài Nhà nước"));
    given()
        .get("/api/v1/commerce/districts/NOWHERE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void adminCreatesAndRenamesWithIfMatch() {
    String path = "/api/v1/commerce/ownership-sectors/COLLECTIVE";
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"Kinh tế tập thể\",\"nameEn\":\"Collective\"}")
        .put(path)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("nameVi", equalTo("Kinh tế tập thể"));
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"Kinh tế tập thể (HTX)\",\"nameEn\":\"Collective\"}")
        .put(path)
        .then()
        .statusCode(428);
    given()
        .contentType("application/json")
        .header("If-Match", "\"9\"")
        .body("{\"nameVi\":\"Kinh tế tập thể (HTX)\",\"nameEn\":\"Collective\"}")
        .put(path)
        .then()
        .statusCode(412);
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"nameVi\":\"Kinh tế tập thể (HTX)\",\"nameEn\":\"Collective\"}")
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("nameVi", equalTo("Kinh tế tập thể (HTX)"));
    given()
        .get(path + "/revisions")
        .then()
        .statusCode(200)
        .body("change", contains("CREATED", "AMENDED"));
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"x\",\"nameEn\":\"x\"}")
        .put("/api/v1/commerce/districts/bad-code")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"\",\"nameEn\":\"x\"}")
        .put("/api/v1/commerce/districts/NEW_ONE")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("nameVi"));
  }

  @Test
  @TestSecurity(user = "statistics-office", roles = "STATISTICS")
  void onlyAdminsChangeReferenceData() {
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac\"}")
        .put("/api/v1/commerce/districts/MEO_VAC")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @Test
  void anonymousCallersAreRefused() {
    given()
        .get("/api/v1/commerce/districts")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
    given()
        .contentType("application/json")
        .body("{\"nameVi\":\"x\",\"nameEn\":\"x\"}")
        .put("/api/v1/commerce/districts/X_X")
        .then()
        .statusCode(401);
  }
}
