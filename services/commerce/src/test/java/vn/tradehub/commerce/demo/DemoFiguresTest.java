package vn.tradehub.commerce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.figures.Growth;

/** The demo figures are plausible for Hà Giang and stable from run to run. */
class DemoFiguresTest {

  private static Map<String, BigDecimal> totals(String category) {
    Map<String, BigDecimal> byYear = new TreeMap<>();
    for (DemoFigures.Report r : DemoFigures.reports()) {
      for (var l : r.request().lines()) {
        if (category == null || category.equals(l.category())) {
          byYear.merge(String.valueOf(r.period().getYear()), l.valueVnd(), BigDecimal::add);
        }
      }
    }
    return byYear;
  }

  @Test
  void everyDistrictReportsEveryMonthWithValidLines() {
    var reports = DemoFigures.reports();
    assertThat(reports).hasSize(11 * 36);
    for (var r : reports) {
      Set<String> keys = new HashSet<>();
      for (var l : r.request().lines()) {
        assertThat(keys.add(l.category() + "/" + l.ownership()))
            .as("duplicate line in %s %s", r.district(), r.period())
            .isTrue();
        assertThat(l.valueVnd().signum()).isPositive();
        assertThat(l.valueVnd().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
      }
    }
    assertThat(DemoFigures.reports()).isEqualTo(reports); // deterministic
  }

  @Test
  void yearlyTotalsArePlausible() {
    Map<String, BigDecimal> total = totals(null);
    BigDecimal change2020 = Growth.percent(total.get("2020"), total.get("2019"));
    BigDecimal change2021 = Growth.percent(total.get("2021"), total.get("2020"));
    System.out.printf(
        "demo retail totals (billion VND): 2019 %s, 2020 %s (%s%%), 2021 %s (%s%%)%n",
        billions(total.get("2019")),
        billions(total.get("2020")),
        change2020,
        billions(total.get("2021")),
        change2021);
    for (String c : DemoFigures.CATEGORIES) {
      Map<String, BigDecimal> t = totals(c);
      System.out.printf(
          "  %s: 2020 %s%%, 2021 %s%%%n",
          c,
          Growth.percent(t.get("2020"), t.get("2019")),
          Growth.percent(t.get("2021"), t.get("2020")));
    }
    assertThat(total.get("2019")).isBetween(new BigDecimal("11500e9"), new BigDecimal("12500e9"));
    // 2020: retail goods held while accommodation, food and travel fell sharply.
    assertThat(
            Growth.percent(totals("RETAIL_GOODS").get("2020"), totals("RETAIL_GOODS").get("2019")))
        .isPositive();
    assertThat(
            Growth.percent(
                totals("ACCOMMODATION_FOOD").get("2020"), totals("ACCOMMODATION_FOOD").get("2019")))
        .isLessThan(new BigDecimal("-10"));
    assertThat(Growth.percent(totals("TRAVEL").get("2020"), totals("TRAVEL").get("2019")))
        .isLessThan(new BigDecimal("-40"));
    // 2021: near the plan of +10.8%.
    assertThat(change2021).isBetween(new BigDecimal("10.3"), new BigDecimal("11.3"));
  }

  @Test
  void cpiRisesSteadily() {
    var cpi = DemoFigures.cpi();
    assertThat(cpi).hasSize(36);
    for (int i = 1; i < cpi.size(); i++)
      assertThat(cpi.get(i).index()).isGreaterThan(cpi.get(i - 1).index());
  }

  private static BigDecimal billions(BigDecimal vnd) {
    return vnd.divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP);
  }
}
