package vn.tradehub.commerce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.geo.Placement;

/** The demo figures are plausible, placed in the units of their months, and stable. */
class DemoFiguresTest {
  private static final Geography GEO = Geography.classpath();
  private static final Set<String> HA_GIANG_AFTER =
      codes(GEO.compose(Territory.parse("02@2025-06-30"), LocalDate.of(2025, 7, 1)).units());
  private static final Set<String> HA_GIANG_BEFORE =
      codes(GEO.units(Level.DISTRICT, "02", LocalDate.of(2025, 6, 30)));

  private static Set<String> codes(java.util.Collection<AdminUnit> units) {
    Set<String> out = new HashSet<>();
    units.forEach(u -> out.add(u.code()));
    return out;
  }

  /** Yearly totals of the reports whose unit passes {@code where}, of one category or all. */
  private static Map<Integer, BigDecimal> totals(String category, Predicate<String> where) {
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (DemoFigures.Report r : DemoFigures.reports()) {
      if (!where.test(r.unitCode())) continue;
      for (var l : r.request().lines()) {
        if (category == null || category.equals(l.category())) {
          byYear.merge(r.period().getYear(), l.valueVnd(), BigDecimal::add);
        }
      }
    }
    return byYear;
  }

  private static boolean haGiang(String unit) {
    return HA_GIANG_BEFORE.contains(unit) || HA_GIANG_AFTER.contains(unit);
  }

  @Test
  void everyUnitReportsEveryMonthOfItsPeriodInTheUnitsOfThatMonth() {
    var reports = DemoFigures.reports();
    // Hà Giang's 11 districts 2019-01..2025-06 (78 months), the former Tuyên Quang's 7 districts
    // 2024-01..2025-06 (18), the 124 communes of the new province 2025-07..2026-11 (17).
    assertThat(reports).hasSize(11 * 78 + 7 * 18 + 124 * 17);
    Set<String> keys = new HashSet<>();
    for (var r : reports) {
      assertThat(keys.add(r.unitCode() + "/" + r.period())).isTrue();
      LocalDate day = r.period().atDay(1);
      Level level = r.period().isBefore(YearMonth.of(2025, 7)) ? Level.DISTRICT : Level.COMMUNE;
      assertThat(GEO.isValid(r.unitCode(), level, day))
          .as("%s %s is a %s then", r.unitCode(), r.period(), level)
          .isTrue();
      Set<String> lines = new HashSet<>();
      for (var l : r.request().lines()) {
        assertThat(lines.add(l.category() + "/" + l.ownership())).isTrue();
        assertThat(l.valueVnd().signum()).isPositive();
        assertThat(l.valueVnd().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
      }
    }
    assertThat(reports.get(0).period()).isEqualTo(YearMonth.of(2019, 1));
    assertThat(reports.get(reports.size() - 1).period()).isEqualTo(YearMonth.of(2026, 11));
    assertThat(DemoFigures.reports()).isEqualTo(reports); // deterministic
  }

  @Test
  void haGiangs2019To2021FiguresAreTheOnesAlwaysShownToTheDong() {
    Map<Integer, BigDecimal> total = totals(null, DemoFiguresTest::haGiang);
    assertThat(total.get(2019)).isEqualByComparingTo("12036647000000");
    assertThat(total.get(2020)).isEqualByComparingTo("12258619000000");
    assertThat(total.get(2021)).isEqualByComparingTo("13583340000000");
    assertThat(billions(total.get(2019))).isEqualByComparingTo("12036.6");
    assertThat(Growth.percent(total.get(2020), total.get(2019))).isEqualByComparingTo("1.84");
    assertThat(Growth.percent(total.get(2021), total.get(2020))).isEqualByComparingTo("10.81");
    // 2020: retail goods held while accommodation, food and travel fell sharply.
    Map<Integer, BigDecimal> goods = totals("RETAIL_GOODS", u -> true);
    assertThat(Growth.percent(goods.get(2020), goods.get(2019))).isPositive();
    Map<Integer, BigDecimal> food = totals("ACCOMMODATION_FOOD", u -> true);
    assertThat(Growth.percent(food.get(2020), food.get(2019))).isLessThan(new BigDecimal("-10"));
    Map<Integer, BigDecimal> travel = totals("TRAVEL", u -> true);
    assertThat(Growth.percent(travel.get(2020), travel.get(2019)))
        .isLessThan(new BigDecimal("-40"));
  }

  @Test
  void laterYearsContinueEachFormerAreasTrend() {
    Map<Integer, BigDecimal> haGiang = totals(null, DemoFiguresTest::haGiang);
    Map<Integer, BigDecimal> tuyenQuang = totals(null, u -> !haGiang(u));
    System.out.printf("demo retail totals (billion VND):%n");
    for (int year = 2019; year <= 2026; year++) {
      System.out.printf(
          "  %d Hà Giang area %s (%s%%), former Tuyên Quang area %s (2026: January..November)%n",
          year,
          billions(haGiang.get(year)),
          Growth.percent(haGiang.get(year), haGiang.get(year - 1)),
          tuyenQuang.get(year) == null ? "-" : billions(tuyenQuang.get(year)));
    }
    for (int year = 2022; year <= 2025; year++) {
      assertThat(Growth.percent(haGiang.get(year), haGiang.get(year - 1)))
          .as("Hà Giang %d", year)
          .isBetween(new BigDecimal("6"), new BigDecimal("18"));
    }
    assertThat(tuyenQuang).containsOnlyKeys(2024, 2025, 2026);
    assertThat(Growth.percent(tuyenQuang.get(2025), tuyenQuang.get(2024)))
        .isBetween(new BigDecimal("6"), new BigDecimal("12"));
    // The former Hà Giang communes carry on Hà Giang's months: July..November of 2025 against the
    // districts' same months of 2024, and 2026 against 2025 (both by commune).
    BigDecimal h2024 = months(DemoFiguresTest::haGiang, 2024);
    BigDecimal h2025 = months(DemoFiguresTest::haGiang, 2025);
    BigDecimal h2026 = months(DemoFiguresTest::haGiang, 2026);
    assertThat(Growth.percent(h2025, h2024)).isBetween(new BigDecimal("4"), new BigDecimal("12"));
    assertThat(Growth.percent(h2026, h2025)).isBetween(new BigDecimal("4"), new BigDecimal("12"));
    BigDecimal t2024 = months(u -> !haGiang(u), 2024);
    BigDecimal t2025 = months(u -> !haGiang(u), 2025);
    assertThat(Growth.percent(t2025, t2024)).isBetween(new BigDecimal("4"), new BigDecimal("12"));
  }

  /** July..November of a year, for the units that pass {@code where}. */
  private static BigDecimal months(Predicate<String> where, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (DemoFigures.Report r : DemoFigures.reports()) {
      int m = r.period().getMonthValue();
      if (r.period().getYear() != year || m < 7 || m > 11) continue;
      if (!where.test(r.unitCode())) continue;
      for (var l : r.request().lines()) sum = sum.add(l.valueVnd());
    }
    return sum;
  }

  @Test
  void marketsLieInACommuneBeforeAndInItsSuccessorAfter() {
    for (DemoFigures.DemoMarket m : DemoFigures.markets()) {
      var locations = m.request().locations();
      assertThat(locations).hasSize(2);
      Placement before = locations.get(0);
      Placement after = locations.get(1);
      AdminUnit old = GEO.unit(before.unitCode(), before.validTo()).orElseThrow();
      assertThat(old.level()).isEqualTo(Level.COMMUNE);
      assertThat(GEO.successors(old))
          .as(m.code())
          .extracting(Succession::successor)
          .extracting(AdminUnit::code)
          .contains(after.unitCode());
      assertThat(GEO.isValid(after.unitCode(), Level.COMMUNE, after.validFrom())).isTrue();
    }
  }

  @Test
  void cpiRisesSteadilyEveryMonthOfTheDemo() {
    var cpi = DemoFigures.cpi();
    assertThat(cpi).hasSize(95);
    assertThat(cpi.get(0).period()).isEqualTo(YearMonth.of(2019, 1));
    assertThat(cpi.get(94).period()).isEqualTo(YearMonth.of(2026, 11));
    for (int i = 1; i < cpi.size(); i++)
      assertThat(cpi.get(i).index()).isGreaterThan(cpi.get(i - 1).index());
  }

  private static BigDecimal billions(BigDecimal vnd) {
    return vnd.divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP);
  }
}
