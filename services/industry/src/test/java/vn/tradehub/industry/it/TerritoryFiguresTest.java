package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.tradehub.industry.it.Api.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.contracts.Topics;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Territory;
import vn.tradehub.industry.iip.IipCalculator;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Figures for a territory across the 2025 reform, on the demo data: a territory is the sum of its
 * units to the last đồng, the former Hà Giang area is the sum of its new communes, last year is the
 * same territory, the merged province's IIP is reproducible from both former provinces' weights,
 * and one event is published per territory and month.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class TerritoryFiguresTest {
  private static final Geography GEOGRAPHY = Geography.classpath();

  @Inject AgroalDataSource ds;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aTerritoryIsTheSumOfItsUnitsToTheLastDong() {
    for (String period : List.of("2020-12", "2024-05", "2025-06", "2025-07", "2026-03")) {
      for (String territory : List.of("02", "08@2025-06-30", "08@2025-07-01")) {
        if (territory.equals("08@2025-07-01") && period.compareTo("2025-07") < 0) continue;
        if (territory.startsWith("08@2025-06-30") && period.compareTo("2024") < 0) continue;
        JsonNode m = indicators(period, territory);
        BigDecimal value = BigDecimal.ZERO;
        int border = 0;
        int electrified = 0;
        Set<String> units = new HashSet<>();
        for (JsonNode u : m.path("byUnit")) {
          value = value.add(u.path("outputValueMonthVnd").decimalValue());
          border += u.path("borderVillages").asInt();
          electrified += u.path("borderVillagesElectrified").asInt();
          units.add(u.path("unitCode").asText());
        }
        assertThat(value)
            .as(territory + " " + period)
            .isEqualByComparingTo(m.path("outputValueMonthVnd").decimalValue());
        assertThat(border).isEqualTo(m.path("borderVillages").asInt());
        assertThat(electrified).isEqualTo(m.path("borderVillagesElectrified").asInt());
        // From the reform on, every unit is a commune of the new province lying in the territory.
        if (period.compareTo("2025-07") >= 0) {
          Set<String> communes = communes(territory, LocalDate.parse(period + "-01"));
          assertThat(communes).containsAll(units);
        }
      }
    }
    // The same by the output-value answer: the groups by unit add up to the total.
    JsonNode byUnit =
        get("/api/v1/industry/output-value?from=2026-01&to=2026-06&territory=08&groupBy=unit");
    assertThat(Api.sum(byUnit.path("groups"), "valueVnd"))
        .isEqualByComparingTo(byUnit.path("total").path("valueVnd").decimalValue());
    assertThat(byUnit.path("territory").path("ref").asText()).isEqualTo("08@2025-07-01");
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void theMergedProvinceIsBothFormerAreasAndTheFormerHaGiangIsItsCommunes() {
    for (String range : List.of("from=2025-07&to=2025-12", "from=2026-01&to=2026-11")) {
      JsonNode merged = total("/api/v1/industry/output-value?" + range + "&territory=08");
      JsonNode haGiang = total("/api/v1/industry/output-value?" + range + "&territory=02");
      JsonNode tuyenQuang =
          total("/api/v1/industry/output-value?" + range + "&territory=08@2025-06-30");
      assertSum("valueVnd", merged, haGiang, tuyenQuang);
      // Last year is the same territory: the merged province a year earlier is both former
      // provinces, before and after the reform.
      assertSum("previousYearVnd", merged, haGiang, tuyenQuang);
    }
    // The former Hà Giang area from 2025-07 is its 73 communes, each asked on its own.
    Set<String> haGiangCommunes = communes("02", LocalDate.of(2026, 3, 1));
    assertThat(haGiangCommunes).hasSize(73);
    JsonNode byUnit =
        get("/api/v1/industry/output-value?from=2026-03&to=2026-03&territory=02&groupBy=unit");
    BigDecimal communes = BigDecimal.ZERO;
    for (JsonNode g : byUnit.path("groups")) {
      String unit = g.path("key").path("unit").asText();
      // Groups of last year's units (districts then) carry only the year before.
      if (g.path("valueVnd").decimalValue().signum() == 0) continue;
      assertThat(haGiangCommunes).contains(unit);
      JsonNode alone =
          total("/api/v1/industry/output-value?from=2026-03&to=2026-03&territory=" + unit);
      assertThat(alone.path("valueVnd").decimalValue())
          .isEqualByComparingTo(g.path("valueVnd").decimalValue());
      communes = communes.add(alone.path("valueVnd").decimalValue());
    }
    assertThat(communes)
        .isEqualByComparingTo(byUnit.path("total").path("valueVnd").decimalValue())
        .isPositive();
    // Its year before is Hà Giang's figures of 2025-03, kept by district then.
    JsonNode march2025 =
        total("/api/v1/industry/output-value?from=2025-03&to=2025-03&territory=02");
    assertThat(byUnit.path("total").path("previousYearVnd").decimalValue())
        .isEqualByComparingTo(march2025.path("valueVnd").decimalValue());
    // The events of the former area say the same, month by month.
    for (String period : List.of("2025-07", "2026-03")) {
      JsonNode event = IndicatorEvents.last(ds, "02@2025-06-30|" + period).payload();
      assertThat(event.path("outputValueMonthVnd").decimalValue())
          .isEqualByComparingTo(
              indicators(period, "02").path("outputValueMonthVnd").decimalValue());
      JsonNode merged = IndicatorEvents.last(ds, "08@2025-07-01|" + period).payload();
      JsonNode tuyenQuang = IndicatorEvents.last(ds, "08@2025-06-30|" + period).payload();
      assertSum("outputValueMonthVnd", merged, event, tuyenQuang);
      assertSum("outputValueMonthPrevYearVnd", merged, event, tuyenQuang);
    }
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aTerritoryTheFiguresCannotExpressIsA422ThatSaysWhy() {
    // Hà Giang's enterprises are known by district before the reform: a commune cuts them.
    given()
        .get("/api/v1/industry/output-value?from=2020-01&to=2020-12&territory=00913")
        .then()
        .statusCode(422)
        .body("detail", containsString("030 Huyện Vị Xuyên"))
        .body("detail", containsString("only in part"));
    // A commune formed from part of a former one has this year's figures but no year before.
    JsonNode haGiang2 =
        get("/api/v1/industry/output-value?from=2026-01&to=2026-03&territory=00691");
    assertThat(haGiang2.path("total").path("previousYearVnd").isNull()).isTrue();
    assertThat(haGiang2.path("comparisonNote").asText()).contains("00688");
    // The former city 024 in 2026: 00691 took in land from outside it.
    given()
        .get("/api/v1/industry/output-value?from=2026-01&to=2026-03&territory=024")
        .then()
        .statusCode(422)
        .body("detail", containsString("cannot be expressed exactly"));
    // The IIP is a province's.
    given()
        .get("/api/v1/industry/iip?period=2026-03&territory=00691")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("territory"));
    given().get("/api/v1/industry/iip?period=2026-03&territory=8").then().statusCode(422);
    given().get("/api/v1/industry/iip?period=2026-03&territory=77").then().statusCode(422);
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void theMergedIipCombinesBothFormerProvincesWeightsAndCanBeReproduced() {
    JsonNode hg = get("/api/v1/industry/iip/base-years/02@2025-06-30/2020");
    JsonNode tq = get("/api/v1/industry/iip/base-years/08@2025-06-30/2020");
    JsonNode merged = get("/api/v1/industry/iip/base-years/08@2025-07-01/2020");
    assertThat(merged.path("combinedFrom").toString())
        .isEqualTo("[\"02@2025-06-30\",\"08@2025-06-30\"]");
    assertThat(hg.path("combinedFrom").size()).isZero();
    Map<String, BigDecimal> w = new TreeMap<>();
    Map<String, BigDecimal> va = new TreeMap<>();
    for (JsonNode b : List.of(hg, tq)) {
      for (JsonNode p : b.path("products"))
        w.merge(
            p.path("productCode").asText(),
            p.path("outputValueVnd").decimalValue(),
            BigDecimal::add);
      for (JsonNode v : b.path("valueAdded"))
        va.merge(
            v.path("vsicCode").asText(), v.path("valueAddedVnd").decimalValue(), BigDecimal::add);
    }
    Map<String, BigDecimal> served = new TreeMap<>();
    for (JsonNode p : merged.path("products"))
      served.put(p.path("productCode").asText(), p.path("outputValueVnd").decimalValue());
    assertThat(served).isEqualTo(w);
    // Adding a line of one province to the other's keeps both (a product of one only, 1701 paper).
    assertThat(va.keySet()).contains("1701", "0710", "D");

    // The index, reproduced from the reports and the summed weights by the national method.
    JsonNode iip = get("/api/v1/industry/iip?period=2026-03&territory=08");
    assertThat(iip.path("territory").path("ref").asText()).isEqualTo("08@2025-07-01");
    assertThat(iip.path("baseYear").asInt()).isEqualTo(2020);
    assertThat(iip.path("weightsCombinedFrom").toString())
        .isEqualTo("[\"02@2025-06-30\",\"08@2025-06-30\"]");
    Map<String, String> productClass = new HashMap<>();
    for (JsonNode p : get("/api/v1/industry/products?limit=1000").path("items"))
      productClass.put(p.path("code").asText(), p.path("vsicClass").asText());
    Map<String, String> parent = new HashMap<>();
    for (JsonNode v : get("/api/v1/industry/vsic?limit=1000").path("items"))
      if (!v.path("parentCode").isNull())
        parent.put(v.path("code").asText(), v.path("parentCode").asText());
    IipCalculator.Result r =
        IipCalculator.compute(
            new IipCalculator.Weights(2020, w, productClass, va, parent),
            quantities("2026-03", "08"),
            quantities("2025-03", "08"));
    assertThat(r.total().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(iip.path("index").decimalValue());

    // The merged province's own weights exist only for years it existed in.
    given()
        .get("/api/v1/industry/iip/base-years?territory=08")
        .then()
        .statusCode(200)
        .body("items[0].territory.ref", equalTo("08@2025-07-01"))
        .body("items[0].year", equalTo(2020))
        .body("items[0].combinedFrom.size()", equalTo(2));
    // The former Hà Giang area keeps its own index after the merger, on its own weights.
    JsonNode former = get("/api/v1/industry/iip?period=2026-03&territory=02&cumulative=true");
    assertThat(former.path("territory").path("ref").asText()).isEqualTo("02@2025-06-30");
    assertThat(former.path("weightsCombinedFrom").size()).isZero();
  }

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void theMergedProvincesWeightsBefore2025AreNotItsOwnToSet() {
    JsonNode tq = get("/api/v1/industry/iip/base-years/08@2025-06-30/2020");
    String body =
        "{\"products\":" + tq.path("products") + ",\"valueAdded\":" + tq.path("valueAdded") + "}";
    Api.json()
        .body(body)
        .put("/api/v1/industry/iip/base-years/08@2025-07-01/2020")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("territory"))
        .body("errors[0].message", containsString("did not exist in 2020"))
        .body("errors[0].message", containsString("combined"));
    given()
        .get("/api/v1/industry/iip/base-years/08@2025-07-01/2020/revisions")
        .then()
        .statusCode(404);
    given().get("/api/v1/industry/iip/base-years/02/2015/revisions").then().statusCode(200);
    given().get("/api/v1/industry/iip/base-years/030/2015").then().statusCode(422);
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void electrificationCountsEachVillageInItsCommuneOfTheDate() {
    JsonNode now = get("/api/v1/industry/electrification?territory=08&asOf=2026-06-30");
    assertThat(now.path("territory").path("ref").asText()).isEqualTo("08@2025-07-01");
    assertThat(now.path("borderVillages").asInt()).isEqualTo(50);
    // The same territory a year before: both former provinces, in their former communes.
    assertThat(now.path("previousYear").path("asOf").asText()).isEqualTo("2025-06-30");
    assertThat(now.path("previousYear").path("borderVillages").asInt()).isEqualTo(50);
    Set<String> communes = communes("08", LocalDate.of(2026, 6, 30));
    int sum = 0;
    for (JsonNode u : now.path("byUnit")) {
      assertThat(communes).contains(u.path("unitCode").asText());
      sum += u.path("borderVillages").asInt();
    }
    assertThat(sum).isEqualTo(50);
    // The former Tuyên Quang has no land border.
    assertThat(
            get("/api/v1/industry/electrification?territory=08@2025-06-30&asOf=2026-06-30")
                .path("borderVillages")
                .asInt())
        .isZero();
    // Xã Sơn Vĩ took in three former border communes.
    assertThat(
            get("/api/v1/industry/electrification?territory=00778&asOf=2026-06-30")
                .path("borderVillages")
                .asInt())
        .isEqualTo(6);
  }

  @Test
  void oneEventPerTerritoryAndMonthKeyedByBoth() throws Exception {
    assertThat(IndicatorEvents.keys(ds, "2023-07")).containsExactly("02@2025-06-30|2023-07");
    assertThat(IndicatorEvents.keys(ds, "2025-06"))
        .containsExactly("02@2025-06-30|2025-06", "08@2025-06-30|2025-06");
    assertThat(IndicatorEvents.keys(ds, "2025-07"))
        .containsExactly("02@2025-06-30|2025-07", "08@2025-06-30|2025-07", "08@2025-07-01|2025-07");
    assertThat(IndicatorEvents.keys(ds, "2026-11"))
        .containsExactly("02@2025-06-30|2026-11", "08@2025-06-30|2026-11", "08@2025-07-01|2026-11");
    JsonNode e = IndicatorEvents.last(ds, "08@2025-07-01|2026-03").payload();
    assertThat(e.path("territory").asText()).isEqualTo("08@2025-07-01");
    assertThat(e.path("baseYear").asInt()).isEqualTo(2020);
    assertThat(e.path("iipYtd").isNumber()).isTrue();
    // Relayed to Kafka with its key, and valid against its schema (EventCapture checks).
    try (EventCapture capture = EventCapture.fromBeginning(kafka, Topics.INDUSTRY_INDICATORS)) {
      List<CapturedEvent> found =
          capture.await(c -> "08@2025-07-01|2026-03".equals(c.key()), 1, Duration.ofSeconds(120));
      assertThat(found).isNotEmpty();
      assertThat(found.get(0).payload().path("byUnit").size()).isPositive();
    }
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void the2020And2021FiguresOfTheProvinceAreUnchanged() {
    for (String territory : List.of("", "&territory=02", "&territory=02@2025-06-30")) {
      JsonNode y2020 = get("/api/v1/industry/iip?period=2020-12&cumulative=true" + territory);
      assertThat(y2020.path("index").decimalValue()).isEqualByComparingTo("90.84");
      assertThat(y2020.path("changePct").decimalValue()).isEqualByComparingTo("-9.16");
      assertThat(y2020.path("baseYear").asInt()).isEqualTo(2015);
      JsonNode y2021 = get("/api/v1/industry/iip?period=2021-12&cumulative=true" + territory);
      assertThat(y2021.path("index").decimalValue()).isEqualByComparingTo("106.90");
      JsonNode ov = total("/api/v1/industry/output-value?from=2020-01&to=2020-12" + territory);
      assertThat(ov.path("valueVnd").decimalValue()).isEqualByComparingTo("6181400000000");
      assertThat(ov.path("previousYearVnd").decimalValue()).isEqualByComparingTo("6248900000000");
      assertThat(ov.path("changePct").decimalValue()).isEqualByComparingTo("-1.08");
    }
    // The merged province asked for 2020 is both former provinces: Tuyên Quang had no reports
    // then, so the same figures.
    JsonNode merged =
        total("/api/v1/industry/output-value?from=2020-01&to=2020-12&territory=08@2025-07-01");
    assertThat(merged.path("valueVnd").decimalValue()).isEqualByComparingTo("6181400000000");
  }

  // --- helpers ---

  /** The whole's field is the sum of the parts' to the last đồng. */
  private static void assertSum(String field, JsonNode whole, JsonNode... parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode part : parts) sum = sum.add(part.path(field).decimalValue());
    assertThat(whole.path(field).decimalValue()).as(field).isEqualByComparingTo(sum);
  }

  private static JsonNode total(String url) {
    return get(url).path("total");
  }

  private static JsonNode indicators(String period, String territory) {
    return get("/api/v1/industry/indicators/" + period + "?territory=" + territory);
  }

  /** The communes of the territory on a date, from the geography library itself. */
  private static Set<String> communes(String territory, LocalDate date) {
    AdminUnit unit = GEOGRAPHY.resolve(Territory.parse(territory), date);
    return new HashSet<>(GEOGRAPHY.compose(unit, date).codes());
  }

  /** Quantities by product of every report placed in the territory in the month. */
  private static Map<String, BigDecimal> quantities(String period, String territory) {
    Map<String, BigDecimal> out = new TreeMap<>();
    Set<String> units = new HashSet<>();
    AdminUnit t = GEOGRAPHY.resolve(Territory.parse(territory), LocalDate.parse("2026-03-01"));
    LocalDate day = LocalDate.parse(period + "-01");
    for (AdminUnit c : GEOGRAPHY.compose(t, day).units()) units.add(c.code());
    JsonNode page = get("/api/v1/industry/production-reports?limit=1000&period=" + period);
    assertThat(page.path("next").isNull() || page.path("next").isMissingNode()).isTrue();
    for (JsonNode r : page.path("items")) {
      String unit = r.path("placedIn").path("unitCode").asText();
      boolean in =
          GEOGRAPHY.lowestUnits(unit, day).stream().allMatch(u -> units.contains(u.code()));
      if (!in) continue;
      for (JsonNode l : r.path("lines"))
        out.merge(
            l.path("productCode").asText(), l.path("quantity").decimalValue(), BigDecimal::add);
    }
    return out;
  }
}
