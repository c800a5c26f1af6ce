package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.tradehub.commerce.ConditionalWrites.put;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Markets: a code list (PUT on the code), its rules, list with filters, pages and CSV, summary. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "admin", roles = "ADMIN")
class MarketTest {
  static final String BASE = "/api/v1/commerce/markets";

  static String market(
      String name, String district, String cls, boolean border, String model, String since) {
    return market(name, district, cls, border, model, since, "ACTIVE");
  }

  static String market(
      String name,
      String district,
      String cls,
      boolean border,
      String model,
      String since,
      String status) {
    return "{\"nameVi\":\"Chợ "
        + name
        + " Mèo Vạc\",\"nameEn\":\""
        + name
        + " Market\",\"districtCode\":\""
        + district
        + "\",\"marketClass\":\""
        + cls
        + "\",\"borderMarket\":"
        + border
        + ",\"managementModel\":\""
        + model
        + "\",\"managementModelSince\":"
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

  private static void create(String code, String body) {
    put(BASE + "/" + code, null, null, body).statusCode(201);
  }

  @Test
  void conditionalWritesFollowThePlatformPolicy() {
    ConditionalWrites.policyHolds(
        BASE + "/CHO_T_POLICY",
        market("Thử", "MEO_VAC", "II", false, "MANAGEMENT_BOARD", null),
        market("Thử", "MEO_VAC", "III", false, "MANAGEMENT_BOARD", null));
    given()
        .get(BASE + "/CHO_T_POLICY")
        .then()
        .body("marketClass", equalTo("III"))
        .body("updatedBy", equalTo("admin"));
  }

  @Test
  void aChangeOfManagementModelIsDatedAndKeptAsRevisions() {
    String path = BASE + "/CHO_T_CRUD";
    put(path, null, null, market("CRUD", "MEO_VAC", "II", false, "MANAGEMENT_BOARD", null))
        .statusCode(201)
        .body("nameVi", equalTo("Chợ CRUD Mèo Vạc"))
        .body("status", equalTo("ACTIVE"));
    // A change of management model must be dated, and not in the future.
    put(path, "If-Match", "\"0\"", market("CRUD", "MEO_VAC", "II", false, "ENTERPRISE", null))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(
            path,
            "If-Match",
            "\"0\"",
            market("CRUD", "MEO_VAC", "II", false, "ENTERPRISE", "2999-01-01"))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(
            path,
            "If-Match",
            "\"0\"",
            market("CRUD", "MEO_VAC", "II", false, "ENTERPRISE", "2021-07-01"))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("managementModel", equalTo("ENTERPRISE"))
        .body("managementModelSince", equalTo("2021-07-01"));
    // Going back needs a later date.
    put(
            path,
            "If-Match",
            "\"1\"",
            market("CRUD", "MEO_VAC", "II", false, "COOPERATIVE", "2020-01-01"))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(
            path,
            "If-Match",
            "\"1\"",
            market("CRUD", "MEO_VAC", "II", false, "ENTERPRISE", "2021-07-01", "CLOSED"))
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("status", equalTo("CLOSED"));
    given()
        .get(path + "/revisions")
        .then()
        .statusCode(200)
        .body("change", contains("CREATED", "AMENDED", "AMENDED"))
        .body("[1].changes.field", hasItems("managementModel", "managementModelSince"))
        .body("[2].changes.field", hasItem("status"));
    given()
        .get(BASE + "/CHO_NOWHERE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void badRequestsAreProblemsAndStoreNothing() {
    put(
            BASE + "/CHO_T_BAD",
            null,
            null,
            market("BAD", "NO_DISTRICT", "II", false, "ENTERPRISE", "2999-01-01"))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("districtCode", "managementModelSince"));
    put(BASE + "/CHO_T_BAD", null, null, market("BAD", "MEO_VAC", "IV", false, "ENTERPRISE", null))
        .statusCode(400)
        .body("errors[0].field", equalTo("marketClass"));
    // The status is part of the whole state a PUT sends.
    put(
            BASE + "/CHO_T_BAD",
            null,
            null,
            market("BAD", "MEO_VAC", "II", false, "ENTERPRISE", null)
                .replace(",\"status\":\"ACTIVE\"", ""))
        .statusCode(422)
        .body("errors[0].field", equalTo("status"));
    // The code is the path's: a body that names one is refused.
    put(
            BASE + "/CHO_T_BAD",
            null,
            null,
            market("BAD", "MEO_VAC", "II", false, "ENTERPRISE", null)
                .replace("{", "{\"code\":\"CHO_T_BAD\","))
        .statusCode(400);
    // Codes start with a letter (the platform's form also allows a digit).
    put(BASE + "/1CHO", null, null, market("BAD", "MEO_VAC", "II", false, "ENTERPRISE", null))
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    // The document declares districtCode with maxLength 40.
    put(
            BASE + "/CHO_T_BAD",
            null,
            null,
            market("BAD", "MEO_VAC_" + "X".repeat(33), "II", false, "MANAGEMENT_BOARD", null))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("districtCode"));
    given().get(BASE + "/CHO_T_BAD").then().statusCode(404);
    given().get(BASE + "/1CHO").then().statusCode(404);
  }

  @Test
  void listFiltersPagesAndCsvAndSummaryCounts() {
    JsonPath before = summary();
    create("CHO_T_L1", market("L1", "HOANG_SU_PHI", "III", true, "MANAGEMENT_BOARD", null));
    create("CHO_T_L2", market("L2", "HOANG_SU_PHI", "III", false, "COOPERATIVE", "2020-03-01"));
    create("CHO_T_L3", market("L3", "HOANG_SU_PHI", "II", false, "ENTERPRISE", "2019-01-01"));
    create(
        "CHO_T_L4",
        market("L4", "HOANG_SU_PHI", "II", false, "ENTERPRISE", "2019-01-01", "CLOSED"));

    given()
        .get(BASE + "?district=HOANG_SU_PHI&borderMarket=true")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L1"));
    given()
        .get(BASE + "?district=HOANG_SU_PHI&marketClass=III")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L1", "CHO_T_L2"));
    given()
        .get(BASE + "?district=HOANG_SU_PHI&managementModel=ENTERPRISE&status=ACTIVE")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L3"));
    JsonPath page1 =
        given()
            .get(BASE + "?district=HOANG_SU_PHI&status=ACTIVE&limit=2")
            .then()
            .statusCode(200)
            .header("Link", containsString("rel=\"next\""))
            .extract()
            .jsonPath();
    assertThat(page1.getList("items.code")).containsExactly("CHO_T_L1", "CHO_T_L2");
    // The next link keeps the filters.
    assertThat(page1.getString("next")).contains("district=HOANG_SU_PHI").contains("status=ACTIVE");
    given()
        .get(page1.getString("next"))
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L3"))
        .body("next", nullValue());
    given().get(BASE + "?limit=0").then().statusCode(422).body("errors[0].field", equalTo("limit"));
    given()
        .get(BASE + "?after=not-a-cursor!")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("after"));
    given().get(BASE + "?marketClass=IV").then().statusCode(400);
    // CSV: the whole selection, whatever the limit.
    String csv =
        given()
            .accept("text/csv")
            .get(BASE + "?district=HOANG_SU_PHI&limit=1")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith(
            "code,nameVi,nameEn,districtCode,marketClass,borderMarket,managementModel,"
                + "managementModelSince,status,version");
    assertThat(lines.get(2)).startsWith("CHO_T_L2,Chợ L2 Mèo Vạc,L2 Market,HOANG_SU_PHI,III,false");

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
    assertThat(new BigDecimal(after.getString("convertedSharePct")))
        .isEqualByComparingTo(
            BigDecimal.valueOf(after.getLong("converted") * 100)
                .divide(BigDecimal.valueOf(after.getLong("total")), 2, RoundingMode.HALF_UP));
    JsonPath all =
        given()
            .get(BASE + "/summary?includeClosed=true")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getBoolean("includesClosed")).isTrue();
    assertThat(count(all, "total") - count(after, "total")).isGreaterThanOrEqualTo(1);
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
    put(BASE + "/CHO_T_READER", null, null, market("R", "MEO_VAC", "II", false, "ENTERPRISE", null))
        .statusCode(403);
    // The create-by-POST of earlier versions is gone: the client owns the code, so PUT creates.
    given()
        .contentType("application/json")
        .body(market("R", "MEO_VAC", "II", false, "ENTERPRISE", null))
        .post(BASE)
        .then()
        .statusCode(405);
    given().get(BASE + "/summary").then().statusCode(200);
  }
}
