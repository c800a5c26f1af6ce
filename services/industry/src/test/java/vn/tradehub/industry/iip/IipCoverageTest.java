package vn.tradehub.industry.iip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tradehub.industry.iip.IipCalculatorTest.Q0;
import static vn.tradehub.industry.iip.IipCalculatorTest.Q1;
import static vn.tradehub.industry.iip.IipCalculatorTest.WEIGHTS;
import static vn.tradehub.industry.iip.IipCalculatorTest.bd;
import static vn.tradehub.industry.iip.IipCalculatorTest.index;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.industry.iip.IipCalculator.Excluded;
import vn.tradehub.industry.iip.IipCalculator.Exclusion;
import vn.tradehub.industry.iip.IipCalculator.Level;

/**
 * Products without a comparison (or current) quantity drop out, are listed, and weights
 * renormalise.
 */
class IipCoverageTest {

  @Test
  void productWithoutComparisonQuantityIsLeftOutAndItsClassRenormalised() {
    Map<String, BigDecimal> q0 = new HashMap<>(Q0);
    q0.remove("P2");
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, Q1, q0);

    assertThat(r.excluded()).containsExactly(new Excluded("P2", Exclusion.NO_COMPARISON_QUANTITY));
    assertThat(r.productsUsed()).containsExactly("P1", "P3", "P4");
    // Class 0710 is P1 alone now: 110. Division 07 = (110×60 + 125×40)/100 = 116.
    assertThat(index(r, Level.CLASS, "0710")).isEqualByComparingTo("110");
    assertThat(index(r, Level.DIVISION, "07")).isEqualByComparingTo("116");
    // Total = (116×100 + 120×300)/400 = 119.
    assertThat(r.total()).isEqualByComparingTo("119");
    // Covered weight: (1100 − 300) / 1100.
    assertThat(r.coveredWeightShare())
        .isEqualByComparingTo(bd(800).divide(bd(1100), IipCalculator.MC));
  }

  @Test
  void zeroComparisonQuantityCountsAsMissing() {
    Map<String, BigDecimal> q0 = new HashMap<>(Q0);
    q0.put("P4", BigDecimal.ZERO);
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, Q1, q0);

    assertThat(r.excluded()).containsExactly(new Excluded("P4", Exclusion.NO_COMPARISON_QUANTITY));
    // Class 0722 drops out, so division 07 is class 0710 alone: 98; total = (98×100 + 120×300)/400
    // = 114.5.
    assertThat(r.level(Level.CLASS))
        .extracting(IipCalculator.Node::code)
        .containsExactly("0710", "3511");
    assertThat(index(r, Level.DIVISION, "07")).isEqualByComparingTo("98");
    assertThat(r.total()).isEqualByComparingTo("114.5");
  }

  @Test
  void missingCurrentQuantityAndUnweightedProductsAreListed() {
    Map<String, BigDecimal> q1 = new HashMap<>(Q1);
    q1.remove("P3");
    q1.put("NEW", bd(5));
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, q1, Q0);

    assertThat(r.excluded())
        .containsExactly(
            new Excluded("P3", Exclusion.NO_CURRENT_QUANTITY),
            new Excluded("NEW", Exclusion.NOT_IN_WEIGHTS));
    // Section D has nothing left: the total is section B alone, 108.8, and B contributes it all.
    assertThat(r.level(Level.SECTION)).extracting(IipCalculator.Node::code).containsExactly("B");
    assertThat(r.total()).isEqualByComparingTo("108.8");
    assertThat(r.level(Level.SECTION).get(0).contributionPp()).isEqualByComparingTo("8.8");
  }

  @Test
  void nothingComparableGivesNoIndex() {
    IipCalculator.Result r = IipCalculator.compute(WEIGHTS, Q1, Map.of());
    assertThat(r.total()).isNull();
    assertThat(r.nodes()).isEmpty();
    assertThat(r.excluded()).hasSize(4);
    assertThat(r.coveredWeightShare()).isEqualByComparingTo("0");
  }
}
