package vn.tradehub.industry.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/** Output value totals by any of section, division, district, cluster and month. */
@ApplicationScoped
public class OutputValueService {
  /** Which output value is summed. */
  public enum Prices {
    /** The prices of the month reported. */
    CURRENT,
    /** The base year's prices. */
    CONSTANT
  }

  static final List<String> DIMENSIONS =
      List.of("section", "division", "district", "cluster", "month");
  private final ProductionFacts facts;

  public OutputValueService(ProductionFacts facts) {
    this.facts = facts;
  }

  @Transactional
  public OutputValueResponse query(
      String fromText, String toText, String groupByText, Prices pricesParam) {
    List<FieldError> missing = new ArrayList<>();
    if (fromText == null) missing.add(FieldError.of("from", "expected a period YYYY-MM", null));
    if (toText == null) missing.add(FieldError.of("to", "expected a period YYYY-MM", null));
    if (!missing.isEmpty()) throw Problems.malformed("from and to are required", missing);
    YearMonth from = Periods.parse("from", fromText);
    YearMonth to = Periods.parse("to", toText);
    if (to.isBefore(from)) throw Problems.validation("to", "must not be before from", toText);
    if (from.plusYears(10).isBefore(to))
      throw Problems.validation("to", "a range is at most 10 years", toText);
    Prices prices = pricesParam == null ? Prices.CURRENT : pricesParam;
    boolean constant = prices == Prices.CONSTANT;
    Set<String> dims = new LinkedHashSet<>();
    if (groupByText != null && !groupByText.isBlank()) {
      for (String d : groupByText.split(",")) {
        String dim = d.trim().toLowerCase(Locale.ROOT);
        if (!DIMENSIONS.contains(dim)) {
          throw Problems.malformed(
              "groupBy takes any of " + DIMENSIONS,
              List.of(
                  FieldError.of(
                      "groupBy",
                      "any of " + String.join(", ", DIMENSIONS) + ", comma-separated",
                      groupByText)));
        }
        dims.add(dim);
      }
    }
    List<Fact> rows = facts.between(from.minusYears(1), to);
    Map<Map<String, String>, BigDecimal[]> groups =
        new TreeMap<>(java.util.Comparator.comparing(Map::toString));
    BigDecimal total = null;
    BigDecimal totalPrev = null;
    List<FigureStatus> statuses = new ArrayList<>();
    for (Fact f : rows) {
      BigDecimal v = constant ? f.valueConstant() : f.valueCurrent();
      if (within(f.period(), from, to)) {
        total = total == null ? v : total.add(v);
        statuses.add(f.weakest());
        add(groups, key(f, dims, f.period()), 0, v);
      }
      if (within(f.period(), from.minusYears(1), to.minusYears(1))) {
        totalPrev = totalPrev == null ? v : totalPrev.add(v);
        add(groups, key(f, dims, f.period().plusYears(1)), 1, v);
      }
    }
    BigDecimal cur = total == null ? BigDecimal.ZERO : total;
    List<OutputValueResponse.Group> out = new ArrayList<>();
    if (!dims.isEmpty()) {
      groups.forEach(
          (k, v) -> {
            BigDecimal value = v[0] == null ? BigDecimal.ZERO : v[0];
            out.add(new OutputValueResponse.Group(k, value, v[1], Growth.percent(value, v[1])));
          });
    }
    FigureStatus status = FigureStatus.weakest(statuses);
    return new OutputValueResponse(
        from.toString(),
        to.toString(),
        prices.name(),
        "VND",
        List.copyOf(dims),
        status == null ? null : status.name(),
        new OutputValueResponse.Figure(cur, totalPrev, Growth.percent(cur, totalPrev)),
        out);
  }

  private static void add(
      Map<Map<String, String>, BigDecimal[]> groups,
      Map<String, String> key,
      int slot,
      BigDecimal v) {
    BigDecimal[] a = groups.computeIfAbsent(key, k -> new BigDecimal[2]);
    a[slot] = a[slot] == null ? v : a[slot].add(v);
  }

  private static Map<String, String> key(Fact f, Set<String> dims, YearMonth month) {
    Map<String, String> k = new LinkedHashMap<>();
    for (String d : dims) {
      k.put(
          d,
          switch (d) {
            case "section" -> f.section();
            case "division" -> f.division();
            case "district" -> f.district();
            case "cluster" -> f.cluster() == null ? "NONE" : f.cluster();
            default -> month.toString();
          });
    }
    return k;
  }

  private static boolean within(YearMonth p, YearMonth from, YearMonth to) {
    return !p.isBefore(from) && !p.isAfter(to);
  }
}
