package vn.tradehub.industry.iip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.platform.figures.FigureStatus;

/**
 * Feeds the calculator with a territory's reported quantities for a period, comparison and
 * year-to-date flag.
 */
@ApplicationScoped
public class IipService {
  private final ProductionFacts facts;
  private final BaseYearService baseYears;

  public IipService(ProductionFacts facts, BaseYearService baseYears) {
    this.facts = facts;
    this.baseYears = baseYears;
  }

  /**
   * @param currentFrom first month of the current quantities (January for a year to date)
   * @param comparisonFrom first month of the comparison quantities; null against the base year
   * @param status the weakest status of the reports of the products used
   */
  public record Computation(
      IipCalculator.Result result,
      BaseYearService.Loaded weights,
      YearMonth period,
      Comparison compareTo,
      boolean cumulative,
      YearMonth currentFrom,
      YearMonth currentTo,
      YearMonth comparisonFrom,
      YearMonth comparisonTo,
      FigureStatus status) {}

  /**
   * The index of a province-level territory: its reports month by month (each month's units that
   * lie in it, so the comparison months are the same territory) against its weights. Empty when the
   * province has no weights at all.
   */
  @Transactional
  public Optional<Computation> compute(
      AdminUnit province,
      YearMonth period,
      Comparison compareTo,
      boolean cumulative,
      Integer baseYear) {
    Optional<BaseYearService.Loaded> weights = baseYears.load(province, period.getYear(), baseYear);
    if (weights.isEmpty()) return Optional.empty();
    YearMonth from = YearMonth.of(period.getYear() - 1, 1);
    return Optional.of(
        computeWith(
            facts.within(province, facts.byUnit(from, period)),
            weights.get(),
            period,
            compareTo,
            cumulative));
  }

  /** The computation over facts already read (they must cover the months it needs). */
  public static Computation computeWith(
      List<Fact> facts,
      BaseYearService.Loaded weights,
      YearMonth period,
      Comparison compareTo,
      boolean cumulative) {
    if (cumulative && compareTo == Comparison.PREVIOUS_MONTH) {
      throw new IllegalArgumentException(
          "a year to date is compared with the previous year or the base year");
    }
    YearMonth currentFrom = cumulative ? YearMonth.of(period.getYear(), 1) : period;
    Map<String, BigDecimal> q1 = ProductionFacts.quantities(facts, currentFrom, period);
    YearMonth cmpFrom;
    YearMonth cmpTo;
    Map<String, BigDecimal> q0;
    switch (compareTo) {
      case PREVIOUS_YEAR -> {
        cmpFrom = currentFrom.minusYears(1);
        cmpTo = period.minusYears(1);
        q0 = ProductionFacts.quantities(facts, cmpFrom, cmpTo);
      }
      case PREVIOUS_MONTH -> {
        cmpFrom = period.minusMonths(1);
        cmpTo = cmpFrom;
        q0 = ProductionFacts.quantities(facts, cmpFrom, cmpTo);
      }
      default -> {
        cmpFrom = null;
        cmpTo = null;
        BigDecimal months =
            BigDecimal.valueOf(period.getMonthValue() - currentFrom.getMonthValue() + 1);
        q0 = new TreeMap<>();
        weights.averageMonthlyQuantity().forEach((p, avg) -> q0.put(p, avg.multiply(months)));
      }
    }
    IipCalculator.Result result = IipCalculator.compute(weights.weights(), q1, q0);
    Set<String> used = new HashSet<>(result.productsUsed());
    FigureStatus status =
        ProductionFacts.weakest(
            facts,
            f ->
                used.contains(f.productCode())
                    && (within(f.period(), currentFrom, period)
                        || (cmpFrom != null && within(f.period(), cmpFrom, cmpTo))));
    if (status == null)
      status = ProductionFacts.weakest(facts, f -> within(f.period(), currentFrom, period));
    return new Computation(
        result,
        weights,
        period,
        compareTo,
        cumulative,
        currentFrom,
        period,
        cmpFrom,
        cmpTo,
        status);
  }

  static boolean within(YearMonth p, YearMonth from, YearMonth to) {
    return !p.isBefore(from) && !p.isAfter(to);
  }

  /**
   * Rounds each value to {@code scale} decimals so that the rounded values add up exactly to the
   * rounded total (largest remainder): contributions in percentage points then add up to the
   * published change as printed, not only before rounding.
   */
  public static List<BigDecimal> apportion(
      List<BigDecimal> exact, BigDecimal exactTotal, int scale) {
    List<BigDecimal> rounded = new ArrayList<>();
    for (BigDecimal v : exact) rounded.add(v.setScale(scale, RoundingMode.HALF_UP));
    BigDecimal target = exactTotal.setScale(scale, RoundingMode.HALF_UP);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal diff = target.subtract(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    if (exact.isEmpty() || diff.signum() == 0) return rounded;
    int steps = diff.abs().divide(unit).intValue();
    int sign = diff.signum();
    // Adjust the values whose rounding moved them furthest against the needed direction.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < exact.size(); i++) order.add(i);
    order.sort(
        Comparator.comparing(
                (Integer i) ->
                    exact.get(i).subtract(rounded.get(i)).multiply(BigDecimal.valueOf(sign)))
            .reversed());
    for (int k = 0; k < steps; k++) {
      int i = order.get(k % order.size());
      rounded.set(i, rounded.get(i).add(unit.multiply(BigDecimal.valueOf(sign))));
    }
    return rounded;
  }
}
