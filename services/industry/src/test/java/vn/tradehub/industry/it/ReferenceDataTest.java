package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Admin CRUD of the seeded reference data. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReferenceDataTest {
  /** Huyện Bắc Quang until the reform, then Xã Bắc Quang (formed from Thị trấn Việt Quang). */
  static final String BAC_QUANG =
      "[{\"unitCode\":\"034\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
          + "{\"unitCode\":\"01153\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]";

  /** Huyện Vị Xuyên until the reform (a cluster known by its district only). */
  static final String VI_XUYEN =
      "[{\"unitCode\":\"030\",\"validFrom\":null,\"validTo\":\"2025-06-30\"}]";

  /** Xã Lũng Cú before and after the reform (the same code, a larger commune from 2025-07-01). */
  static final String LUNG_CU =
      "[{\"unitCode\":\"00715\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
          + "{\"unitCode\":\"00715\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]";

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void seededForHaGiangAndEditable() {
    given()
        .get("/api/v1/industry/vsic?level=SECTION")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains("B", "C", "D", "E"));
    given()
        .get("/api/v1/industry/vsic?parent=C&limit=5")
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("next", notNullValue());
    given()
        .get("/api/v1/industry/products?limit=100")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.hasItems("QUANG-SAT", "RAC-XU-LY", "XI-MANG"))
        .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(20));
    given()
        .get("/api/v1/industry/enterprises?limit=1000")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(30));
    given()
        .get("/api/v1/industry/villages/HG-V001")
        .then()
        .statusCode(200)
        .body("nameVi", equalTo("Thôn Lũng Cú 1"))
        .body("border", equalTo(true));

    // An enterprise's tax code is validated with its check digit.
    Api.json()
        .body(
            "{\"name\":\"Công ty Sai mã\",\"locations\":"
                + Api.SON_DUONG
                + ",\"mainVsicClass\":\"3511\"}")
        .put("/api/v1/industry/enterprises/5199900018")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("taxCode"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("should be 7"));
    // A branch of a valid code.
    Api.json()
        .body(
            "{\"name\":\"Chi nhánh Bắc Quang\",\"locations\":"
                + BAC_QUANG
                + ",\"mainVsicClass\":\"3511\"}")
        .put("/api/v1/industry/enterprises/5101001859-001")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"");

    // Clusters derive their occupancy rate; replacing needs If-Match.
    String cluster =
        "{\"nameVi\":\"Cụm công nghiệp Thử\",\"nameEn\":\"Test cluster\",\"locations\":"
            + VI_XUYEN
            + ",\"plannedAreaHa\":40,\"occupiedAreaHa\":10,\"status\":\"PLANNED\"}";
    Api.json()
        .body(cluster)
        .put("/api/v1/industry/clusters/CCN-THU")
        .then()
        .statusCode(201)
        .body("occupancyRatePct", equalTo(25.00f));
    // The same body again (a retry) changes nothing; a change needs If-Match.
    Api.json()
        .body(cluster)
        .put("/api/v1/industry/clusters/CCN-THU")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    Api.json()
        .body(cluster.replace("\"occupiedAreaHa\":10", "\"occupiedAreaHa\":11"))
        .put("/api/v1/industry/clusters/CCN-THU")
        .then()
        .statusCode(428);
    Api.json()
        .header("If-Match", "\"0\"")
        .body(cluster.replace("\"occupiedAreaHa\":10", "\"occupiedAreaHa\":41"))
        .put("/api/v1/industry/clusters/CCN-THU")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("occupiedAreaHa"));
    Api.json()
        .header("If-Match", "\"0\"")
        .body(cluster.replace("\"occupiedAreaHa\":10", "\"occupiedAreaHa\":30"))
        .put("/api/v1/industry/clusters/CCN-THU")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("occupancyRatePct", equalTo(75.00f));

    // Products take a UN/ECE unit and a 4-digit class.
    Api.json()
        .body(
            "{\"nameVi\":\"Phân bón\",\"nameEn\":\"Fertiliser\",\"unit\":\"TNE\",\"vsicClass\":\"20\"}")
        .put("/api/v1/industry/products/PHAN-BON")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("vsicClass"));
    Api.json()
        .body(
            "{\"nameVi\":\"Phân bón\",\"nameEn\":\"Fertiliser\",\"unit\":\"BARREL\",\"vsicClass\":\"0710\"}")
        .put("/api/v1/industry/products/PHAN-BON")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("unit"));

    // VSIC names round-trip with their diacritics, and every change keeps a revision.
    Api.json()
        .header("If-Match", "\"0\"")
        .body(
            "{\"nameVi\":\"Sản xuất điện (thủy điện, điện mặt trời)\",\"nameEn\":\"Electric power generation\"}")
        .put("/api/v1/industry/vsic/3511")
        .then()
        .statusCode(200)
        .body("nameVi", equalTo("Sản xuất điện (thủy điện, điện mặt trời)"));
    given()
        .get("/api/v1/industry/vsic/3511/revisions")
        .then()
        .statusCode(200)
        .body("[0].change", equalTo("AMENDED"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void baseYearWeightsAreValidated() {
    Api.json()
        .body(
            "{\"products\":[{\"productCode\":\"NUOC-MAY\",\"outputValueVnd\":100,\"averageMonthlyQuantity\":5},"
                + "{\"productCode\":\"KHONG-CO\",\"outputValueVnd\":-1,\"averageMonthlyQuantity\":5}],\"valueAdded\":[{\"vsicCode\":\"3600\",\"valueAddedVnd\":10}]}")
        .put("/api/v1/industry/iip/base-years/02/2010")
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems(
                "products[1].productCode", "products[1].outputValueVnd", "valueAdded"));
    given()
        .get("/api/v1/industry/iip/base-years?territory=02")
        .then()
        .statusCode(200)
        .body("items.year", org.hamcrest.Matchers.contains(2015, 2020));
    given()
        .get("/api/v1/industry/iip/base-years/02/2015")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("products", hasSize(20));
  }

  /** Every industry code list answers one way: PUT on the code, revisions, pages and CSV. */
  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void everyCodeListHasTheSameShape() {
    java.util.Map<String, String> created =
        java.util.Map.of(
            "/api/v1/industry/clusters/CCN-SHAPE",
            "{\"nameVi\":\"Cụm Hình\",\"nameEn\":\"Shape cluster\",\"locations\":"
                + VI_XUYEN
                + ",\"plannedAreaHa\":10,\"occupiedAreaHa\":1,\"status\":\"PLANNED\"}",
            "/api/v1/industry/products/SHAPE-PRODUCT",
            "{\"nameVi\":\"Sản phẩm hình\",\"nameEn\":\"Shape product\",\"unit\":\"TNE\",\"vsicClass\":\"0710\"}",
            "/api/v1/industry/villages/HG-SHAPE",
            "{\"nameVi\":\"Thôn Hình\",\"nameEn\":\"Shape hamlet\",\"locations\":"
                + LUNG_CU
                + ",\"border\":false,\"electrifiedOn\":null}",
            "/api/v1/industry/enterprises/5101001859-002",
            "{\"name\":\"Chi nhánh Hình\",\"locations\":"
                + BAC_QUANG
                + ",\"mainVsicClass\":\"3511\"}",
            "/api/v1/industry/vsic/3599",
            "{\"nameVi\":\"Điện khác\",\"nameEn\":\"Other electricity\"}");
    created.forEach(
        (path, body) -> {
          Api.json().header("If-None-Match", "*").body(body).put(path).then().statusCode(201);
          Api.json().header("If-None-Match", "*").body(body).put(path).then().statusCode(412);
          given()
              .get(path + "/revisions")
              .then()
              .statusCode(200)
              .body("change", org.hamcrest.Matchers.contains("CREATED"));
          String list = path.substring(0, path.lastIndexOf('/'));
          String code = path.substring(path.lastIndexOf('/') + 1);
          String csv =
              given().accept("text/csv").get(list).then().statusCode(200).extract().asString();
          org.assertj.core.api.Assertions.assertThat(csv.lines().skip(1))
              .anyMatch(line -> line.startsWith(code + ","));
          given().get(list + "?limit=1").then().statusCode(200).body("items", hasSize(1));
        });
  }
}
