package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Markets: create, read, update with If-Match, list with filters and pages, summary. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "admin", roles = "ADMIN")
class MarketTest {
  static final String BASE = "/api/v1/commerce/markets";

  static String market(
      String code, String district, String cls, boolean border, String model, String since) {
    return "{\"code\":\""
        + code
        + "\",\"nameVi\":\"Chợ "
        + code
        + " Mèo Vạc\",\"nameEn\":\""
        + code
        + " Market\","
        + "\"districtCode\":\""
        + district
        + "\",\"marketClass\":\""
        + cls
        + "\",\"borderMarket\":"
        + border
        + ",\"managementModel\":\""
        + model
        + "\",\"managementModelSince\":"
        + (since == null ? "null" : "\"" + since + "\"")
        + "}";
  }

  static String update(String model, String since, String status) {
    return "{\"nameVi\":\"Chợ trung tâm Mèo Vạc\",\"nameEn\":\"Meo Vac Central Market\",\"districtCode\":\"MEO_VAC\","
        + "\"marketClass\":\"II\",\"borderMarket\":false,\"managementModel\":\""
        + model
        + "\","
        + "\"managementModelSince\":"
        + (since == null ? "null" : "\"" + since + "\"")
        + ",\"status\":\""
        + status
        + "\"}";
  }

  private static long count(JsonPath j, String path) {
    Object v = j.get(path);
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static JsonPath summary() {
    return given().get(BASE + "/summary").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void createReadUpdateWithIfMatch() {
    given()
        .contentType("application/json")
        .body(market("CHO_T_CRUD", "MEO_VAC", "II", false, "MANAGEMENT_BOARD", null))
        .post(BASE)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", BASE + "/CHO_T_CRUD")
        .body("nameVi", equalTo("Chợ CHO_T_CRUD Mèo Vạc"))
        .body("status", equalTo("ACTIVE"));
    given()
        .contentType("application/json")
        .body(market("CHO_T_CRUD", "MEO_VAC", "II", false, "MANAGEMENT_BOARD", null))
        .post(BASE)
        .then()
        .statusCode(409)
        .header("Location", BASE + "/CHO_T_CRUD");
    given()
        .get(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("managementModel", equalTo("MANAGEMENT_BOARD"));

    given()
        .contentType("application/json")
        .body(update("ENTERPRISE", "2021-07-01", "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(428);
    given()
        .contentType("application/json")
        .header("If-Match", "\"5\"")
        .body(update("ENTERPRISE", "2021-07-01", "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(412);
    // A change of management model must be dated.
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(update("ENTERPRISE", null, "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(update("ENTERPRISE", "2999-01-01", "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(update("ENTERPRISE", "2021-07-01", "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("managementModel", equalTo("ENTERPRISE"))
        .body("managementModelSince", equalTo("2021-07-01"));
    // Going back needs a later date.
    given()
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body(update("COOPERATIVE", "2020-01-01", "ACTIVE"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    given()
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body(update("ENTERPRISE", "2021-07-01", "CLOSED"))
        .put(BASE + "/CHO_T_CRUD")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("CLOSED"));
    given()
        .get(BASE + "/CHO_T_CRUD/revisions")
        .then()
        .statusCode(200)
        .body("change", org.hamcrest.Matchers.contains("CREATED", "AMENDED", "AMENDED"))
        .body(
            "[1].changes.field",
            org.hamcrest.Matchers.hasItems("managementModel", "managementModelSince"));
    given()
        .get(BASE + "/CHO_NOWHERE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void createIsValidatedAndHonoursIdempotencyKey() {
    given()
        .contentType("application/json")
        .body(market("CHO_T_BAD", "NO_DISTRICT", "II", false, "ENTERPRISE", "2999-01-01"))
        .post(BASE)
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            org.hamcrest.Matchers.containsInAnyOrder("districtCode", "managementModelSince"));
    given()
        .contentType("application/json")
        .body(market("CHO_T_BAD", "MEO_VAC", "IV", false, "ENTERPRISE", null))
        .post(BASE)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("marketClass"));
    String body = market("CHO_T_IDEM", "YEN_MINH", "III", true, "MANAGEMENT_BOARD", null);
    given()
        .contentType("application/json")
        .header("Idempotency-Key", "market-idem-1")
        .body(body)
        .post(BASE)
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .header("Idempotency-Key", "market-idem-1")
        .body(body)
        .post(BASE)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
  }

  @Test
  void listFiltersPagesAndCsvAndSummaryCounts() {
    JsonPath before = summary();
    given()
        .contentType("application/json")
        .body(market("CHO_T_L1", "HOANG_SU_PHI", "III", true, "MANAGEMENT_BOARD", null))
        .post(BASE)
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(market("CHO_T_L2", "HOANG_SU_PHI", "III", false, "COOPERATIVE", "2020-03-01"))
        .post(BASE)
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(market("CHO_T_L3", "HOANG_SU_PHI", "II", false, "ENTERPRISE", "2019-01-01"))
        .post(BASE)
        .then()
        .statusCode(201);

    given()
        .get(BASE + "?district=HOANG_SU_PHI&borderMarket=true")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains("CHO_T_L1"));
    given()
        .get(BASE + "?district=HOANG_SU_PHI&marketClass=III")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains("CHO_T_L1", "CHO_T_L2"));
    given()
        .get(BASE + "?district=HOANG_SU_PHI&managementModel=ENTERPRISE")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains("CHO_T_L3"));
    JsonPath page1 =
        given()
            .get(BASE + "?district=HOANG_SU_PHI&limit=2")
            .then()
            .statusCode(200)
            .header("Link", containsString("rel=\"next\""))
            .extract()
            .jsonPath();
    assertThat(page1.getList("items.code")).containsExactly("CHO_T_L1", "CHO_T_L2");
    given()
        .get(BASE + "?district=HOANG_SU_PHI&limit=2&after=" + page1.getString("nextCursor"))
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.contains("CHO_T_L3"))
        .body("next", org.hamcrest.Matchers.nullValue());
    given().get(BASE + "?limit=0").then().statusCode(422).body("errors[0].field", equalTo("limit"));
    given()
        .get(BASE + "?after=not-a-cursor!")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("after"));
    String csv =
        given()
            .accept("text/csv")
            .get(BASE + "?district=HOANG_SU_PHI")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    assertThat(csv.lines())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("code,nameVi,nameEn,districtCode");
    assertThat(csv).contains("CHO_T_L2,Chợ CHO_T_L2 Mèo Vạc");

    JsonPath after = summary();
    assertThat(count(after, "total") - count(before, "total")).isEqualTo(3);
    assertThat(count(after, "byDistrict.HOANG_SU_PHI") - count(before, "byDistrict.HOANG_SU_PHI"))
        .isEqualTo(3);
    assertThat(count(after, "byClass.III") - count(before, "byClass.III")).isEqualTo(2);
    assertThat(
            count(after, "byManagementModel.COOPERATIVE")
                - count(before, "byManagementModel.COOPERATIVE"))
        .isEqualTo(1);
    assertThat(count(after, "converted") - count(before, "converted")).isEqualTo(2);
    assertThat(count(after, "borderMarkets") - count(before, "borderMarkets")).isEqualTo(1);
    assertThat(new java.math.BigDecimal(after.getString("convertedSharePct")))
        .isEqualByComparingTo(
            java.math.BigDecimal.valueOf(after.getLong("converted") * 100)
                .divide(
                    java.math.BigDecimal.valueOf(after.getLong("total")),
                    2,
                    java.math.RoundingMode.HALF_UP));
  }

  @Test
  void aDistrictCodeLongerThanTheDocumentedLimitIsRefusedNamingTheField() {
    // The document declares districtCode with maxLength 40 (a code is 2 to 40 characters).
    String tooLong = "MEO_VAC_" + "X".repeat(33);
    given()
        .contentType("application/json")
        .body(market("CHO_T_LONG", tooLong, "II", false, "MANAGEMENT_BOARD", null))
        .post(BASE)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem("districtCode"));
    given().get(BASE + "/CHO_T_LONG").then().statusCode(404);
  }

  @Test
  void aPathCodeOrCursorLongerThanTheDocumentedLimitIsRefusedNamingTheParameter() {
    given()
        .get(BASE + "/CHO_" + "X".repeat(40))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("code"));
    given()
        .get(BASE + "?after=" + "A".repeat(129))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("after"));
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "READER")
  void readerCannotWriteMarkets() {
    given()
        .contentType("application/json")
        .body(market("CHO_T_READER", "MEO_VAC", "II", false, "MANAGEMENT_BOARD", null))
        .post(BASE)
        .then()
        .statusCode(403);
    given().get(BASE + "/summary").then().statusCode(200);
  }
}
