package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.tradehub.commerce.Api.csv;
import static vn.tradehub.commerce.Api.dec;
import static vn.tradehub.commerce.Api.file;
import static vn.tradehub.commerce.Api.getProblem;
import static vn.tradehub.commerce.Api.putCpi;
import static vn.tradehub.commerce.Api.read;
import static vn.tradehub.commerce.Api.sales;
import static vn.tradehub.commerce.Api.sum;
import static vn.tradehub.commerce.Json.line;
import static vn.tradehub.commerce.Json.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Totals over the reports: a hand-checked year-on-year and year-to-date example, the identities
 * (total = sum of categories = sum of units, to the đồng) and CPI deflation. Before the reform the
 * units are the districts and the default territory is Hà Giang. Each test owns its years:
 * 2015-2016, 2018, 2003.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "statistics-office", roles = "STATISTICS")
class RetailSalesTest {

  /**
   * The dataset, in millions of đồng (× 1,000,000 below):
   *
   * <pre>
   *            2015                        2016
   * Jan  031     RG/NS 100, AF/NS 20 F     031     RG/NS 120, AF/NS 10 F
   *      033     RG/NS 50            F     033     RG/NS 60            P
   * Feb  031     RG/NS 110           F     031     RG/NS 121           E
   *      033     RG/ST 40            F     033     RG/ST 44            F
   * Mar  031     RG/NS 90            F     031     RG/NS 108           F
   * </pre>
   *
   * Feb..Mar 2016 = 121 + 44 + 108 = 273 against 110 + 40 + 90 = 240: +13.75%, status ESTIMATED.
   * Year to date Jan..Mar 2016 = 190 + 273 = 463 against 170 + 240 = 410: +12.93%. 031 (Bắc Mê) 229
   * against 200: +14.50%; 033 (Xín Mần) 44 against 40: +10.00%. March 108 against 90: +20.00%;
   * February 165 against 150: +10.00%. January by category: RETAIL_GOODS 180 against 150: +20.00%;
   * ACCOMMODATION_FOOD 10 against 20: −50.00%.
   */
  @Test
  void yearOnYearAndYearToDateOnAHandCheckedDataset() {
    String m = "000000";
    file(
        "031",
        "2015-01",
        report(
            "FINAL",
            line("RETAIL_GOODS", "NON_STATE", "100" + m),
            line("ACCOMMODATION_FOOD", "NON_STATE", "20" + m)));
    file("033", "2015-01", report("FINAL", line("RETAIL_GOODS", "NON_STATE", "50" + m)));
    file("031", "2015-02", report("FINAL", line("RETAIL_GOODS", "NON_STATE", "110" + m)));
    file("033", "2015-02", report("FINAL", line("RETAIL_GOODS", "STATE", "40" + m)));
    file("031", "2015-03", report("FINAL", line("RETAIL_GOODS", "NON_STATE", "90" + m)));
    file(
        "031",
        "2016-01",
        report(
            "FINAL",
            line("RETAIL_GOODS", "NON_STATE", "120" + m),
            line("ACCOMMODATION_FOOD", "NON_STATE", "10" + m)));
    file("033", "2016-01", report("PRELIMINARY", line("RETAIL_GOODS", "NON_STATE", "60" + m)));
    file("031", "2016-02", report("ESTIMATED", line("RETAIL_GOODS", "NON_STATE", "121" + m)));
    file("033", "2016-02", report("FINAL", line("RETAIL_GOODS", "STATE", "44" + m)));
    file("031", "2016-03", report("FINAL", line("RETAIL_GOODS", "NON_STATE", "108" + m)));

    JsonPath j = sales("from=2016-02&to=2016-03&groupBy=unit");
    assertThat(dec(j, "total.valueVnd")).isEqualByComparingTo("273000000");
    assertThat(dec(j, "total.previousYearVnd")).isEqualByComparingTo("240000000");
    assertThat(dec(j, "total.changePct")).isEqualByComparingTo("13.75");
    assertThat(j.getString("status")).isEqualTo("ESTIMATED");
    assertThat(j.getInt("reportCount")).isEqualTo(3);
    assertThat(j.getString("yearToDate.from")).isEqualTo("2016-01");
    assertThat(dec(j, "yearToDate.valueVnd")).isEqualByComparingTo("463000000");
    assertThat(dec(j, "yearToDate.previousYearVnd")).isEqualByComparingTo("410000000");
    assertThat(dec(j, "yearToDate.changePct")).isEqualByComparingTo("12.93");
    assertThat(j.getString("yearToDate.status")).isEqualTo("ESTIMATED");
    assertThat(j.getList("groups.unit")).containsExactly("031", "033");
    assertThat(j.getList("groups.unitNameVi")).containsExactly("Huyện Bắc Mê", "Huyện Xín Mần");
    assertThat(j.getString("territory.ref")).isEqualTo("02@2025-06-30");
    assertThat(dec(j, "groups[0].valueVnd")).isEqualByComparingTo("229000000");
    assertThat(dec(j, "groups[0].previousYearVnd")).isEqualByComparingTo("200000000");
    assertThat(dec(j, "groups[0].changePct")).isEqualByComparingTo("14.50");
    assertThat(j.getString("groups[0].status")).isEqualTo("ESTIMATED");
    assertThat(dec(j, "groups[1].valueVnd")).isEqualByComparingTo("44000000");
    assertThat(dec(j, "groups[1].changePct")).isEqualByComparingTo("10.00");
    assertThat(j.getString("groups[1].status")).isEqualTo("FINAL");
    assertThat((Object) j.get("groups[0].category"))
        .as("only requested dimensions appear")
        .isNull();

    JsonPath byMonth = sales("from=2016-02&to=2016-03&groupBy=month");
    assertThat(byMonth.getList("groups.month")).containsExactly("2016-02", "2016-03");
    assertThat(dec(byMonth, "groups[0].valueVnd")).isEqualByComparingTo("165000000");
    assertThat(dec(byMonth, "groups[0].changePct")).isEqualByComparingTo("10.00");
    assertThat(dec(byMonth, "groups[1].changePct")).isEqualByComparingTo("20.00");

    JsonPath byOwnership = sales("from=2016-02&to=2016-03&groupBy=ownership");
    assertThat(byOwnership.getList("groups.ownership")).containsExactly("NON_STATE", "STATE");
    assertThat(dec(byOwnership, "groups[0].changePct")).isEqualByComparingTo("14.50");
    assertThat(dec(byOwnership, "groups[1].changePct")).isEqualByComparingTo("10.00");

    JsonPath january = sales("from=2016-01&to=2016-01&groupBy=category");
    assertThat(dec(january, "total.valueVnd")).isEqualByComparingTo("190000000");
    assertThat(dec(january, "total.changePct")).isEqualByComparingTo("11.76");
    assertThat(january.getList("groups.category"))
        .containsExactly("ACCOMMODATION_FOOD", "RETAIL_GOODS");
    assertThat(dec(january, "groups[0].changePct")).isEqualByComparingTo("-50.00");
    assertThat(dec(january, "groups[1].changePct")).isEqualByComparingTo("20.00");
    assertThat(january.getString("status")).isEqualTo("PRELIMINARY");
  }

  @Test
  void provinceTotalEqualsTheSumOfCategoriesAndOfUnitsToTheDong() {
    // Odd amounts in every unit, category and sector, so any rounding would show.
    file(
        "024",
        "2018-01",
        report(
            "FINAL",
            line("RETAIL_GOODS", "NON_STATE", 123456789013L),
            line("RETAIL_GOODS", "FDI", 987654321L),
            line("ACCOMMODATION_FOOD", "NON_STATE", 23456789017L),
            line("TRAVEL", "STATE", 345678919L),
            line("OTHER_SERVICES", "STATE", 5678901233L)));
    file(
        "026",
        "2018-01",
        report(
            "PRELIMINARY",
            line("RETAIL_GOODS", "NON_STATE", 19876543211L),
            line("TRAVEL", "NON_STATE", 1234567891L),
            line("ACCOMMODATION_FOOD", "STATE", 77777777L)));
    file(
        "030",
        "2018-02",
        report(
            "ESTIMATED",
            line("RETAIL_GOODS", "NON_STATE", 33333333333L),
            line("RETAIL_GOODS", "STATE", 1111111111L),
            line("OTHER_SERVICES", "NON_STATE", 2222222229L)));
    putCpi("2018-01", "{\"base\":\"2010\",\"indexValue\":137.1234}").statusCode(201);
    putCpi("2018-02", "{\"base\":\"2010\",\"indexValue\":138.0007}").statusCode(201);

    BigDecimal expected =
        new BigDecimal("123456789013")
            .add(new BigDecimal("987654321"))
            .add(new BigDecimal("23456789017"))
            .add(new BigDecimal("345678919"))
            .add(new BigDecimal("5678901233"))
            .add(new BigDecimal("19876543211"))
            .add(new BigDecimal("1234567891"))
            .add(new BigDecimal("77777777"))
            .add(new BigDecimal("33333333333"))
            .add(new BigDecimal("1111111111"))
            .add(new BigDecimal("2222222229"));
    JsonPath current = sales("from=2018-01&to=2018-02");
    assertThat(dec(current, "total.valueVnd")).isEqualByComparingTo(expected);
    assertThat(current.getString("status")).isEqualTo("ESTIMATED");

    for (String prices : List.of("CURRENT", "CONSTANT")) {
      BigDecimal total = dec(sales("from=2018-01&to=2018-02&prices=" + prices), "total.valueVnd");
      for (String groupBy :
          List.of(
              "category",
              "unit",
              "ownership",
              "month",
              "category,unit",
              "unit&groupBy=ownership&groupBy=month")) {
        JsonPath j = sales("from=2018-01&to=2018-02&prices=" + prices + "&groupBy=" + groupBy);
        assertThat(sum(j, "groups.valueVnd"))
            .as("%s prices grouped by %s", prices, groupBy)
            .isEqualByComparingTo(total);
        assertThat(dec(j, "total.valueVnd")).isEqualByComparingTo(total);
        assertThat(j.getList("missingCpi")).isEmpty();
      }
    }
    JsonPath byCategory = sales("from=2018-01&to=2018-02&groupBy=category");
    assertThat(byCategory.getList("groups.category"))
        .containsExactly("ACCOMMODATION_FOOD", "OTHER_SERVICES", "RETAIL_GOODS", "TRAVEL");
    JsonPath byUnit = sales("from=2018-01&to=2018-02&groupBy=unit");
    assertThat(byUnit.getList("groups.unit")).containsExactly("024", "026", "030");
  }

  @Test
  void cpiDeflatesEachLineAndNeverInventsAMissingMonth() {
    file(
        "034",
        "2003-01",
        report(
            "FINAL",
            line("RETAIL_GOODS", "NON_STATE", 1000000001L),
            line("ACCOMMODATION_FOOD", "NON_STATE", 333)));
    file("034", "2003-02", report("FINAL", line("RETAIL_GOODS", "NON_STATE", 500000000L)));
    putCpi("2003-01", "{\"base\":\"2010\",\"indexValue\":80}")
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("indexValue", equalTo(80.0f));

    // February has no CPI: its constant-price figures are null and the answer names the month.
    JsonPath missing = sales("from=2003-01&to=2003-02&prices=CONSTANT&groupBy=month");
    assertThat((Object) missing.get("total.valueVnd")).isNull();
    assertThat((Object) missing.get("yearToDate.valueVnd")).isNull();
    assertThat(missing.getList("missingCpi")).containsExactly("2003-02");
    assertThat(missing.getString("cpiBase")).isEqualTo("2010");
    assertThat(missing.getString("deflation")).contains("round(valueVnd × 100 / CPI");
    // January deflates line by line: 1,000,000,001 × 100 / 80 = 1,250,000,001.25 → 1,250,000,001;
    // 333 × 100 / 80 = 416.25 → 416.
    assertThat(missing.getList("groups.month")).containsExactly("2003-01", "2003-02");
    assertThat(dec(missing, "groups[0].valueVnd")).isEqualByComparingTo("1250000417");
    assertThat((Object) missing.get("groups[1].valueVnd")).isNull();
    // Current prices need no CPI.
    assertThat(dec(sales("from=2003-01&to=2003-02"), "total.valueVnd"))
        .isEqualByComparingTo("1500000334");

    putCpi("2003-02", "{\"base\":\"2010\",\"indexValue\":125}").statusCode(201);
    JsonPath complete = sales("from=2003-01&to=2003-02&prices=CONSTANT&groupBy=category");
    // 500,000,000 × 100 / 125 = 400,000,000.
    assertThat(dec(complete, "total.valueVnd")).isEqualByComparingTo("1650000417");
    assertThat(complete.getList("missingCpi")).isEmpty();
    assertThat(dec(complete, "groups[0].valueVnd")).isEqualByComparingTo("416");
    assertThat(dec(complete, "groups[1].valueVnd")).isEqualByComparingTo("1650000001");
    assertThat((Object) complete.get("total.previousYearVnd")).as("no reports in 2002").isNull();
  }

  @Test
  void cpiFollowsTheConditionalWritePolicyAndItsRules() {
    ConditionalWrites.policyHolds(
        "/api/v1/commerce/cpi/2004-06",
        "{\"base\":\"2010\",\"indexValue\":90.5}",
        "{\"base\":\"2010\",\"indexValue\":90.7}");
    // 90.70 is 90.7: the same index, no new version.
    putCpi("2004-06", "{\"base\":\"2010\",\"indexValue\":90.70}")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("indexValue", equalTo(90.7f));
    given()
        .get("/api/v1/commerce/cpi/2004-06/revisions")
        .then()
        .statusCode(200)
        .body("change", org.hamcrest.Matchers.contains("CREATED", "REVISED"))
        .body("[1].changes.field", org.hamcrest.Matchers.hasItem("indexValue"));
    cpiRefusedOn("2004-07", "{\"base\":\"2014\",\"indexValue\":90}", "base");
    cpiRefusedOn("2004-07", "{\"base\":\"2010\",\"indexValue\":0}", "indexValue");
    cpiRefusedOn("2999-01", "{\"base\":\"2010\",\"indexValue\":100}", "period");
    cpiRefusedOn("2004-13", "{\"base\":\"2010\",\"indexValue\":100}", "period");
    getProblem("/api/v1/commerce/cpi/2004-13", 422).body("errors[0].field", equalTo("period"));
    given().get("/api/v1/commerce/cpi/2004-07").then().statusCode(404);
  }

  /** A PUT of this month's CPI is 422, naming {@code field}. */
  private static void cpiRefusedOn(String period, String body, String field) {
    putCpi(period, body).statusCode(422).body("errors[0].field", equalTo(field));
  }

  @Test
  void cpiListIsPagedByMonthWithinFromToAndOffersCsv() {
    for (String month : List.of("2005-03", "2005-01", "2005-02", "2005-04")) {
      putCpi(month, "{\"base\":\"2010\",\"indexValue\":95.25}").statusCode(201);
    }
    JsonPath first = read("/api/v1/commerce/cpi?from=2005-01&to=2005-03&limit=2");
    assertThat(first.getList("items.period")).containsExactly("2005-01", "2005-02");
    given()
        .get(first.getString("next"))
        .then()
        .statusCode(200)
        .body("items.period", org.hamcrest.Matchers.contains("2005-03"))
        .body("next", org.hamcrest.Matchers.nullValue());
    List<String> lines = csv("/api/v1/commerce/cpi?from=2005-02&to=2005-04&limit=1");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("period,base,indexValue,version,recordedBy,recordedAt");
    assertThat(lines.get(1)).startsWith("2005-02,2010,95.2500,0,statistics-office,");
    getProblem("/api/v1/commerce/cpi?from=2005-1", 422).body("errors[0].field", equalTo("from"));
  }

  @Test
  void queryParametersAreChecked() {
    getProblem("/api/v1/commerce/retail-sales?from=2016-01&to=2016-02&groupBy=gate", 422)
        .body("errors[0].field", equalTo("groupBy"))
        .body("errors[0].rejectedValue", equalTo("gate"));
    getProblem("/api/v1/commerce/retail-sales?from=2016-03&to=2016-02", 422)
        .body("errors[0].field", equalTo("from"));
    getProblem("/api/v1/commerce/retail-sales?from=2016-01&to=2016-02&prices=NOMINAL", 400)
        .body("errors[0].field", equalTo("prices"));
    getProblem("/api/v1/commerce/retail-sales?from=2016-1&to=2016-02", 422)
        .body("errors[0].field", equalTo("from"));
    getProblem("/api/v1/commerce/retail-sales?from=1990-01&to=2016-02", 422)
        .body("errors[0].field", equalTo("to"));
    // A range with no reports at all is zero, with nothing to compare against.
    JsonPath empty = sales("from=1995-01&to=1995-02&groupBy=category");
    assertThat(dec(empty, "total.valueVnd")).isEqualByComparingTo("0");
    assertThat((Object) empty.get("total.previousYearVnd")).isNull();
    assertThat((Object) empty.get("status")).isNull();
    assertThat(empty.getList("groups")).isEmpty();
    assertThat(Map.of()).isEmpty();
  }
}
