package vn.tradehub.industry.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * A territory's output value totals by any of section, division, district, unit, cluster, month.
 */
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
      List.of("section", "division", "district", "unit", "cluster", "month");
  private final ProductionFacts facts;
  private final Territories territories;

  public OutputValueService(ProductionFacts facts, Territories territories) {
    this.facts = facts;
    this.territories = territories;
  }

  @Transactional
  public OutputValueResponse query(
      String fromText,
      String toText,
      String territoryParam,
      String groupByText,
      Prices pricesParam) {
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
    // A bare code names the unit of the range's last month; each month, the current ones and
    // those a year earlier, is summed over its own units that lie in that territory.
    AdminUnit territory = territories.resolve(territoryParam, to.atDay(1));
    List<Fact> all = facts.between(from.minusYears(1), to);
    List<Fact> rows =
        facts.within(territory, all.stream().filter(f -> within(f.period(), from, to)).toList());
    // The year before is the same territory in that year's units; when they cannot express it
    // exactly, the answer has no comparison (and says why) rather than an approximate one.
    ProductionFacts.Comparison before =
        facts.comparison(
            territory,
            all.stream()
                .filter(f -> within(f.period(), from.minusYears(1), to.minusYears(1)))
                .toList());
    Map<Map<String, String>, BigDecimal[]> groups =
        new TreeMap<>(java.util.Comparator.comparing(Map::toString));
    BigDecimal total = sum(rows, constant, dims, groups, 0);
    BigDecimal totalPrev = sum(before.facts(), constant, dims, groups, 1);
    BigDecimal cur = total == null ? BigDecimal.ZERO : total;
    List<OutputValueResponse.Group> out = new ArrayList<>();
    if (!dims.isEmpty()) {
      groups.forEach(
          (k, v) -> {
            BigDecimal value = v[0] == null ? BigDecimal.ZERO : v[0];
            out.add(new OutputValueResponse.Group(k, value, v[1], Growth.percent(value, v[1])));
          });
    }
    FigureStatus status = ProductionFacts.weakest(rows);
    return new OutputValueResponse(
        from.toString(),
        to.toString(),
        UnitRef.of(territory),
        prices.name(),
        "VND",
        List.copyOf(dims),
        status == null ? null : status.name(),
        new OutputValueResponse.Figure(cur, totalPrev, Growth.percent(cur, totalPrev)),
        out,
        before.note());
  }

  /**
   * The facts' total (null without facts), each fact also added to its group's {@code yearsBefore}
   * slot: 0 for the months asked, 1 for a year earlier, grouped with the month it is compared with.
   */
  private BigDecimal sum(
      List<Fact> facts,
      boolean constant,
      Set<String> dims,
      Map<Map<String, String>, BigDecimal[]> groups,
      int yearsBefore) {
    BigDecimal total = null;
    for (Fact f : facts) {
      BigDecimal v = constant ? f.valueConstant() : f.valueCurrent();
      total = total == null ? v : total.add(v);
      add(groups, key(f, dims, f.period().plusYears(yearsBefore)), yearsBefore, v);
    }
    return total;
  }

  private static void add(
      Map<Map<String, String>, BigDecimal[]> groups,
      Map<String, String> key,
      int slot,
      BigDecimal v) {
    BigDecimal[] a = groups.computeIfAbsent(key, k -> new BigDecimal[2]);
    a[slot] = a[slot] == null ? v : a[slot].add(v);
  }

  private Map<String, String> key(Fact f, Set<String> dims, YearMonth month) {
    Map<String, String> k = new LinkedHashMap<>();
    for (String d : dims) {
      k.put(
          d,
          switch (d) {
            case "section" -> f.section();
            case "division" -> f.division();
            case "district" -> district(f);
            case "unit" -> f.unitCode();
            case "cluster" -> f.cluster() == null ? "NONE" : f.cluster();
            default -> month.toString();
          });
    }
    return k;
  }

  /** The district the figures lay in; NONE from 2025-07, when there are no districts. */
  private String district(Fact f) {
    LocalDate day = f.period().atDay(1);
    return territories
        .unit(f.unitCode(), day)
        .map(
            u ->
                u.level() == Level.DISTRICT
                    ? u.code()
                    : territories
                        .geography()
                        .parent(u.code(), day)
                        .filter(p -> p.level() == Level.DISTRICT)
                        .map(AdminUnit::code)
                        .orElse("NONE"))
        .orElse("NONE");
  }

  private static boolean within(YearMonth p, YearMonth from, YearMonth to) {
    return !p.isBefore(from) && !p.isAfter(to);
  }
}
