package vn.tradehub.industry.iip;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Index of Industrial Production by the statistics office's method: a Laspeyres index with
 * fixed base-year weights, built bottom-up in five steps.
 *
 * <ol>
 *   <li>product index {@code i = q1 / q0 × 100};
 *   <li>VSIC 4-digit class {@code I4 = Σ i·w / Σ w}, w = the product's base-year output value;
 *   <li>VSIC 2-digit division {@code I2 = Σ I4·W4 / Σ W4}, W4 = the class's base-year value added;
 *   <li>section (B, C, D, E) the same over its divisions;
 *   <li>whole industry the same over the sections.
 * </ol>
 *
 * Coverage: a product without a comparison quantity ({@code q0} missing or zero), or without a
 * current quantity, is left out and listed; the weights are renormalised over what remains at every
 * level (a class, division or section with nothing left drops out the same way).
 *
 * <p>Contributions: a node's contribution to the total's change, in percentage points, is {@code
 * (I_node − 100) × s_node}, where {@code s_node} is the product of its renormalised weight shares
 * on the path up to the total. Because every level is a weighted mean of the one below, the
 * contributions of the nodes of any one level add up to {@code I_total − 100} exactly.
 *
 * <p>Pure and deterministic: no I/O, computed in {@link MathContext#DECIMAL128}; callers round.
 */
public final class IipCalculator {
  public static final MathContext MC = MathContext.DECIMAL128;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public enum Level {
    TOTAL,
    SECTION,
    DIVISION,
    CLASS,
    PRODUCT
  }

  /** Why a product was left out of a comparison. */
  public enum Exclusion {
    NO_COMPARISON_QUANTITY,
    NO_CURRENT_QUANTITY,
    NOT_IN_WEIGHTS
  }

  /**
   * Base-year weights.
   *
   * @param productWeight base-year output value per product code
   * @param productClass the VSIC 4-digit class of each weighted product
   * @param valueAdded base-year value added per VSIC class, division and section code
   * @param parent class → division, division → section
   */
  public record Weights(
      int baseYear,
      Map<String, BigDecimal> productWeight,
      Map<String, String> productClass,
      Map<String, BigDecimal> valueAdded,
      Map<String, String> parent) {}

  /** One node of the result. {@code shareOfTotal} is the product of renormalised shares. */
  public record Node(
      Level level,
      String code,
      String parentCode,
      BigDecimal index,
      BigDecimal weight,
      BigDecimal shareOfParent,
      BigDecimal shareOfTotal,
      BigDecimal contributionPp) {}

  public record Excluded(String productCode, Exclusion reason) {}

  /**
   * @param total the whole industry's index, null when no product could be compared
   * @param nodes every node that took part, by level then code
   * @param coveredWeightShare share of the base-year product weights that took part (0..1)
   */
  public record Result(
      int baseYear,
      BigDecimal total,
      List<Node> nodes,
      List<String> productsUsed,
      List<Excluded> excluded,
      BigDecimal coveredWeightShare) {

    public List<Node> level(Level level) {
      return nodes.stream().filter(n -> n.level() == level).toList();
    }

    public BigDecimal changePct() {
      return total == null ? null : total.subtract(HUNDRED, MC);
    }
  }

  private IipCalculator() {}

  /**
   * Computes the index of {@code q1} (current) against {@code q0} (comparison), per product code.
   * For the year to date pass cumulative quantities (see {@link #yearToDate}).
   */
  public static Result compute(Weights w, Map<String, BigDecimal> q1, Map<String, BigDecimal> q0) {
    List<Excluded> excluded = new ArrayList<>();
    List<String> used = new ArrayList<>();
    // Step 1: product indices.
    Map<String, BigDecimal> productIndex = new TreeMap<>();
    for (String p : new TreeMap<>(w.productWeight()).keySet()) {
      BigDecimal cmp = q0.get(p);
      BigDecimal cur = q1.get(p);
      if (cmp == null || cmp.signum() <= 0) {
        excluded.add(new Excluded(p, Exclusion.NO_COMPARISON_QUANTITY));
      } else if (cur == null) {
        excluded.add(new Excluded(p, Exclusion.NO_CURRENT_QUANTITY));
      } else {
        productIndex.put(p, cur.multiply(HUNDRED).divide(cmp, MC));
        used.add(p);
      }
    }
    q1.keySet().stream()
        .filter(p -> !w.productWeight().containsKey(p))
        .sorted()
        .forEach(p -> excluded.add(new Excluded(p, Exclusion.NOT_IN_WEIGHTS)));

    // Steps 2-5: weighted means, level by level.
    Map<String, Child> products = new TreeMap<>();
    productIndex.forEach(
        (p, i) ->
            products.put(p, new Child(p, w.productClass().get(p), i, w.productWeight().get(p))));
    Map<String, Child> classes = aggregate(products, w, Level.CLASS);
    Map<String, Child> divisions = aggregate(classes, w, Level.DIVISION);
    Map<String, Child> sections = aggregate(divisions, w, Level.SECTION);
    BigDecimal total = mean(sections.values());

    BigDecimal allWeight = sum(w.productWeight().values());
    BigDecimal usedWeight = sum(products.values().stream().map(Child::weight).toList());
    BigDecimal covered =
        allWeight.signum() == 0 ? BigDecimal.ZERO : usedWeight.divide(allWeight, MC);

    List<Node> nodes = new ArrayList<>();
    if (total != null) {
      nodes.add(
          new Node(
              Level.TOTAL,
              "TOTAL",
              null,
              total,
              sum(sectionWeights(sections)),
              BigDecimal.ONE,
              BigDecimal.ONE,
              total.subtract(HUNDRED, MC)));
      Map<String, BigDecimal> shareOfTotal = new LinkedHashMap<>();
      // Keyed by level and code: a product code may look like a VSIC code.
      shareOfTotal.put(Level.TOTAL + ":TOTAL", BigDecimal.ONE);
      addLevel(nodes, Level.SECTION, sections, shareOfTotal);
      addLevel(nodes, Level.DIVISION, divisions, shareOfTotal);
      addLevel(nodes, Level.CLASS, classes, shareOfTotal);
      addLevel(nodes, Level.PRODUCT, products, shareOfTotal);
    }
    return new Result(
        w.baseYear(), total, List.copyOf(nodes), List.copyOf(used), List.copyOf(excluded), covered);
  }

  /**
   * Year to date: the index of the cumulative quantities of January..t against the same months a
   * year earlier, {@code Σ q1 / Σ q0} per product, then the same five steps. Never a mean of the
   * monthly indices.
   */
  public static Result yearToDate(
      Weights w, List<Map<String, BigDecimal>> q1ByMonth, List<Map<String, BigDecimal>> q0ByMonth) {
    return compute(w, cumulate(q1ByMonth), cumulate(q0ByMonth));
  }

  public static Map<String, BigDecimal> cumulate(List<Map<String, BigDecimal>> months) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (Map<String, BigDecimal> m : months) m.forEach((p, q) -> out.merge(p, q, BigDecimal::add));
    return out;
  }

  private record Child(String code, String parent, BigDecimal index, BigDecimal weight) {}

  private static Map<String, Child> aggregate(Map<String, Child> children, Weights w, Level level) {
    Map<String, List<Child>> byParent = new TreeMap<>();
    for (Child c : children.values()) {
      byParent
          .computeIfAbsent(
              Objects.requireNonNull(c.parent(), "no parent for " + c.code()),
              k -> new ArrayList<>())
          .add(c);
    }
    Map<String, Child> out = new TreeMap<>();
    byParent.forEach(
        (code, list) -> {
          BigDecimal va = w.valueAdded().get(code);
          if (va == null || va.signum() <= 0) {
            throw new IllegalArgumentException(
                "no base-year value added for " + level + " " + code);
          }
          String parent = level == Level.SECTION ? "TOTAL" : w.parent().get(code);
          out.put(code, new Child(code, parent, mean(list), va));
        });
    return out;
  }

  /** Σ index·weight / Σ weight, or null for nothing. */
  private static BigDecimal mean(java.util.Collection<Child> children) {
    if (children.isEmpty()) return null;
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (Child c : children) {
      num = num.add(c.index().multiply(c.weight(), MC), MC);
      den = den.add(c.weight(), MC);
    }
    return num.divide(den, MC);
  }

  private static List<BigDecimal> sectionWeights(Map<String, Child> sections) {
    return sections.values().stream().map(Child::weight).toList();
  }

  private static void addLevel(
      List<Node> nodes,
      Level level,
      Map<String, Child> children,
      Map<String, BigDecimal> shareOfTotal) {
    Level parentLevel = Level.values()[level.ordinal() - 1];
    Map<String, BigDecimal> parentWeight = new TreeMap<>();
    for (Child c : children.values()) parentWeight.merge(c.parent(), c.weight(), BigDecimal::add);
    children.values().stream()
        .sorted(Comparator.comparing(Child::code))
        .forEach(
            c -> {
              String parent = c.parent();
              BigDecimal share = c.weight().divide(parentWeight.get(parent), MC);
              BigDecimal ofTotal = share.multiply(shareOfTotal.get(parentLevel + ":" + parent), MC);
              shareOfTotal.put(level + ":" + c.code(), ofTotal);
              BigDecimal contribution = c.index().subtract(HUNDRED, MC).multiply(ofTotal, MC);
              nodes.add(
                  new Node(
                      level,
                      c.code(),
                      parent,
                      c.index(),
                      c.weight(),
                      share,
                      ofTotal,
                      contribution));
            });
  }

  private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : values) s = s.add(v, MC);
    return s;
  }
}
