package vn.tradehub.industry.iip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tradehub.industry.iip.IipCalculator.Level;

/** Properties of the IIP over random weights, hierarchies and quantities. */
class IipPropertiesTest {
  private static final List<String> CLASSES =
      List.of("0710", "0722", "0810", "1079", "1101", "3511", "3600");
  private static final Map<String, String> PARENT =
      Map.of(
          "0710", "07", "0722", "07", "0810", "08", "1079", "10", "1101", "11", "3511", "35",
          "3600", "36", "07", "B", "08", "B", "10", "C");
  private static final Map<String, String> PARENT2 = Map.of("11", "C", "35", "D", "36", "E");
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

  record Case(
      IipCalculator.Weights weights, Map<String, BigDecimal> q1, Map<String, BigDecimal> q0) {}

  @Property(tries = 300)
  void contributionsOfEveryLevelAddUpToTheTotalChange(@ForAll("cases") Case c) {
    IipCalculator.Result r = IipCalculator.compute(c.weights(), c.q1(), c.q0());
    if (r.total() == null) return;
    for (Level level : List.of(Level.SECTION, Level.DIVISION, Level.CLASS, Level.PRODUCT)) {
      BigDecimal sum =
          r.level(level).stream()
              .map(IipCalculator.Node::contributionPp)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum.subtract(r.changePct()).abs()).as(level.name()).isLessThan(TOLERANCE);
    }
    // And as printed: the contributions rounded by largest remainder add up to the rounded change.
    List<BigDecimal> exact =
        r.level(Level.SECTION).stream().map(IipCalculator.Node::contributionPp).toList();
    BigDecimal printed =
        IipService.apportion(exact, r.changePct(), 2).stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(printed).isEqualByComparingTo(r.changePct().setScale(2, RoundingMode.HALF_UP));
  }

  @Property(tries = 200)
  void yearToDateIsTheCumulativeQuantityIndexNotTheMeanOfMonthlyRates(
      @ForAll("cases") Case c,
      @ForAll @IntRange(min = 2, max = 12) int months,
      @ForAll("seeds") long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    List<Map<String, BigDecimal>> q1 = new ArrayList<>();
    List<Map<String, BigDecimal>> q0 = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      Map<String, BigDecimal> a = new HashMap<>();
      Map<String, BigDecimal> b = new HashMap<>();
      for (String p : c.weights().productWeight().keySet()) {
        a.put(p, BigDecimal.valueOf(1 + rnd.nextInt(10_000)));
        b.put(p, BigDecimal.valueOf(1 + rnd.nextInt(10_000)));
      }
      q1.add(a);
      q0.add(b);
    }
    IipCalculator.Result ytd = IipCalculator.yearToDate(c.weights(), q1, q0);
    // Per product: i = Σq1 / Σq0 × 100, i.e. the q0-weighted mean of the monthly rates.
    for (String p : c.weights().productWeight().keySet()) {
      BigDecimal s1 = q1.stream().map(m -> m.get(p)).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal s0 = q0.stream().map(m -> m.get(p)).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal expected = s1.multiply(BigDecimal.valueOf(100)).divide(s0, IipCalculator.MC);
      BigDecimal weightedRates = BigDecimal.ZERO;
      for (int m = 0; m < months; m++) {
        BigDecimal rate =
            q1.get(m)
                .get(p)
                .multiply(BigDecimal.valueOf(100))
                .divide(q0.get(m).get(p), IipCalculator.MC);
        weightedRates = weightedRates.add(rate.multiply(q0.get(m).get(p)), IipCalculator.MC);
      }
      BigDecimal actual = IipCalculatorTest.index(ytd, Level.PRODUCT, p);
      assertThat(actual.subtract(expected).abs()).isLessThan(TOLERANCE);
      assertThat(actual.subtract(weightedRates.divide(s0, IipCalculator.MC)).abs())
          .isLessThan(new BigDecimal("1e-20"));
    }
    // The whole index is the five steps over cumulative quantities...
    assertThat(ytd.total())
        .isEqualByComparingTo(
            IipCalculator.compute(
                    c.weights(), IipCalculator.cumulate(q1), IipCalculator.cumulate(q0))
                .total());
  }

  @Property(tries = 50)
  void aMeanOfMonthlyRatesWouldBeWrong(
      @ForAll @IntRange(min = 1, max = 1000) int jan0,
      @ForAll @IntRange(min = 1001, max = 5000) int feb0) {
    // Equal monthly rates hide the difference, so January grows 50 % and February is flat; the
    // months
    // weigh differently (q0 differs), and the cumulative index is not the plain mean 125.
    var w =
        new IipCalculator.Weights(
            2015,
            Map.of("P", BigDecimal.ONE),
            Map.of("P", "0710"),
            Map.of("0710", BigDecimal.ONE, "07", BigDecimal.ONE, "B", BigDecimal.ONE),
            Map.of("0710", "07", "07", "B"));
    BigDecimal j0 = BigDecimal.valueOf(jan0);
    BigDecimal f0 = BigDecimal.valueOf(feb0);
    IipCalculator.Result ytd =
        IipCalculator.yearToDate(
            w,
            List.of(Map.of("P", j0.multiply(new BigDecimal("1.5"))), Map.of("P", f0)),
            List.of(Map.of("P", j0), Map.of("P", f0)));
    assertThat(ytd.total()).isNotEqualByComparingTo("125");
    assertThat(ytd.total()).isLessThan(new BigDecimal("125"));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> products = Arbitraries.integers().between(1, 12);
    return products.flatMap(
        n -> {
          Arbitrary<List<Integer>> classIdx =
              Arbitraries.integers().between(0, CLASSES.size() - 1).list().ofSize(n);
          Arbitrary<List<Integer>> w =
              Arbitraries.integers().between(1, 1_000_000).list().ofSize(n);
          Arbitrary<List<Integer>> q0 = Arbitraries.integers().between(0, 100_000).list().ofSize(n);
          Arbitrary<List<Integer>> q1 = Arbitraries.integers().between(0, 100_000).list().ofSize(n);
          Arbitrary<List<Integer>> va =
              Arbitraries.integers().between(1, 1_000_000).list().ofSize(20);
          return Combinators.combine(classIdx, w, q0, q1, va)
              .as(
                  (ci, ws, z0, z1, vas) -> {
                    Map<String, BigDecimal> weight = new HashMap<>();
                    Map<String, String> cls = new HashMap<>();
                    Map<String, BigDecimal> a = new HashMap<>();
                    Map<String, BigDecimal> b = new HashMap<>();
                    for (int i = 0; i < n; i++) {
                      String p = "P" + i;
                      weight.put(p, BigDecimal.valueOf(ws.get(i)));
                      cls.put(p, CLASSES.get(ci.get(i)));
                      a.put(p, BigDecimal.valueOf(z1.get(i)));
                      if (z0.get(i) % 7 != 0)
                        b.put(p, BigDecimal.valueOf(z0.get(i))); // some missing
                    }
                    Map<String, String> parent = new HashMap<>(PARENT);
                    parent.putAll(PARENT2);
                    Map<String, BigDecimal> vaMap = new HashMap<>();
                    List<String> codes = new ArrayList<>(CLASSES);
                    codes.addAll(List.of("07", "08", "10", "11", "35", "36", "B", "C", "D", "E"));
                    for (int i = 0; i < codes.size(); i++)
                      vaMap.put(codes.get(i), BigDecimal.valueOf(vas.get(i)));
                    return new Case(
                        new IipCalculator.Weights(2015, weight, cls, vaMap, parent), a, b);
                  });
        });
  }
}
