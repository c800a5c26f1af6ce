package vn.tradehub.industry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.Geography;
import vn.tradehub.industry.enterprise.TaxCodes;
import vn.tradehub.industry.iip.BaseYearRequest;
import vn.tradehub.industry.report.ReportService.Filing;

/** The demo data after 2021, before it goes through the services. */
class ReformDemoDataTest {
  static final Geography G = Geography.classpath();
  static final DemoData.Dataset BASE = DemoData.generate();
  static final ReformDemoData.Dataset D = ReformDemoData.generate(BASE, G);

  @Test
  void theSeriesRunWithoutAGapFrom2019To2026November() {
    Map<String, Set<YearMonth>> months = new TreeMap<>();
    for (Filing f : all())
      months.computeIfAbsent(f.taxCode(), k -> new TreeSet<>()).add(YearMonth.parse(f.period()));
    Set<YearMonth> haGiang = new TreeSet<>();
    Set<YearMonth> tuyenQuang = new TreeSet<>();
    months.forEach((tax, m) -> (tax.startsWith("51") ? haGiang : tuyenQuang).addAll(m));
    assertThat(haGiang).containsAll(range(YearMonth.of(2019, 1), YearMonth.of(2026, 11)));
    assertThat(tuyenQuang)
        .containsExactlyElementsOf(range(YearMonth.of(2024, 1), YearMonth.of(2026, 11)));
    // Every Hà Giang enterprise goes on to 2026-11; none reports a month that has not ended.
    months.forEach(
        (tax, m) -> {
          if (tax.startsWith("51")) assertThat(m).contains(YearMonth.of(2026, 11));
          assertThat(m).allMatch(p -> !p.isAfter(YearMonth.of(2026, 11)));
        });
  }

  @Test
  void tuyenQuangsEnterprisesHaveValidTaxCodesOfItsProvinceAndItsIndustries() {
    assertThat(D.enterprises()).hasSize(17);
    for (var e : D.enterprises()) {
      assertThat(TaxCodes.isValid(e.taxCode())).as(e.taxCode()).isTrue();
      assertThat(e.taxCode()).startsWith("50");
      // A former commune of Tuyên Quang (province 08 until 2025-06-30), which went whole into one.
      assertThat(
              G.parent(
                  G.parent(e.oldCommune(), ReformDemoData.REFORM.minusDays(1)).orElseThrow().code(),
                  ReformDemoData.REFORM.minusDays(1)))
          .map(u -> u.ref().toString())
          .contains("08@2025-06-30");
      assertThat(ReformDemoData.successor(G, e.oldCommune())).hasSize(5);
    }
    Set<String> classes =
        D.enterprises().stream()
            .map(ReformDemoData.NewEnterprise::mainVsicClass)
            .collect(Collectors.toSet());
    // Hydropower, paper, cement, mining, food processing.
    assertThat(classes).contains("3511", "1701", "2394", "0722", "1072", "1079");
    assertThat(D.villages()).isNotEmpty();
    // Hà Giang's enterprises and clusters get a commune of the former Hà Giang from 2025-07-01.
    Set<String> haGiangArea =
        new HashSet<>(
            G.compose(
                    G.unit("02", ReformDemoData.REFORM.minusDays(1)).orElseThrow(),
                    ReformDemoData.REFORM)
                .codes());
    assertThat(D.haGiangEnterpriseCommune()).hasSize(30);
    assertThat(haGiangArea).containsAll(D.haGiangEnterpriseCommune().values());
    assertThat(haGiangArea).containsAll(D.haGiangClusterCommune().values());
  }

  @Test
  void tuyenQuangsWeightsCoverItsProductsAndEveryLevelAboveThem() {
    BaseYearRequest w = D.tuyenQuangWeights2020();
    Set<String> products =
        w.products().stream().map(BaseYearRequest.Product::productCode).collect(Collectors.toSet());
    Set<String> reported = new HashSet<>();
    for (Filing f : all())
      if (f.taxCode().startsWith("50"))
        f.request().lines().forEach(l -> reported.add(l.productCode()));
    assertThat(products).isEqualTo(reported);
    Set<String> va =
        w.valueAdded().stream()
            .map(BaseYearRequest.ValueAdded::vsicCode)
            .collect(Collectors.toSet());
    assertThat(va).contains("1701", "17", "C", "3511", "35", "D", "0722", "07", "B");
  }

  @Test
  void noPublishedFigureIsTouchedAndItIsDeterministic() {
    // The 2019-2021 data set is the one of before, unchanged; the later years come after it.
    assertThat(D.filingsByYear().keySet()).containsExactly(2022, 2023, 2024, 2025, 2026);
    ReformDemoData.Dataset again = ReformDemoData.generate(DemoData.generate(), G);
    assertThat(again.filingsByYear()).isEqualTo(D.filingsByYear());
    assertThat(again.tuyenQuangWeights2020()).isEqualTo(D.tuyenQuangWeights2020());
  }

  private static List<Filing> all() {
    List<Filing> out = new java.util.ArrayList<>(BASE.filings());
    D.filingsByYear().values().forEach(out::addAll);
    return out;
  }

  private static List<YearMonth> range(YearMonth from, YearMonth to) {
    List<YearMonth> out = new java.util.ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) out.add(m);
    return out;
  }
}
