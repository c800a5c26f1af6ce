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
import io.restassured.response.ValidatableResponse;
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

  /** One period of a location history. */
  static String at(String unit, String from, String to) {
    return "{\"unitCode\":\""
        + unit
        + "\",\"validFrom\":"
        + (from == null ? "null" : "\"" + from + "\"")
        + ",\"validTo\":"
        + (to == null ? "null" : "\"" + to + "\"")
        + "}";
  }

  /** Thị trấn Mèo Vạc (district 027) until 2025-06-30, then Xã Mèo Vạc: the same code 00769. */
  static final String MEO_VAC =
      at("00769", null, "2025-06-30") + "," + at("00769", "2025-07-01", null);

  /** Thị trấn Vinh Quang (district 032), then Xã Hoàng Su Phì: the same code 01021. */
  static final String HOANG_SU_PHI =
      at("01021", null, "2025-06-30") + "," + at("01021", "2025-07-01", null);

  static String market(
      String name, String locations, String cls, boolean border, String model, String since) {
    return market(name, locations, cls, border, model, since, "ACTIVE");
  }

  static String market(
      String name,
      String locations,
      String cls,
      boolean border,
      String model,
      String since,
      String status) {
    return "{\"nameVi\":\"Chợ "
        + name
        + " Mèo Vạc\",\"nameEn\":\""
        + name
        + " Market\",\"locations\":["
        + locations
        + "],\"marketClass\":\""
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
        market("Thử", MEO_VAC, "II", false, "MANAGEMENT_BOARD", null),
        market("Thử", MEO_VAC, "III", false, "MANAGEMENT_BOARD", null));
    given()
        .get(BASE + "/CHO_T_POLICY")
        .then()
        .body("marketClass", equalTo("III"))
        .body("updatedBy", equalTo("admin"));
  }

  @Test
  void aChangeOfManagementModelIsDatedAndKeptAsRevisions() {
    String path = BASE + "/CHO_T_CRUD";
    put(path, null, null, market("CRUD", MEO_VAC, "II", false, "MANAGEMENT_BOARD", null))
        .statusCode(201)
        .body("nameVi", equalTo("Chợ CRUD Mèo Vạc"))
        .body("status", equalTo("ACTIVE"));
    // A change of management model must be dated, and not in the future.
    put(path, "If-Match", "\"0\"", market("CRUD", MEO_VAC, "II", false, "ENTERPRISE", null))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(path, "If-Match", "\"0\"", market("CRUD", MEO_VAC, "II", false, "ENTERPRISE", "2999-01-01"))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(path, "If-Match", "\"0\"", market("CRUD", MEO_VAC, "II", false, "ENTERPRISE", "2021-07-01"))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("managementModel", equalTo("ENTERPRISE"))
        .body("managementModelSince", equalTo("2021-07-01"));
    // Going back needs a later date.
    put(
            path,
            "If-Match",
            "\"1\"",
            market("CRUD", MEO_VAC, "II", false, "COOPERATIVE", "2020-01-01"))
        .statusCode(422)
        .body("errors[0].field", equalTo("managementModelSince"));
    put(
            path,
            "If-Match",
            "\"1\"",
            market("CRUD", MEO_VAC, "II", false, "ENTERPRISE", "2021-07-01", "CLOSED"))
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
    putBad(market("BAD", at("99999", null, null), "II", false, "ENTERPRISE", "2999-01-01"))
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("locations[0].unitCode", "managementModelSince"));
    putBad(market("BAD", MEO_VAC, "IV", false, "ENTERPRISE", null))
        .statusCode(400)
        .body("errors[0].field", equalTo("marketClass"));
    // The status is part of the whole state a PUT sends.
    putBad(
            market("BAD", MEO_VAC, "II", false, "ENTERPRISE", null)
                .replace(",\"status\":\"ACTIVE\"", ""))
        .statusCode(422)
        .body("errors[0].field", equalTo("status"));
    // The code is the path's: a body that names one is refused.
    putBad(
            market("BAD", MEO_VAC, "II", false, "ENTERPRISE", null)
                .replace("{", "{\"code\":\"CHO_T_BAD\","))
        .statusCode(400);
    // Codes start with a letter (the platform's form also allows a digit).
    put(BASE + "/1CHO", null, null, market("BAD", MEO_VAC, "II", false, "ENTERPRISE", null))
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    // The document declares a unit code with maxLength 5 and its form.
    putBad(market("BAD", at("0076900", null, null), "II", false, "MANAGEMENT_BOARD", null))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("locations[0].unitCode"));
    // A market needs a location.
    putBad(market("BAD", "", "II", false, "MANAGEMENT_BOARD", null))
        .statusCode(422)
        .body("errors.field", hasItem("locations"));
    given().get(BASE + "/CHO_T_BAD").then().statusCode(404);
    given().get(BASE + "/1CHO").then().statusCode(404);
  }

  @Test
  void listFiltersPagesAndCsvAndSummaryCounts() {
    JsonPath before = summary();
    create("CHO_T_L1", market("L1", HOANG_SU_PHI, "III", true, "MANAGEMENT_BOARD", null));
    create("CHO_T_L2", market("L2", HOANG_SU_PHI, "III", false, "COOPERATIVE", "2020-03-01"));
    create("CHO_T_L3", market("L3", HOANG_SU_PHI, "II", false, "ENTERPRISE", "2019-01-01"));
    create(
        "CHO_T_L4", market("L4", HOANG_SU_PHI, "II", false, "ENTERPRISE", "2019-01-01", "CLOSED"));

    given()
        .get(BASE + "?unit=032&asOf=2021-06-30&borderMarket=true")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L1"));
    given()
        .get(BASE + "?unit=032&asOf=2021-06-30&marketClass=III")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L1", "CHO_T_L2"));
    given()
        .get(BASE + "?unit=01021&managementModel=ENTERPRISE&status=ACTIVE")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_T_L3"));
    JsonPath page1 =
        given()
            .get(BASE + "?unit=032&asOf=2021-06-30&status=ACTIVE&limit=2")
            .then()
            .statusCode(200)
            .header("Link", containsString("rel=\"next\""))
            .extract()
            .jsonPath();
    assertThat(page1.getList("items.code")).containsExactly("CHO_T_L1", "CHO_T_L2");
    // The next link keeps the filters.
    assertThat(page1.getString("next"))
        .contains("unit=032")
        .contains("asOf=2021-06-30")
        .contains("status=ACTIVE");
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
            .get(BASE + "?unit=032&asOf=2021-06-30&limit=1")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith(
            "code,nameVi,nameEn,locations,marketClass,borderMarket,managementModel,"
                + "managementModelSince,status,version");
    assertThat(lines.get(2))
        .startsWith("CHO_T_L2,Chợ L2 Mèo Vạc,L2 Market,")
        .contains("Thị trấn Vinh Quang")
        .contains("Xã Hoàng Su Phì")
        .contains(",III,false");

    JsonPath after = summary();
    assertThat(count(after, "total") - count(before, "total")).isEqualTo(3);
    assertThat(count(after, "byUnit.'01021'") - count(before, "byUnit.'01021'")).isEqualTo(3);
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
  void locationsAreCheckedAgainstTheUnitsOfTheirOwnDates() {
    // A district is no place from 2025-07-01: refused, naming the communes that took its land.
    locationRefused(at("027", "2025-07-01", null), "locations[0].unitCode")
        .body("errors[0].message", containsString("abolished on 2025-07-01"))
        .body("errors[0].message", containsString("00769 Xã Mèo Vạc"));
    // An old commune cannot run on past its end: end it there and start in the new unit.
    locationRefused(at("00692", null, null), "locations[0].validTo")
        .body("errors[0].message", containsString("ends on 2025-06-30"));
    // Periods follow each other.
    locationRefused(
        at("00692", null, "2025-06-30") + "," + at("00691", "2025-06-01", null),
        "locations[1].validFrom");
    // Before the reform a district is enough when the commune is not known (migrated markets).
    put(
            BASE + "/CHO_T_LOC",
            null,
            null,
            market(
                "LOC",
                at("00691", "2025-07-01", null) + "," + at("024", null, "2025-06-30"),
                "III",
                false,
                "MANAGEMENT_BOARD",
                null))
        .statusCode(201)
        .body("locations.unitCode", contains("024", "00691"))
        .body("locations.nameVi", contains("Thành phố Hà Giang", "Phường Hà Giang 2"))
        .body("locations.level", contains("DISTRICT", "COMMUNE"));
  }

  @Test
  void theListFindsMarketsInATerritoryOnADay() {
    create("CHO_T_U1", market("U1", MEO_VAC, "III", true, "MANAGEMENT_BOARD", null));
    create(
        "CHO_T_U2",
        market(
            "U2",
            at("024", null, "2025-06-30") + "," + at("00694", "2025-07-01", null),
            "III",
            false,
            "MANAGEMENT_BOARD",
            null));
    List<String> haGiang2021 =
        given()
            .get(BASE + "?unit=02&asOf=2021-06-30&limit=1000")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.code");
    assertThat(haGiang2021).contains("CHO_T_U1", "CHO_T_U2");
    // The former Hà Giang area in 2026: the new communes that lie in it.
    assertThat(
            given()
                .get(BASE + "?unit=02&asOf=2026-01-01&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.code"))
        .contains("CHO_T_U1", "CHO_T_U2");
    assertThat(
            given()
                .get(BASE + "?unit=08@2025-06-30&asOf=2021-06-30&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.code"))
        .doesNotContain("CHO_T_U1", "CHO_T_U2");
    // A district's market is in the district, not in any one of its communes.
    given()
        .get(BASE + "?unit=024&asOf=2021-06-30")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("CHO_T_U2"));
    given()
        .get(BASE + "?unit=00694&asOf=2021-06-30")
        .then()
        .statusCode(200)
        .body("items.code", org.hamcrest.Matchers.not(hasItem("CHO_T_U2")));
    given()
        .get(BASE + "?unit=00694&asOf=2026-01-01")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("CHO_T_U2"));
    // 00769 is Thị trấn Mèo Vạc in 2021 and Xã Mèo Vạc in 2026: the market is in both.
    given()
        .get(BASE + "?unit=00769&asOf=2021-06-30")
        .then()
        .body("items.code", hasItem("CHO_T_U1"));
    given()
        .get(BASE + "?unit=00769&asOf=2026-01-01")
        .then()
        .body("items.code", hasItem("CHO_T_U1"));
    // The former city in 2026 is not whole communes: 422 saying why, never an approximation.
    given()
        .get(BASE + "?unit=024&asOf=2026-01-01")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("unit"))
        .body("errors[0].message", containsString("cannot be expressed exactly"));
    given().get(BASE + "?unit=MEO_VAC").then().statusCode(422);
    JsonPath summary =
        given()
            .get(BASE + "/summary?unit=027&asOf=2021-06-30")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getString("territory.nameVi")).isEqualTo("Huyện Mèo Vạc");
    assertThat(count(summary, "byUnit.'00769'")).isGreaterThanOrEqualTo(1);
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
    put(BASE + "/CHO_T_READER", null, null, market("R", MEO_VAC, "II", false, "ENTERPRISE", null))
        .statusCode(403);
    // The create-by-POST of earlier versions is gone: the client owns the code, so PUT creates.
    given()
        .contentType("application/json")
        .body(market("R", MEO_VAC, "II", false, "ENTERPRISE", null))
        .post(BASE)
        .then()
        .statusCode(405);
    given().get(BASE + "/summary").then().statusCode(200);
  }

  /** A create of CHO_T_BAD, which every request of the bad-request test must leave absent. */
  private static ValidatableResponse putBad(String body) {
    return put(BASE + "/CHO_T_BAD", null, null, body);
  }

  /** PUTs CHO_T_LOC with these locations, expecting a 422 whose first error is on {@code field}. */
  private static ValidatableResponse locationRefused(String locations, String field) {
    return put(
            BASE + "/CHO_T_LOC",
            null,
            null,
            market("LOC", locations, "III", false, "MANAGEMENT_BOARD", null))
        .statusCode(422)
        .body("errors[0].field", equalTo(field));
  }
}
