package vn.tradehub.commerce.migration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.tradehub.commerce.Api.read;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.commerce.ConditionalWrites;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.testing.TestInfra;

/**
 * V2 on a database of before the reform (see {@link LegacyDatabase}): the reports, their revisions
 * and their not yet relayed events move to the official codes, markets get the location their
 * district and name say, and the indicators are republished per territory at the first start.
 */
@QuarkusTest
@QuarkusTestResource(value = LegacyDatabase.class, restrictToAnnotatedClass = true)
@TestProfile(OfficialUnitsMigrationTest.Legacy.class)
@TestSecurity(user = "admin", roles = "ADMIN")
class OfficialUnitsMigrationTest {
  /** Its own app and database: the legacy one. */
  public static class Legacy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tradehub.demo.enabled", "false");
    }
  }

  @Inject Jdbc jdbc;

  /** The one text value of a query. */
  private String text(String sql) {
    return jdbc.one(sql, rs -> rs.getString(1));
  }

  /** The count of a {@code select count(*)}. */
  private int count(String sql) {
    return jdbc.one(sql, rs -> rs.getInt(1));
  }

  @Test
  void reportsAndTheirHistoryMoveToTheOfficialCode() {
    given()
        .get("/api/v1/commerce/retail-reports/027/2021-03")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("unitCode", equalTo("027"))
        .body("unit.nameVi", equalTo("Huyện Mèo Vạc"))
        .body("totalVnd", equalTo(41810000000L));
    given()
        .get("/api/v1/commerce/retail-reports/027/2021-03/revisions")
        .then()
        .statusCode(200)
        .body("version", contains(0, 1))
        .body("snapshot.unitCode", contains("027", "027"));
    given().get("/api/v1/commerce/retail-reports/MEO_VAC/2021-03").then().statusCode(422);
    // The figures are Hà Giang's as before.
    given()
        .get("/api/v1/commerce/retail-sales?from=2021-03&to=2021-03&groupBy=unit")
        .then()
        .statusCode(200)
        .body("total.valueVnd", equalTo(41810000000L))
        .body("groups.unit", contains("027"));
  }

  @Test
  void eventsNotYetRelayedGoOutInTheNewContractAndIndicatorsAreRepublished() {
    Map<String, String> retail =
        Map.of(
            "unitCode",
            text(
                "select payload ->> 'unitCode' from outbox"
                    + " where id = '00000000-0000-0000-0000-000000000002'"),
            "key",
            text(
                "select record_key || ' ' || subject from outbox"
                    + " where id = '00000000-0000-0000-0000-000000000002'"));
    assertThat(retail).containsEntry("unitCode", "027").containsEntry("key", "027 027/2021-03");
    // What was relayed is history: left as it was sent.
    assertThat(
            text("select record_key from outbox where id = '00000000-0000-0000-0000-000000000001'"))
        .isEqualTo("MEO_VAC");
    // The province-only indicators not yet relayed are replaced by the per-territory ones.
    assertThat(
            count("select count(*) from outbox where id = '00000000-0000-0000-0000-000000000003'"))
        .isZero();
    List<String> republished =
        jdbc.query(
            "select record_key from outbox where topic = 'commerce.indicators.v1'",
            rs -> rs.getString(1));
    assertThat(republished).containsExactly("02@2025-06-30|2021-03");
    assertThat(
            text(
                "select payload -> 'byUnit' -> 0 ->> 'unitCode' from outbox"
                    + " where record_key = '02@2025-06-30|2021-03'"))
        .isEqualTo("027");
    assertThat(count("select count(*) from indicator_republish")).isZero();
  }

  @Test
  void marketsLieWhereTheirDistrictAndNameSay() {
    // "Chợ trung tâm Mèo Vạc": Thị trấn Mèo Vạc, then Xã Mèo Vạc (the same code, 00769).
    JsonPath meoVac = read("/api/v1/commerce/markets/CHO_MEO_VAC");
    assertThat(meoVac.getList("locations.unitCode")).containsExactly("00769", "00769");
    assertThat(meoVac.getList("locations.nameVi"))
        .containsExactly("Thị trấn Mèo Vạc", "Xã Mèo Vạc");
    assertThat(meoVac.getList("locations.validTo")).containsExactly("2025-06-30", null);
    // No commune of Bắc Mê is called so: the district is all the old record says.
    given()
        .get("/api/v1/commerce/markets/CHO_BAC_ME")
        .then()
        .body("locations.unitCode", contains("031"))
        .body("locations.level", contains("DISTRICT"))
        .body("locations[0].validTo", equalTo("2025-06-30"));
    // Names are matched exactly: the list spells it Xà Phìn.
    given()
        .get("/api/v1/commerce/markets/CHO_SA_PHIN")
        .then()
        .body("locations.unitCode", contains("026"));
    // Xã Việt Lâm was split on 2025-07-01: its market's new commune is not guessed.
    given()
        .get("/api/v1/commerce/markets/CHO_VIET_LAM")
        .then()
        .body("locations.unitCode", contains("00967"))
        .body("locations[0].validTo", equalTo("2025-06-30"));
    // A migrated market takes its own state back unchanged, and is completed by a PUT.
    String body =
        "{\"nameVi\":\"Chợ trung tâm Bắc Mê\",\"nameEn\":\"Bac Me Central Market\","
            + "\"locations\":[{\"unitCode\":\"031\",\"validFrom\":null,\"validTo\":\"2025-06-30\"}],"
            + "\"marketClass\":\"III\",\"borderMarket\":false,\"managementModel\":\"MANAGEMENT_BOARD\","
            + "\"managementModelSince\":null,\"status\":\"ACTIVE\"}";
    ConditionalWrites.put("/api/v1/commerce/markets/CHO_BAC_ME", null, null, body)
        .statusCode(200)
        .header("ETag", "\"0\"");
    ConditionalWrites.put(
            "/api/v1/commerce/markets/CHO_BAC_ME",
            "If-Match",
            "\"0\"",
            body.replace(
                "\"validTo\":\"2025-06-30\"}]",
                "\"validTo\":\"2025-06-30\"},"
                    + "{\"unitCode\":\"00991\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]"))
        .statusCode(200)
        .body("locations.nameVi", contains("Huyện Bắc Mê", "Xã Bắc Mê"));
    given()
        .get("/api/v1/commerce/markets?unit=08&asOf=2026-01-01")
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_BAC_ME", "CHO_MEO_VAC"));
  }

  @Test
  void aDistrictInUseWithoutAnOfficialNameStopsTheMigrationNamingIt() {
    TestInfra infra = TestInfra.get();
    String url = LegacyDatabase.freshDatabase();
    LegacyDatabase.atV1(url, infra.pgUser(), infra.pgPassword());
    LegacyDatabase.execute(
        url,
        infra.pgUser(),
        infra.pgPassword(),
        "insert into district (code, name_vi, name_en) values ('THU', 'Huyện Thử', 'Test');"
            + " insert into retail_report (district_code, period, status, recorded_by,"
            + " recorded_at, version) values ('THU', '2021-01', 'FINAL', 'x', now(), 0);");
    assertThatThrownBy(() -> LegacyDatabase.latest(url, infra.pgUser(), infra.pgPassword()))
        .hasMessageContaining("districts in use with no official unit of the same name: THU");
  }
}
