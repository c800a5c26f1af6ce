package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Turnover for a territory across the 2025 reform, on a hand-checked dataset in months no other
 * test uses (2024-08, 2025-08), USD lines at the seeded gates of the former Hà Giang:
 *
 * <pre>
 * 2024-08  THANH_THUY export 1,000.10   CHO_THANH_THUY export 10.01   (Xã Thanh Thủy 00928, Vị Xuyên)
 *          SAM_PUN export 200.20 (Xã Sơn Vĩ 00793)   PHO_BANG import 30.03 (Thị trấn Phó Bảng 00712)
 * 2025-08  THANH_THUY export 1,500.15   CHO_THANH_THUY export 20.02   (Xã Thanh Thuỷ 00928)
 *          SAM_PUN export 100.10 (Xã Sơn Vĩ 00778)   XIN_MAN export 0.01 (Xã Xín Mần 01108)
 * </pre>
 *
 * August 2025 for the merged province: exports 1,620.28 against 1,210.31 in August 2024 for both
 * former provinces (+33.87 %); all flows 1,620.28 against 1,240.34 (+30.63 %). Xã Thanh Thuỷ (new
 * 00928 = old 00928 + 00940): 1,520.17 against 1,010.11 (+50.50 %).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerritoryTurnoverTest {
  private static final String TURNOVER = "/api/v1/border-trade/turnover";
  private static final JsonPathConfig DECIMALS =
      JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private boolean loaded;

  private static void post(String gate, String date, String flow, String usd) {
    Map<String, Object> line = Lines.line(gate, Lines.newDeclaration(), 1, date);
    line.put("flow", flow);
    line.put("value", Map.of("amount", new BigDecimal(usd), "currency", "USD"));
    Shipments.post(line).then().statusCode(201);
  }

  @BeforeEach
  void data() {
    if (loaded) return;
    loaded = true;
    post("THANH_THUY", "2024-08-05", "EXPORT", "1000.10");
    post("CHO_THANH_THUY", "2024-08-06", "EXPORT", "10.01");
    post("SAM_PUN", "2024-08-07", "EXPORT", "200.20");
    post("PHO_BANG", "2024-08-08", "IMPORT", "30.03");
    post("THANH_THUY", "2025-08-05", "EXPORT", "1500.15");
    post("SAM_PUN", "2025-08-06", "EXPORT", "100.10");
    post("XIN_MAN", "2025-08-07", "EXPORT", "0.01");
    post("CHO_THANH_THUY", "2025-08-08", "EXPORT", "20.02");
  }

  private static Response turnover(String territory, String from, String to, String groupBy) {
    var r = given().queryParam("from", from).queryParam("to", to);
    if (territory != null) r = r.queryParam("territory", territory);
    if (groupBy != null) r = r.queryParam("groupBy", groupBy);
    return r.get(TURNOVER);
  }

  private static JsonPath ok(Response r) {
    return r.then().statusCode(200).extract().jsonPath(DECIMALS);
  }

  private static BigDecimal dec(JsonPath j, String path) {
    return j.get(path);
  }

  @Test
  void theMergedProvinceIsComparedWithBothFormerProvincesAYearEarlier() {
    JsonPath j = ok(turnover(null, "2025-08", "2025-08", null));
    assertThat(j.getString("territory.ref")).isEqualTo("08@2025-07-01");
    assertThat(j.getString("territory.nameVi")).isEqualTo("Tỉnh Tuyên Quang");
    assertThat(j.getString("territory.nameEn")).isEqualTo("Tuyen Quang Province");
    assertThat(j.getString("territory.validFrom")).isEqualTo("2025-07-01");
    assertThat(j.getString("territory.validTo")).isNull();
    String exports = "byFlow.find { it.group.flow == 'EXPORT' }";
    assertThat(dec(j, exports + ".valueUsd")).isEqualByComparingTo("1620.28");
    assertThat(dec(j, exports + ".previousValueUsd")).isEqualByComparingTo("1210.31");
    assertThat(dec(j, exports + ".changePct")).isEqualByComparingTo("33.87");
    assertThat(dec(j, "total.valueUsd")).isEqualByComparingTo("1620.28");
    assertThat(dec(j, "total.previousValueUsd")).isEqualByComparingTo("1240.34");
    assertThat(dec(j, "total.changePct")).isEqualByComparingTo("30.63");
    // The same pinned: 08@2025-07-01 whatever the period.
    JsonPath pinned = ok(turnover("08@2025-07-01", "2025-08", "2025-08", null));
    assertThat(dec(pinned, "total.valueUsd")).isEqualByComparingTo("1620.28");
    assertThat(dec(pinned, "total.previousValueUsd")).isEqualByComparingTo("1240.34");
  }

  @Test
  void theFormerHaGiangAreaIsTheSumOfItsCommunesAndTuyenQuangHasNoBorderTrade() {
    JsonPath haGiang = ok(turnover("02", "2025-08", "2025-08", null));
    assertThat(haGiang.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(haGiang.getString("territory.nameVi")).isEqualTo("Tỉnh Hà Giang");
    assertThat(dec(haGiang, "total.valueUsd")).isEqualByComparingTo("1620.28");
    assertThat(dec(haGiang, "total.previousValueUsd")).isEqualByComparingTo("1240.34");
    JsonPath tuyenQuang = ok(turnover("08@2025-06-30", "2025-08", "2025-08", null));
    assertThat(tuyenQuang.getString("territory.nameVi")).isEqualTo("Tỉnh Tuyên Quang");
    assertThat(tuyenQuang.getString("territory.validTo")).isEqualTo("2025-06-30");
    assertThat(dec(tuyenQuang, "total.valueUsd")).isEqualByComparingTo("0.00");
    assertThat(tuyenQuang.getString("total.previousValueUsd")).isNull();
    JsonPath tuyenQuang2024 = ok(turnover("08", "2024-08", "2024-08", null));
    assertThat(tuyenQuang2024.getString("territory.ref")).isEqualTo("08@2025-06-30");
    assertThat(dec(tuyenQuang2024, "total.valueUsd")).isEqualByComparingTo("0.00");
    // Before the reform the province is Hà Giang by default.
    JsonPath before = ok(turnover(null, "2024-08", "2024-08", null));
    assertThat(before.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(dec(before, "total.valueUsd")).isEqualByComparingTo("1240.34");
  }

  @Test
  void territorySumsEqualTheSumOfTheirCommunesToTheCent() {
    for (String territory : List.of("08", "02")) {
      JsonPath j = ok(turnover(territory, "2025-08", "2025-08", "commune"));
      List<Map<String, Object>> rows = j.getList("rows");
      BigDecimal now = BigDecimal.ZERO;
      BigDecimal before = BigDecimal.ZERO;
      for (Map<String, Object> row : rows) {
        now = now.add((BigDecimal) row.get("valueUsd"));
        if (row.get("previousValueUsd") != null)
          before = before.add((BigDecimal) row.get("previousValueUsd"));
      }
      assertThat(now).isEqualByComparingTo(dec(j, "total.valueUsd"));
      assertThat(before).isEqualByComparingTo(dec(j, "total.previousValueUsd"));
      String thanhThuy = "rows.find { it.group.commune == '00928@2025-07-01' }";
      assertThat(dec(j, thanhThuy + ".valueUsd")).isEqualByComparingTo("1520.17");
      // Last year's land of the new commune: the former Thanh Thủy and Phương Tiến.
      assertThat(dec(j, thanhThuy + ".previousValueUsd")).isEqualByComparingTo("1010.11");
      assertThat(dec(j, thanhThuy + ".changePct")).isEqualByComparingTo("50.50");
      assertThat(j.getString(thanhThuy + ".commune.nameVi")).isEqualTo("Xã Thanh Thuỷ");
      assertThat(j.getString(thanhThuy + ".commune.validFrom")).isEqualTo("2025-07-01");
      String sonVi = "rows.find { it.group.commune == '00778@2025-07-01' }";
      assertThat(dec(j, sonVi + ".valueUsd")).isEqualByComparingTo("100.10");
      assertThat(dec(j, sonVi + ".previousValueUsd")).isEqualByComparingTo("200.20");
      // Phó Bảng had an import a year earlier and nothing now: shown with 0.
      String phoBang = "rows.find { it.group.commune == '00745@2025-07-01' }";
      assertThat(dec(j, phoBang + ".valueUsd")).isEqualByComparingTo("0.00");
      assertThat(dec(j, phoBang + ".previousValueUsd")).isEqualByComparingTo("30.03");
      assertThat(j.getString(phoBang + ".commune.nameVi")).isEqualTo("Xã Phố Bảng");
    }
    // A commune as the territory: the same figures as its row.
    JsonPath commune = ok(turnover("00928", "2025-08", "2025-08", null));
    assertThat(commune.getString("territory.ref")).isEqualTo("00928@2025-07-01");
    assertThat(dec(commune, "total.valueUsd")).isEqualByComparingTo("1520.17");
    assertThat(dec(commune, "total.previousValueUsd")).isEqualByComparingTo("1010.11");
    // A district before the reform: Vị Xuyên holds both Thanh Thủy gates.
    JsonPath viXuyen = ok(turnover("030", "2024-08", "2024-08", "gate"));
    assertThat(viXuyen.getString("territory.nameVi")).isEqualTo("Huyện Vị Xuyên");
    assertThat(dec(viXuyen, "total.valueUsd")).isEqualByComparingTo("1010.11");
    assertThat(viXuyen.getList("rows.group.gate"))
        .containsExactlyInAnyOrder("THANH_THUY", "CHO_THANH_THUY");
  }

  @Test
  void aCodeReusedAcrossTheReformIsTwoCommuneRows() {
    post("THANH_THUY", "2025-06-10", "EXPORT", "700.07");
    JsonPath j = ok(turnover("02", "2025-06", "2025-08", "commune"));
    String old = "rows.find { it.group.commune == '00928@2025-06-30' }";
    String now = "rows.find { it.group.commune == '00928@2025-07-01' }";
    assertThat(dec(j, old + ".valueUsd")).isEqualByComparingTo("700.07");
    assertThat(j.getString(old + ".commune.nameVi")).isEqualTo("Xã Thanh Thủy");
    assertThat(j.getString(old + ".commune.validTo")).isEqualTo("2025-06-30");
    assertThat(dec(j, now + ".valueUsd")).isEqualByComparingTo("1520.17");
    BigDecimal sum =
        j.<Map<String, Object>>getList("rows").stream()
            .map(r -> (BigDecimal) r.get("valueUsd"))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(dec(j, "total.valueUsd"));
  }

  @Test
  void theSummaryAndYearToDateTakeTheTerritoryToo() {
    JsonPath ytd =
        given()
            .queryParam("year", 2025)
            .queryParam("month", 8)
            .queryParam("territory", "08@2025-06-30")
            .get(TURNOVER + "/ytd")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath(DECIMALS);
    assertThat(ytd.getString("territory.ref")).isEqualTo("08@2025-06-30");
    assertThat(dec(ytd, "total.valueUsd")).isEqualByComparingTo("0.00");
    given()
        .queryParam("territory", "02")
        .get("/api/v1/border-trade/summary")
        .then()
        .statusCode(200)
        .body("territory.code", equalTo("02"))
        .body("territory.nameVi", equalTo("Tỉnh Hà Giang"));
  }

  @Test
  void territoriesThatCannotBeSummedExactlyAreRefusedWithTheReason() {
    // The former district Vị Xuyên after the reform: its land went partly into Phường Hà Giang 2.
    turnover("030", "2025-08", "2025-08", null)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("territory"))
        .body("errors[0].message", containsString("Huyện Vị Xuyên"))
        .body("errors[0].message", containsString("cannot be expressed exactly"));
    turnover("99", "2025-08", "2025-08", null)
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("no administrative unit has code 99"));
    // No district exists after the reform: a pinned date names no unit.
    turnover("024@2026-01-01", "2025-08", "2025-08", null)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("territory"))
        .body("errors[0].message", containsString("Thành phố Hà Giang"));
    turnover("Hà Giang", "2025-08", "2025-08", null).then().statusCode(422);
    given()
        .queryParam("year", 2025)
        .queryParam("territory", "8")
        .get(TURNOVER + "/ytd")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("territory"));
    turnover(null, "2025-08", "2025-08", "commune,district")
        .then()
        .statusCode(422)
        .body("errors[0].rejectedValue", equalTo("district"));
  }
}
