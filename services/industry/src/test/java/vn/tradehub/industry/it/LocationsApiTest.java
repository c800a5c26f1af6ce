package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Dated locations: migrated from the free text, validated against the units of their own dates,
 * listed by the unit they lay in on a date, and reports placed in the unit of their month.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class LocationsApiTest {
  static final Geography GEOGRAPHY = Geography.classpath();
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final String TRAN_PHU = "5199901003";
  static final String MOVED = "5199901010";
  static final String ENDED = "5199901028";

  /** Phường Trần Phú (00691) until the reform, then Phường Hà Giang 2, which reuses its code. */
  static final String CODE_00691 =
      "[{\"unitCode\":\"00691\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
          + "{\"unitCode\":\"00691\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]";

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void theFreeTextBecameLocationsJoinedOnTheOfficialNames() {
    // An enterprise named only its district: located in it until the reform (the demo adds the
    // commune it lies in since).
    given()
        .get("/api/v1/industry/enterprises/5101001859")
        .then()
        .statusCode(200)
        .body("locations[0].unitCode", equalTo("029"))
        .body("locations[0].level", equalTo("DISTRICT"))
        .body("locations[0].nameVi", equalTo("Huyện Quản Bạ"))
        .body("locations[0].validFrom", org.hamcrest.Matchers.nullValue())
        .body("locations[0].validTo", equalTo("2025-06-30"));
    // "Xã Phó Bảng" of the free text is Thị trấn Phó Bảng (00712), which went whole into Xã Phố
    // Bảng (00745) on 2025-07-01.
    given()
        .get("/api/v1/industry/villages/HG-V008")
        .then()
        .statusCode(200)
        .body("locations.unitCode", org.hamcrest.Matchers.contains("00712", "00745"))
        .body("locations[0].nameVi", equalTo("Thị trấn Phó Bảng"))
        .body("locations[1].nameVi", equalTo("Xã Phố Bảng"))
        .body("locations[1].validFrom", equalTo("2025-07-01"));
    given()
        .get("/api/v1/industry/clusters/CCN-TUNG-BA")
        .then()
        .statusCode(200)
        .body("locations[0].unitCode", equalTo("030"));
    // The demo places each of Hà Giang's enterprises, from the reform on, in a commune that took
    // in land of its district.
    JsonNode page =
        Api.tree(
            given()
                .get("/api/v1/industry/enterprises?limit=1000&unit=02&asOf=2025-06-30")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    int checked = 0;
    for (JsonNode e : page.path("items")) {
      JsonNode l = e.path("locations");
      if (!l.path(0).path("level").asText().equals("DISTRICT") || l.size() != 2) continue;
      String district = l.path(0).path("unitCode").asText();
      AdminUnit d = GEOGRAPHY.unit(district, REFORM.minusDays(1)).orElseThrow();
      assertThat(GEOGRAPHY.compose(d, REFORM).codes())
          .as(e.path("taxCode").asText())
          .contains(l.path(1).path("unitCode").asText());
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(30);
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void aCodeIsAUnitOnlyWithADate() {
    Api.enterprise(TRAN_PHU, "3600", CODE_00691);
    given()
        .get("/api/v1/industry/enterprises/" + TRAN_PHU)
        .then()
        .statusCode(200)
        .body(
            "locations.nameVi",
            org.hamcrest.Matchers.contains("Phường Trần Phú", "Phường Hà Giang 2"));
    Api.json()
        .body(Api.report("ESTIMATED", "NUOC-MAY", 1000, 10_000_000L))
        .put(Api.REPORTS + TRAN_PHU + "/2025-06")
        .then()
        .statusCode(201)
        .body("placedIn.unitCode", equalTo("00691"))
        .body("placedIn.nameVi", equalTo("Phường Trần Phú"));
    Api.json()
        .body(Api.report("ESTIMATED", "NUOC-MAY", 1000, 10_000_000L))
        .put(Api.REPORTS + TRAN_PHU + "/2025-07")
        .then()
        .statusCode(201)
        .body("placedIn.unitCode", equalTo("00691"))
        .body("placedIn.nameVi", equalTo("Phường Hà Giang 2"));

    // 00691 on 2025-06-01 is Phường Trần Phú, inside district 024; on 2026-01-01 Phường Hà Giang 2.
    List<String> before = taxCodes("unit=00691&asOf=2025-06-01");
    assertThat(before).contains(TRAN_PHU).doesNotContain("5101002274");
    List<String> after = taxCodes("unit=00691&asOf=2026-01-01");
    // The power company lay in district 024 until the reform (its record named only that), and
    // in Phường Hà Giang 2 from then on (demo).
    assertThat(after).contains(TRAN_PHU, "5101002274");
    assertThat(taxCodes("unit=024&asOf=2025-06-01")).contains(TRAN_PHU, "5101002274");
    // 024 no longer exists on 2026-01-01.
    given()
        .get("/api/v1/industry/enterprises?unit=024&asOf=2026-01-01")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("unit"))
        .body("errors[0].message", containsString("Thành phố Hà Giang (until 2025-06-30)"));
    // The merged province contains both former provinces' enterprises today.
    assertThat(taxCodes("unit=08")).contains(TRAN_PHU, "5101002274", "5001001252");
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void locationsAreValidatedOnTheirOwnDates() {
    // A district after the reform: refused, naming the communes to use.
    enterpriseWith(
            "[{\"unitCode\":\"024\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
                + "{\"unitCode\":\"024\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("locations[1].unitCode"))
        .body("errors[0].message", containsString("abolished"))
        .body("errors[0].message", containsString("00691 Phường Hà Giang 2"));
    // A commune of before the reform kept past it: 00691 is another commune from 2025-07-01.
    enterpriseWith("[{\"unitCode\":\"00691\",\"validFrom\":\"2024-01-01\",\"validTo\":null}]")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("locations[0].validTo"))
        .body("errors[0].message", containsString("2025-06-30"))
        .body("errors[0].message", containsString("Phường Hà Giang 2"));
    // A province is no place for an enterprise; periods may not overlap.
    enterpriseWith("[{\"unitCode\":\"08\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("locations[0].unitCode"));
    enterpriseWith(
            "[{\"unitCode\":\"00691\",\"validFrom\":\"2025-07-01\",\"validTo\":null},"
                + "{\"unitCode\":\"00694\",\"validFrom\":\"2025-09-01\",\"validTo\":null}]")
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("overlaps"));
    // A village lies in a commune, not a district, before the reform as after.
    Api.json()
        .body(
            "{\"nameVi\":\"Thôn Thử\",\"nameEn\":\"Test hamlet\",\"locations\":"
                + "[{\"unitCode\":\"030\",\"validFrom\":null,\"validTo\":\"2025-06-30\"}],"
                + "\"border\":true,\"electrifiedOn\":null}")
        .put("/api/v1/industry/villages/HG-TEST-1")
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("not a commune"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void aReportIsPlacedByItsEnterprisesLocationOnItsMonth() {
    // Located until the reform only: a report of August 2025 has nowhere to lie.
    Api.enterprise(
        ENDED, "3600", "[{\"unitCode\":\"02536\",\"validFrom\":null,\"validTo\":\"2025-06-30\"}]");
    Api.json()
        .body(Api.report("ESTIMATED", "NUOC-MAY", 1000, 10_000_000L))
        .put(Api.REPORTS + ENDED + "/2025-08")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("period"))
        .body("errors[0].message", containsString("2025-08"));

    // An enterprise that moves: its reports follow its history, and a history that would leave a
    // reported month without a location is refused, naming the month.
    Api.enterprise(MOVED, "3600", Api.SON_DUONG);
    Api.json()
        .body(Api.report("ESTIMATED", "NUOC-MAY", 1000, 10_000_000L))
        .put(Api.REPORTS + MOVED + "/2026-02")
        .then()
        .statusCode(201)
        .body("placedIn.unitCode", equalTo("02536"));
    String moved =
        "[{\"unitCode\":\"02536\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
            + "{\"unitCode\":\"02536\",\"validFrom\":\"2025-07-01\",\"validTo\":\"2026-01-31\"},"
            + "{\"unitCode\":\"02509\",\"validFrom\":\"2026-02-01\",\"validTo\":null}]";
    Api.json()
        .header("If-Match", "\"0\"")
        .body(enterpriseBody(MOVED, moved))
        .put("/api/v1/industry/enterprises/" + MOVED)
        .then()
        .statusCode(200)
        .body("locations.unitCode", org.hamcrest.Matchers.contains("02536", "02536", "02509"))
        .body("version", equalTo(1));
    given()
        .get(Api.REPORTS + MOVED + "/2026-02")
        .then()
        .statusCode(200)
        .body("placedIn.unitCode", equalTo("02509"))
        .body("placedIn.nameVi", equalTo("Phường Mỹ Lâm"));
    Api.json()
        .header("If-Match", "\"1\"")
        .body(
            enterpriseBody(
                MOVED,
                "[{\"unitCode\":\"02536\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
                    + "{\"unitCode\":\"02536\",\"validFrom\":\"2025-07-01\",\"validTo\":\"2026-01-31\"}]"))
        .put("/api/v1/industry/enterprises/" + MOVED)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("locations"))
        .body("errors[0].message", containsString("2026-02"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void listsFilterByTheUnitOnADate() {
    // Xín Cái (00778) until the reform; from 2025-07-01 the code is Xã Sơn Vĩ, which took in Xín
    // Cái, Sơn Vĩ and Thượng Phùng.
    assertThat(villages("unit=00778&asOf=2024-01-01")).containsExactly("HG-V012", "HG-V013");
    assertThat(villages("unit=00778&asOf=2026-01-01"))
        .containsExactly("HG-V012", "HG-V013", "HG-V014", "HG-V015", "HG-V016", "HG-V017");
    // A district on a date of its own: its communes' villages.
    assertThat(villages("unit=026&asOf=2024-01-01")).hasSize(11);
    // The former Tuyên Quang has villages but no border villages.
    assertThat(villages("unit=08&asOf=2024-01-01&border=true")).isEmpty();
    assertThat(villages("unit=08&asOf=2024-01-01")).contains("TQ-V001");
    given()
        .get("/api/v1/industry/clusters?unit=01171&asOf=2026-01-01")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("CCN-NAM-QUANG"))
        .body("items.code", not(hasItem("CCN-SON-NAM")));
    given().get("/api/v1/industry/villages?unit=99999").then().statusCode(422);
    given().get("/api/v1/industry/villages?unit=0077").then().statusCode(422);
    given().get("/api/v1/industry/villages?unit=00778&asOf=2026-13-01").then().statusCode(400);
  }

  private static io.restassured.response.Response enterpriseWith(String locations) {
    return Api.json()
        .body(enterpriseBody("x", locations))
        .put("/api/v1/industry/enterprises/5199901035");
  }

  private static String enterpriseBody(String name, String locations) {
    return "{\"name\":\"Công ty TNHH Kiểm thử "
        + name
        + "\",\"locations\":"
        + locations
        + ",\"clusterCode\":null,\"mainVsicClass\":\"3600\"}";
  }

  private static List<String> taxCodes(String query) {
    return codes("/api/v1/industry/enterprises?limit=1000&" + query, "taxCode");
  }

  private static List<String> villages(String query) {
    return codes("/api/v1/industry/villages?limit=1000&" + query, "code");
  }

  private static List<String> codes(String url, String field) {
    JsonNode page = Api.tree(given().get(url).then().statusCode(200).extract().asString());
    List<String> out = new ArrayList<>();
    for (JsonNode item : page.path("items")) out.add(item.path(field).asText());
    return out;
  }
}
