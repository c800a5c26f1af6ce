package vn.tradehub.bordertrade.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * With the demo enabled the service starts with 2019-01 to 2026-11 loaded through the service: the
 * published 2019-2020 exports unchanged, the demo years placed in the former Hà Giang's communes
 * until 2025-06 and in the new province's from 2025-07, and every territory the sum of its
 * communes.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestProfile(DemoLoadTest.Demo.class)
@TestSecurity(user = "dashboard", roles = "READER")
class DemoLoadTest {
  public static class Demo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tradehub.demo.enabled", "true");
    }
  }

  private static final JsonPathConfig DECIMALS =
      JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
  private static final String EXPORTS = "byFlow.find { it.group.flow == 'EXPORT' }";

  private static JsonPath ytd(int year, int month, String territory) {
    return read(
        given().queryParam("year", year).queryParam("month", month),
        "/api/v1/border-trade/turnover/ytd",
        territory,
        null);
  }

  private static JsonPath turnover(String from, String to, String territory, String groupBy) {
    return read(
        given().queryParam("from", from).queryParam("to", to),
        "/api/v1/border-trade/turnover",
        territory,
        groupBy);
  }

  /** A turnover answer (200), amounts as BigDecimal; territory and groupBy only when given. */
  private static JsonPath read(
      RequestSpecification r, String path, String territory, String groupBy) {
    if (territory != null) r = r.queryParam("territory", territory);
    if (groupBy != null) r = r.queryParam("groupBy", groupBy);
    return r.get(path).then().statusCode(200).extract().jsonPath(DECIMALS);
  }

  private static BigDecimal dec(JsonPath j, String path) {
    return j.get(path);
  }

  @Test
  void thePublishedYearsAreUnchanged() {
    JsonPath y2020 = ytd(2020, 12, null);
    assertThat(y2020.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(dec(y2020, EXPORTS + ".valueUsd")).isEqualByComparingTo("242000000.00");
    assertThat(dec(y2020, EXPORTS + ".previousValueUsd")).isEqualByComparingTo("392730000.00");
    assertThat(dec(y2020, EXPORTS + ".changePct")).isEqualByComparingTo("-38.38");
    // The former Hà Giang asked by name gives the same answer as the default for 2020.
    assertThat(dec(ytd(2020, 12, "02"), EXPORTS + ".valueUsd"))
        .isEqualByComparingTo("242000000.00");
  }

  @Test
  void theSeriesRunsWithoutAGapTo2026November() {
    JsonPath months = turnover("2019-01", "2026-11", null, "month");
    List<Map<String, Object>> rows = months.getList("rows");
    assertThat(rows).hasSize(95);
    assertThat(rows).allSatisfy(r -> assertThat((BigDecimal) r.get("valueUsd")).isPositive());
  }

  @Test
  void theMergedProvinceAndTheFormerHaGiangAreaAreSumsOfTheirCommunes() {
    StringBuilder figures = new StringBuilder();
    for (int year : List.of(2025, 2026)) {
      int month = year == 2026 ? 11 : 12;
      JsonPath province = ytd(year, month, null);
      JsonPath haGiang = ytd(year, month, "02");
      JsonPath tuyenQuang = ytd(year, month, "08@2025-06-30");
      assertThat(province.getString("territory.ref")).isEqualTo("08@2025-07-01");
      assertThat(haGiang.getString("territory.ref")).isEqualTo("02@2025-06-30");
      // The former Tuyên Quang has no land border: the former Hà Giang area is all of it.
      assertThat(dec(tuyenQuang, "total.valueUsd")).isEqualByComparingTo("0.00");
      assertThat(dec(haGiang, "total.valueUsd"))
          .isEqualByComparingTo(dec(province, "total.valueUsd"));
      assertThat(dec(haGiang, "total.previousValueUsd"))
          .isEqualByComparingTo(dec(province, "total.previousValueUsd"));
      for (String territory : List.of("08", "02")) {
        JsonPath communes =
            turnover(
                year + "-01", year + "-" + (month < 10 ? "0" : "") + month, territory, "commune");
        BigDecimal now = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (Map<String, Object> r : communes.<Map<String, Object>>getList("rows")) {
          now = now.add((BigDecimal) r.get("valueUsd"));
          if (r.get("previousValueUsd") != null)
            before = before.add((BigDecimal) r.get("previousValueUsd"));
        }
        assertThat(now).isEqualByComparingTo(dec(communes, "total.valueUsd"));
        assertThat(before).isEqualByComparingTo(dec(communes, "total.previousValueUsd"));
      }
      figures
          .append(year)
          .append(" Jan-")
          .append(month)
          .append(": province ")
          .append(dec(province, "total.valueUsd"))
          .append(" (year before ")
          .append(dec(province, "total.previousValueUsd"))
          .append(", ")
          .append(dec(province, "total.changePct"))
          .append(" %), exports ")
          .append(dec(province, EXPORTS + ".valueUsd"))
          .append(" (")
          .append(dec(province, EXPORTS + ".previousValueUsd"))
          .append(", ")
          .append(dec(province, EXPORTS + ".changePct"))
          .append(" %); former 02 area ")
          .append(dec(haGiang, "total.valueUsd"))
          .append(" (")
          .append(dec(haGiang, "total.changePct"))
          .append(" %); former 08 ")
          .append(dec(tuyenQuang, "total.valueUsd"))
          .append('\n');
    }
    JsonPath y2025 = ytd(2025, 12, null);
    assertThat(dec(y2025, EXPORTS + ".valueUsd")).isEqualByComparingTo("226900000.00");
    assertThat(dec(y2025, EXPORTS + ".previousValueUsd")).isEqualByComparingTo("204300000.00");
    assertThat(dec(ytd(2026, 11, null), EXPORTS + ".valueUsd"))
        .isEqualByComparingTo("228400000.00");
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "demo-turnover.txt"), figures.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDemoRatesAreLabelled() {
    JsonPath rates =
        given()
            .queryParam("currency", "CNY")
            .queryParam("limit", 1000)
            .get("/api/v1/border-trade/exchange-rates")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rates.getList("items")).hasSize(36 + 60);
    assertThat(rates.<String>getList("items.source"))
        .allSatisfy(s -> assertThat(s).endsWith("(demo)"));
  }
}
