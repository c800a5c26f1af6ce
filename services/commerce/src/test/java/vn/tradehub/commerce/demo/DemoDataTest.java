package vn.tradehub.commerce.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.tradehub.commerce.Api.dec;
import static vn.tradehub.commerce.Api.read;
import static vn.tradehub.commerce.Api.sales;
import static vn.tradehub.commerce.Api.sum;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * With demo data enabled the service starts with 2019-01..2026-11 loaded once, through the
 * services: Hà Giang's 2019-2021 as always, the merged province from 2025-07 by commune.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestProfile(DemoDataTest.Demo.class)
@TestSecurity(user = "dashboard", roles = "READER")
class DemoDataTest {
  public static class Demo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tradehub.demo.enabled", "true");
    }
  }

  @Inject DemoLoader loader;
  @Inject Jdbc jdbc;

  @Test
  void demoIsLoadedOnceThroughTheServices() {
    assertThat(loader.load()).as("a second load is skipped").isFalse();
    // Loaded through the services, as the demo loader: the figures say who recorded them.
    assertThat(read("/api/v1/commerce/cpi/2021-03").getString("recordedBy"))
        .isEqualTo("demo-loader");
    assertThat(
            given()
                .get("/api/v1/commerce/retail-reports/027/2021-03")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .<String>path("recordedBy"))
        .isEqualTo("demo-loader");
    assertThat(read("/api/v1/commerce/retail-reports/027/2021-03/revisions").getList("change"))
        .containsExactly("CREATED");
    assertThat(read("/api/v1/commerce/markets/CHO_TP_HA_GIANG").getString("updatedBy"))
        .isEqualTo("demo-loader");
    assertThat(read("/api/v1/commerce/cpi/2026-11").getString("recordedBy"))
        .isEqualTo("demo-loader");
  }

  @Test
  void haGiangs2019To2021FiguresAreUnchanged() {
    JsonPath y2019 = sales("from=2019-01&to=2019-12");
    JsonPath y2020 = sales("from=2020-01&to=2020-12&groupBy=category");
    JsonPath y2021 = sales("from=2021-01&to=2021-12");
    assertThat(y2020.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(dec(y2019, "total.valueVnd")).isEqualByComparingTo("12036647000000");
    assertThat(dec(y2020, "total.valueVnd")).isEqualByComparingTo("12258619000000");
    assertThat(dec(y2020, "total.changePct")).isEqualByComparingTo("1.84");
    assertThat(dec(y2021, "total.valueVnd")).isEqualByComparingTo("13583340000000");
    assertThat(dec(y2021, "total.changePct")).isEqualByComparingTo("10.81");
    assertThat(y2020.getInt("reportCount")).isEqualTo(11 * 12);
    assertThat(y2020.getString("status")).isEqualTo("FINAL");
    assertThat(dec(y2020, "groups.find { it.category == 'RETAIL_GOODS' }.changePct")).isPositive();
    assertThat(dec(y2020, "groups.find { it.category == 'TRAVEL' }.changePct"))
        .isLessThan(new BigDecimal("-40"));
    JsonPath constant = sales("from=2021-01&to=2021-12&prices=CONSTANT");
    assertThat(constant.getList("missingCpi")).isEmpty();
    assertThat(dec(constant, "total.changePct")).isLessThan(dec(y2021, "total.changePct"));
  }

  @Test
  void theMergedProvinceAndTheFormerHaGiangAreaAreComparedWithThemselves() {
    JsonPath summary = read("/api/v1/commerce/summary");
    assertThat(summary.getString("latestPeriod")).isEqualTo("2026-11");
    assertThat(summary.getString("territory.ref")).isEqualTo("08@2025-07-01");
    assertThat(summary.getString("status")).isEqualTo("ESTIMATED");
    assertThat(summary.getLong("activeMarkets")).isEqualTo(DemoFigures.markets().size());
    assertThat(dec(summary, "retailYtdChangePct"))
        .isBetween(new BigDecimal("5"), new BigDecimal("12"));

    for (String range : List.of("from=2025-01&to=2025-12", "from=2026-01&to=2026-11")) {
      JsonPath merged = sales(range + "&territory=08");
      JsonPath haGiang = sales(range + "&territory=02");
      JsonPath tuyenQuang = sales(range + "&territory=08@2025-06-30");
      assertThat(merged.getString("territory.ref")).isEqualTo("08@2025-07-01");
      assertThat(haGiang.getString("territory.ref")).isEqualTo("02@2025-06-30");
      // The two former areas make up the merged province, this year and the year before.
      assertThat(dec(haGiang, "total.valueVnd").add(dec(tuyenQuang, "total.valueVnd")))
          .isEqualByComparingTo(dec(merged, "total.valueVnd"));
      assertThat(
              dec(haGiang, "total.previousYearVnd").add(dec(tuyenQuang, "total.previousYearVnd")))
          .isEqualByComparingTo(dec(merged, "total.previousYearVnd"));
      for (JsonPath j : List.of(merged, haGiang, tuyenQuang)) {
        assertThat(dec(j, "total.changePct")).isBetween(new BigDecimal("4"), new BigDecimal("12"));
      }
      System.out.printf(
          "demo %s: province 08 %s đồng (year before %s, %s%%); former Hà Giang area %s (year"
              + " before %s, %s%%); former Tuyên Quang area %s (year before %s, %s%%)%n",
          range,
          merged.getString("total.valueVnd"),
          merged.getString("total.previousYearVnd"),
          merged.getString("total.changePct"),
          haGiang.getString("total.valueVnd"),
          haGiang.getString("total.previousYearVnd"),
          haGiang.getString("total.changePct"),
          tuyenQuang.getString("total.valueVnd"),
          tuyenQuang.getString("total.previousYearVnd"),
          tuyenQuang.getString("total.changePct"));
    }
    // The former Hà Giang area in 2026 is its 73 communes, and their figures add up to it.
    JsonPath communes = sales("from=2026-01&to=2026-11&territory=02&groupBy=unit");
    assertThat(communes.getList("groups")).hasSize(73);
    assertThat(sum(communes, "groups.valueVnd"))
        .isEqualByComparingTo(dec(communes, "total.valueVnd"));
    // Each commune is compared with itself only where it existed a year earlier (from 2025-07).
    assertThat(communes.getList("groups.previousYearVnd")).containsOnlyNulls();
    JsonPath secondHalf = sales("from=2026-07&to=2026-11&territory=02&groupBy=unit");
    assertThat(secondHalf.getList("groups.previousYearVnd")).hasSize(73).doesNotContainNull();
    assertThat(sum(secondHalf, "groups.previousYearVnd"))
        .isEqualByComparingTo(dec(secondHalf, "total.previousYearVnd"));
  }

  @Test
  void indicatorsArePublishedForEveryTerritoryOfEveryMonthWithReports() {
    Set<String> keys =
        new HashSet<>(
            jdbc.query(
                "select distinct record_key from outbox where topic = 'commerce.indicators.v1'",
                rs -> rs.getString(1)));
    Set<String> expected = new HashSet<>();
    for (YearMonth m = YearMonth.of(2019, 1);
        !m.isAfter(YearMonth.of(2026, 11));
        m = m.plusMonths(1)) {
      if (m.isBefore(YearMonth.of(2025, 7))) {
        expected.add("02@2025-06-30|" + m);
        if (!m.isBefore(YearMonth.of(2024, 1))) expected.add("08@2025-06-30|" + m);
      } else {
        expected.add("08@2025-07-01|" + m);
        expected.add("02@2025-06-30|" + m);
        expected.add("08@2025-06-30|" + m);
      }
    }
    assertThat(keys).isEqualTo(expected);
    // A bulk load publishes each (territory, month) once, not once per report.
    Integer events =
        jdbc.one(
            "select count(*) from outbox where topic = 'commerce.indicators.v1'",
            rs -> rs.getInt(1));
    assertThat(events).isEqualTo(expected.size());
    // The former Hà Giang area of 2026-11: its 73 communes, their sum its figure.
    String payload =
        jdbc.one(
            "select cast(payload as text) from outbox where record_key = '02@2025-06-30|2026-11'",
            rs -> rs.getString(1));
    JsonPath event = new JsonPath(payload);
    assertThat(event.getList("byUnit")).hasSize(73);
    assertThat(sum(event, "byUnit.retailMonthVnd"))
        .isEqualByComparingTo(dec(event, "retailMonthVnd"));
    assertThat(
            dec(sales("from=2026-11&to=2026-11&territory=02@2025-06-30"), "total.previousYearVnd"))
        .isEqualByComparingTo(dec(event, "retailMonthPrevYearVnd"));
  }
}
