package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.tradehub.commerce.Api.REPORTS;
import static vn.tradehub.commerce.Api.dec;
import static vn.tradehub.commerce.Api.getProblem;
import static vn.tradehub.commerce.Api.read;
import static vn.tradehub.commerce.Api.sales;
import static vn.tradehub.commerce.Json.line;
import static vn.tradehub.commerce.Json.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The 2025 reform: reports by the units of their month, territories summed from their units to the
 * đồng, and the year before always the same territory. This class alone files reports of 2024-2026
 * (the other classes keep to earlier years), so its sums are exactly its own reports:
 *
 * <pre>
 *            Hà Giang (02)                           former Tuyên Quang (08@2025-06-30)
 * 2024-08    024 A1, 029 A2 (districts)              070 B1, 076 B2 (districts)
 * 2025-03    024 E1                                  070 F1
 * 2025-08    00691 C1 (Phường Hà Giang 2),           02215 D1 (Phường Minh Xuân)
 *            00874 C2 (Xã Quản Bạ, in former 029)
 * 2026-03    00691 G1                                02215 H1
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "statistics-office", roles = "STATISTICS")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryTest {
  static final long A1 = 301_234_567_891L, A2 = 45_678_901_233L;
  static final long B1 = 512_345_678_917L, B2 = 123_456_789_019L;
  static final long C1 = 311_111_111_113L, C2 = 9_876_543_217L, D1 = 421_212_121_219L;
  static final long E1 = 287_654_321_011L, F1 = 498_765_432_107L;
  static final long G1 = 333_333_333_337L, H1 = 444_444_444_449L;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  private static void file(String unit, String period, long retailGoods, long other) {
    Api.file(
        unit,
        period,
        report(
            "PRELIMINARY",
            line("RETAIL_GOODS", "NON_STATE", retailGoods - other),
            line("OTHER_SERVICES", "STATE", other)));
  }

  /**
   * The answer's {@code figure} (total, yearToDate) is {@code value} against {@code previousYear}.
   */
  private static void against(
      JsonPath j, String figure, BigDecimal value, BigDecimal previousYear) {
    assertThat(dec(j, figure + ".valueVnd")).as(figure).isEqualByComparingTo(value);
    assertThat(dec(j, figure + ".previousYearVnd"))
        .as(figure + " a year earlier")
        .isEqualByComparingTo(previousYear);
  }

  private static BigDecimal sum(long... values) {
    BigDecimal s = BigDecimal.ZERO;
    for (long v : values) s = s.add(BigDecimal.valueOf(v));
    return s;
  }

  @Test
  @Order(1)
  void aDistrictAfterTheReformAndACommuneBeforeItAreRefusedNamingWhatToUse() {
    String body = report("FINAL", line("RETAIL_GOODS", "NON_STATE", 1000));
    ConditionalWrites.put(REPORTS + "027/2025-07", null, null, body)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("unitCode"))
        .body("errors[0].rejectedValue", equalTo("027"))
        .body("errors[0].message", containsString("a report for 2025-07 is by commune"))
        .body("errors[0].message", containsString("abolished on 2025-07-01"))
        .body("errors[0].message", containsString("00769 Xã Mèo Vạc"));
    ConditionalWrites.put(REPORTS + "00691/2025-05", null, null, body)
        .statusCode(422)
        .body("errors[0].field", equalTo("unitCode"))
        .body("errors[0].message", containsString("a report for 2025-05 is by district"))
        .body("errors[0].message", containsString("Phường Trần Phú"))
        .body("errors[0].message", containsString("use 024 Thành phố Hà Giang"));
    // Codes are reused: 00745 is Xã Phố Bảng from 2025-07 but Xã Phố Cáo of district 026 before.
    ConditionalWrites.put(REPORTS + "00745/2024-12", null, null, body)
        .statusCode(422)
        .body("errors[0].message", containsString("Xã Phố Cáo"))
        .body("errors[0].message", containsString("use 026 Huyện Đồng Văn"));
    given().get(REPORTS + "027/2025-07").then().statusCode(404);
    given().get(REPORTS + "00691/2025-05").then().statusCode(404);
  }

  @Test
  @Order(2)
  void aReusedCodeIsTheUnitOfTheReportsMonthAndTheTerritoriesAddUpToTheDong() {
    try (EventCapture indicators = EventCapture.fromNow(kafka, Topics.COMMERCE_INDICATORS)) {
      file("024", "2024-08", A1, 1_000_000_001L);
      file("029", "2024-08", A2, 7);
      file("070", "2024-08", B1, 3);
      file("076", "2024-08", B2, 11);
      file("024", "2025-03", E1, 13);
      file("070", "2025-03", F1, 17);
      file("00691", "2025-08", C1, 19);
      file("00874", "2025-08", C2, 23);
      file("02215", "2025-08", D1, 29);
      file("00691", "2026-03", G1, 31);
      file("02215", "2026-03", H1, 37);

      // 00691 is Phường Hà Giang 2 in 2025-08 (and was Phường Trần Phú, a commune of 024, before).
      given()
          .get(REPORTS + "00691/2025-08")
          .then()
          .statusCode(200)
          .body("unitCode", equalTo("00691"))
          .body("unit.nameVi", equalTo("Phường Hà Giang 2"))
          .body("unit.level", equalTo("COMMUNE"))
          .body("unit.ref", equalTo("00691@2025-07-01"));
      given()
          .get(REPORTS + "024/2025-03")
          .then()
          .statusCode(200)
          .body("unit.nameVi", equalTo("Thành phố Hà Giang"))
          .body("unit.validTo", equalTo("2025-06-30"));

      // The events: one per (territory, month); each figure is the sum of its byUnit.
      expect(indicators, "02@2025-06-30|2024-08", sum(A1, A2), null, Map.of("024", A1, "029", A2));
      expect(indicators, "08@2025-06-30|2024-08", sum(B1, B2), null, Map.of("070", B1, "076", B2));
      expect(
          indicators,
          "08@2025-07-01|2025-08",
          sum(C1, C2, D1),
          sum(A1, A2, B1, B2),
          Map.of("00691", C1, "00874", C2, "02215", D1));
      // The former areas from 2025-07: the new communes that lie in each, against the districts.
      expect(
          indicators,
          "02@2025-06-30|2025-08",
          sum(C1, C2),
          sum(A1, A2),
          Map.of("00691", C1, "00874", C2));
      expect(indicators, "08@2025-06-30|2025-08", sum(D1), sum(B1, B2), Map.of("02215", D1));
      expect(indicators, "02@2025-06-30|2026-03", sum(G1), sum(E1), Map.of("00691", G1));
      JsonNode merged2026 =
          expect(
              indicators,
              "08@2025-07-01|2026-03",
              sum(G1, H1),
              sum(E1, F1),
              Map.of("00691", G1, "02215", H1));
      assertThat(merged2026.path("retailYtdPrevYearVnd").decimalValue())
          .isEqualByComparingTo(sum(E1, F1));
      // No merged province before it existed (the events above were published after any of it).
      assertThat(indicators.all())
          .extracting(CapturedEvent::key)
          .noneMatch(k -> k.startsWith("08@2025-07-01|2024"));
    }
  }

  /** Awaits the event of {@code key} with its final figures and checks its units. */
  private static JsonNode expect(
      EventCapture capture,
      String key,
      BigDecimal month,
      BigDecimal previous,
      Map<String, Long> byUnit) {
    List<CapturedEvent> found =
        capture.await(
            e ->
                key.equals(e.key())
                    && e.payload().path("retailMonthVnd").decimalValue().compareTo(month) == 0
                    && (previous == null
                        ? e.payload().path("retailMonthPrevYearVnd").isNull()
                        : previous.compareTo(
                                e.payload().path("retailMonthPrevYearVnd").decimalValue())
                            == 0),
            1,
            Duration.ofSeconds(30));
    assertThat(found).as(key).isNotEmpty();
    JsonNode p = found.get(found.size() - 1).payload();
    assertThat(p.path("territory").asText() + "|" + p.path("period").asText()).isEqualTo(key);
    BigDecimal units = BigDecimal.ZERO;
    Map<String, BigDecimal> seen = new java.util.TreeMap<>();
    for (JsonNode u : p.path("byUnit")) {
      seen.put(u.path("unitCode").asText(), u.path("retailMonthVnd").decimalValue());
      units = units.add(u.path("retailMonthVnd").decimalValue());
    }
    assertThat(units).as(key + " = sum of its units").isEqualByComparingTo(month);
    assertThat(seen.keySet()).as(key).containsExactlyInAnyOrderElementsOf(byUnit.keySet());
    byUnit.forEach((u, v) -> assertThat(seen.get(u)).isEqualByComparingTo(BigDecimal.valueOf(v)));
    return p;
  }

  @Test
  @Order(3)
  void theMergedProvinceIsComparedWithBothFormerOnesAndTheFormerAreaWithItself() {
    // Default for 2025-08: the province of the month, the merged 08; last year both former ones.
    JsonPath merged = sales("from=2025-08&to=2025-08&groupBy=unit");
    assertThat(merged.getString("territory.ref")).isEqualTo("08@2025-07-01");
    assertThat(merged.getString("territory.nameVi")).isEqualTo("Tỉnh Tuyên Quang");
    assertThat(merged.getString("territory.validFrom")).isEqualTo("2025-07-01");
    against(merged, "total", sum(C1, C2, D1), sum(A1, A2, B1, B2));
    assertThat(merged.getInt("reportCount")).isEqualTo(3);
    // The units add up to the territory, and are named.
    assertThat(Api.sum(merged, "groups.valueVnd")).isEqualByComparingTo(sum(C1, C2, D1));
    assertThat(merged.getString("groups.find { it.unit == '00691' }.unitNameVi"))
        .isEqualTo("Phường Hà Giang 2");
    // A unit is compared only with itself: a new commune a year earlier was no reporting unit
    // (reports were by district), so its own comparison is null while the province's is exact.
    assertThat(merged.getList("groups.unit")).containsExactly("00691", "00874", "02215");
    assertThat(merged.getList("groups.previousYearVnd")).containsOnlyNulls();
    // Year to date: 2025-03 by district and 2025-08 by commune, against 2024's districts.
    against(merged, "yearToDate", sum(E1, F1, C1, C2, D1), sum(A1, A2, B1, B2));
    assertThat(sales("from=2025-08&to=2025-08&territory=08").getString("territory.ref"))
        .isEqualTo("08@2025-07-01");

    // The former Hà Giang area after July 2025: its communes, against Hà Giang's districts.
    JsonPath haGiang = sales("from=2025-08&to=2025-08&territory=02");
    assertThat(haGiang.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(haGiang.getString("territory.nameVi")).isEqualTo("Tỉnh Hà Giang");
    assertThat(haGiang.getString("territory.validTo")).isEqualTo("2025-06-30");
    against(haGiang, "total", sum(C1, C2), sum(A1, A2));
    assertThat(dec(haGiang, "yearToDate.valueVnd")).isEqualByComparingTo(sum(E1, C1, C2));
    JsonPath tuyenQuang = sales("from=2025-08&to=2025-08&territory=08@2025-06-30");
    assertThat(tuyenQuang.getString("territory.nameVi")).isEqualTo("Tỉnh Tuyên Quang");
    against(tuyenQuang, "total", sum(D1), sum(B1, B2));
    // The two former areas are the merged province, to the đồng.
    assertThat(dec(haGiang, "total.valueVnd").add(dec(tuyenQuang, "total.valueVnd")))
        .isEqualByComparingTo(dec(merged, "total.valueVnd"));

    // 2026 against 2025, month by month across the reform.
    JsonPath march = sales("from=2026-03&to=2026-03&territory=08");
    against(march, "total", sum(G1, H1), sum(E1, F1));
    JsonPath year2025 = sales("from=2025-01&to=2025-12&territory=08");
    against(year2025, "total", sum(E1, F1, C1, C2, D1), sum(A1, A2, B1, B2));

    // Before the reform the default is Hà Giang; the merged province is asked with its date.
    JsonPath aug2024 = sales("from=2024-08&to=2024-08");
    assertThat(aug2024.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(dec(aug2024, "total.valueVnd")).isEqualByComparingTo(sum(A1, A2));
    JsonPath merged2024 = sales("from=2024-08&to=2024-08&territory=08@2025-07-01&groupBy=unit");
    assertThat(dec(merged2024, "total.valueVnd")).isEqualByComparingTo(sum(A1, A2, B1, B2));
    assertThat(merged2024.getList("groups.unit")).containsExactly("024", "029", "070", "076");
    assertThat(merged2024.getList("notes")).isNotEmpty(); // the two village transfers
    assertThat((Object) merged2024.get("total.previousYearVnd")).isNull();

    // A district whose land went whole into new communes is a territory on both sides.
    JsonPath quanBa = sales("from=2025-08&to=2025-08&territory=029");
    assertThat(quanBa.getString("territory.ref")).isEqualTo("029@2025-06-30");
    against(quanBa, "total", sum(C2), sum(A2));
  }

  @Test
  @Order(4)
  void aTerritoryTheUnitsOfAMonthCannotExpressIs422AndAComparisonThatCannotBeIsNull() {
    // Former city 024 after the reform: 00691 also took in Xã Phong Quang (district 030).
    getProblem("/api/v1/commerce/retail-sales?from=2026-03&to=2026-03&territory=024", 422)
        .body("errors[0].field", equalTo("territory"))
        .body("errors[0].message", containsString("cannot be expressed exactly"));
    // A commune before the reform, when reports were by district.
    getProblem("/api/v1/commerce/retail-sales?from=2025-03&to=2025-03&territory=00691", 422)
        .body("errors[0].message", containsString("is not whole districts"))
        .body("errors[0].message", containsString("024 Thành phố Hà Giang"));
    getProblem("/api/v1/commerce/retail-sales?from=2025-08&to=2025-08&territory=027", 422)
        .body("errors[0].message", containsString("cannot be expressed exactly"));
    getProblem("/api/v1/commerce/retail-sales?to=2025-08&territory=99", 422)
        .body("errors[0].message", containsString("no administrative unit has code 99"));
    getProblem("/api/v1/commerce/retail-sales?to=2025-08&territory=Ha%20Giang", 422)
        .body("errors[0].field", equalTo("territory"));
    // A new ward in 2025-08: its own figure; the year before was by district and 00691's
    // predecessor Phường Quang Trung was split, so no exact comparison: null, with why.
    JsonPath ward = sales("from=2025-08&to=2025-08&territory=00691");
    assertThat(ward.getString("territory.nameVi")).isEqualTo("Phường Hà Giang 2");
    assertThat(dec(ward, "total.valueVnd")).isEqualByComparingTo(sum(C1));
    assertThat((Object) ward.get("total.previousYearVnd")).isNull();
    assertThat((Object) ward.get("yearToDate.valueVnd")).isNull();
    assertThat(ward.getList("notes", String.class))
        .anySatisfy(n -> assertThat(n).startsWith("no exact figure for"));
    // The same ward a year later compares with itself.
    JsonPath wardLater = sales("from=2026-03&to=2026-03&territory=00691");
    assertThat(dec(wardLater, "total.valueVnd")).isEqualByComparingTo(sum(G1));
  }

  @Test
  @Order(5)
  void theSummaryNamesItsTerritory() {
    // The latest month with reports is this class's 2026-03 (the other classes keep to earlier
    // years): the merged province, against both former ones.
    JsonPath summary = read("/api/v1/commerce/summary");
    assertThat(summary.getString("territory.ref")).isEqualTo("08@2025-07-01");
    assertThat(summary.getString("latestPeriod")).isEqualTo("2026-03");
    assertThat(dec(summary, "retailMonthVnd")).isEqualByComparingTo(sum(G1, H1));
    assertThat(dec(summary, "retailMonthPrevYearVnd")).isEqualByComparingTo(sum(E1, F1));
    JsonPath haGiang = read("/api/v1/commerce/summary?territory=02");
    assertThat(haGiang.getString("territory.nameVi")).isEqualTo("Tỉnh Hà Giang");
    assertThat(dec(haGiang, "retailMonthVnd")).isEqualByComparingTo(sum(G1));
    assertThat(dec(haGiang, "retailMonthPrevYearVnd")).isEqualByComparingTo(sum(E1));
    given().get("/api/v1/commerce/summary?territory=024").then().statusCode(422);
  }
}
