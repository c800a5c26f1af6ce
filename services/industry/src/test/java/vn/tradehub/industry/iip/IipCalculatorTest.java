package vn.tradehub.industry.iip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.industry.iip.IipCalculator.Level;

/**
 * A hand-worked example: 4 products in 3 classes, 2 divisions and 2 sections.
 *
 * <pre>
 * product  class  division section  w (base output)  q0    q1    i = q1/q0×100
 * P1       0710   07       B        200              100   110   110
 * P2       0710   07       B        300               50    45    90
 * P4       0722   07       B        100               20    25   125
 * P3       3511   35       D        500             1000  1200   120
 *
 * Step 2, classes:   I(0710) = (110×200 + 90×300) / (200+300) = (22000+27000)/500 = 98
 *                    I(0722) = 125,  I(3511) = 120
 * Step 3, divisions (value added W4: 0710 = 60, 0722 = 40, 3511 = 90):
 *                    I(07) = (98×60 + 125×40) / 100 = (5880 + 5000)/100 = 108.8
 *                    I(35) = 120
 * Step 4, sections (W2: 07 = 100, 35 = 150): I(B) = 108.8, I(D) = 120
 * Step 5, total (WS: B = 100, D = 300):
 *                    I = (108.8×100 + 120×300) / 400 = (10880 + 36000)/400 = 117.2
 * Contributions (pp): B = (108.8−100) × 100/400 = 2.2;  D = (120−100) × 300/400 = 15
 *                     2.2 + 15 = 17.2 = 117.2 − 100
 * Class level:        0710 = (98−100) × 60/100 × 1/4 = −0.3;  0722 = 25 × 40/100 × 1/4 = 2.5;
 *                     3511 = 20 × 1 × 3/4 = 15;  −0.3 + 2.5 + 15 = 17.2
 * </pre>
 */
class IipCalculatorTest {
  static final IipCalculator.Weights WEIGHTS =
      new IipCalculator.Weights(
          2015,
          Map.of("P1", bd(200), "P2", bd(300), "P3", bd(500), "P4", bd(100)),
          Map.of("P1", "0710", "P2", "0710", "P3", "3511", "P4", "0722"),
          Map.of(
              "0710", bd(60), "0722", bd(40), "3511", bd(90), "07", bd(100), "35", bd(150), "B",
              bd(100), "D", bd(300)),
          Map.of("0710", "07", "0722", "07", "3511", "35", "07", "B", "35", "D"));
  static final Map<String, BigDecimal> Q0 =
      Map.of("P1", bd(100), "P2", bd(50), "P3", bd(1000), "P4", bd(20));
  static final Map<String, BigDecimal> Q1 =
      Map.of("P1", bd(110), "P2", bd(45), "P3", bd(1200), "P4", bd(25));

  @Test
  void fiveStepsByHand() {
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, Q1, Q0);

    assertThat(index(r, Level.PRODUCT, "P1")).isEqualByComparingTo("110");
    assertThat(index(r, Level.PRODUCT, "P2")).isEqualByComparingTo("90");
    assertThat(index(r, Level.CLASS, "0710")).isEqualByComparingTo("98");
    assertThat(index(r, Level.CLASS, "0722")).isEqualByComparingTo("125");
    assertThat(index(r, Level.CLASS, "3511")).isEqualByComparingTo("120");
    assertThat(index(r, Level.DIVISION, "07")).isEqualByComparingTo("108.8");
    assertThat(index(r, Level.DIVISION, "35")).isEqualByComparingTo("120");
    assertThat(index(r, Level.SECTION, "B")).isEqualByComparingTo("108.8");
    assertThat(index(r, Level.SECTION, "D")).isEqualByComparingTo("120");
    assertThat(r.total()).isEqualByComparingTo("117.2");
    assertThat(r.changePct()).isEqualByComparingTo("17.2");
    assertThat(r.excluded()).isEmpty();
    assertThat(r.coveredWeightShare()).isEqualByComparingTo("1");
  }

  @Test
  void contributionsByHand() {
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, Q1, Q0);

    assertThat(contribution(r, Level.SECTION, "B")).isEqualByComparingTo("2.2");
    assertThat(contribution(r, Level.SECTION, "D")).isEqualByComparingTo("15");
    assertThat(contribution(r, Level.CLASS, "0710")).isEqualByComparingTo("-0.3");
    assertThat(contribution(r, Level.CLASS, "0722")).isEqualByComparingTo("2.5");
    assertThat(contribution(r, Level.CLASS, "3511")).isEqualByComparingTo("15");
    for (Level level : List.of(Level.SECTION, Level.DIVISION, Level.CLASS, Level.PRODUCT)) {
      BigDecimal sum =
          r.level(level).stream()
              .map(IipCalculator.Node::contributionPp)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum.setScale(20, RoundingMode.HALF_UP))
          .as(level.name())
          .isEqualByComparingTo("17.2");
    }
  }

  @Test
  void yearToDateUsesCumulativeQuantities() {
    // One product, two months: January 100 → 150 (i = 150), February 300 → 300 (i = 100).
    // Year to date: (150 + 300) / (100 + 300) × 100 = 112.5; the mean of the rates would be 125.
    var w =
        new IipCalculator.Weights(
            2015,
            Map.of("P1", bd(1)),
            Map.of("P1", "0710"),
            Map.of("0710", bd(1), "07", bd(1), "B", bd(1)),
            Map.of("0710", "07", "07", "B"));
    IipCalculator.Result ytd =
        IipCalculator.yearToDate(
            w,
            List.of(Map.of("P1", bd(150)), Map.of("P1", bd(300))),
            List.of(Map.of("P1", bd(100)), Map.of("P1", bd(300))));
    assertThat(ytd.total()).isEqualByComparingTo("112.5");
  }

  @Test
  void apportionedContributionsAddUpToThePrintedChange() {
    // 1/3 each: rounded separately 0.33 + 0.33 + 0.33 = 0.99, but the total prints as 1.00.
    BigDecimal third = BigDecimal.ONE.divide(bd(3), IipCalculator.MC);
    List<BigDecimal> rounded =
        IipService.apportion(List.of(third, third, third), BigDecimal.ONE, 2);
    assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1.00");
    assertThat(rounded)
        .containsExactlyInAnyOrder(
            new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
  }

  static BigDecimal index(IipCalculator.Result r, Level level, String code) {
    return node(r, level, code).index();
  }

  static BigDecimal contribution(IipCalculator.Result r, Level level, String code) {
    return node(r, level, code).contributionPp();
  }

  static IipCalculator.Node node(IipCalculator.Result r, Level level, String code) {
    return r.level(level).stream()
        .filter(n -> n.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(level + " " + code + " missing"));
  }

  static BigDecimal bd(long v) {
    return BigDecimal.valueOf(v);
  }
}
