package vn.tradehub.industry.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.territory.InexpressibleTerritory;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;

/**
 * The reported figures, summed over enterprises, by period, product and the unit the enterprises
 * were located in that month (and, for output value, their cluster). Every aggregate of the service
 * (IIP, output value, indicators) is computed from these rows, for a territory: the rows whose unit
 * lies in it on the row's month ({@link #within}).
 */
@ApplicationScoped
public class ProductionFacts {
  private final Jdbc jdbc;
  private final Territories territories;

  public ProductionFacts(Jdbc jdbc, Territories territories) {
    this.jdbc = jdbc;
    this.territories = territories;
  }

  /** One group of report lines. */
  public record Fact(
      YearMonth period,
      String productCode,
      String vsicClass,
      String division,
      String section,
      String unitCode,
      String cluster,
      BigDecimal quantity,
      BigDecimal valueCurrent,
      BigDecimal valueConstant,
      FigureStatus weakest) {}

  /** Facts of the periods from..to inclusive, by product, unit and cluster. */
  public List<Fact> between(YearMonth from, YearMonth to) {
    return query(from, to, "e.cluster_code");
  }

  /**
   * Facts of the periods from..to inclusive by product and unit (cluster null): what the IIP and
   * the indicators need, in one row per product, unit and month.
   */
  public List<Fact> byUnit(YearMonth from, YearMonth to) {
    return query(from, to, "null::text");
  }

  private List<Fact> query(YearMonth from, YearMonth to, String cluster) {
    boolean withCluster = !cluster.startsWith("null");
    return jdbc.query(
        "select r.period, l.product_code, p.vsic_class, c.parent_code, d.parent_code, r.unit_code, "
            + cluster
            + ", sum(l.quantity), sum(l.output_value_current), sum(l.output_value_constant),"
            + " min(case r.status when 'ESTIMATED' then 0 when 'PRELIMINARY' then 1 else 2 end)"
            + " from production_line l"
            + " join production_report r on r.id = l.report_id"
            + (withCluster ? " join enterprise e on e.tax_code = r.tax_code" : "")
            + " join product p on p.code = l.product_code"
            + " join vsic c on c.code = p.vsic_class"
            + " join vsic d on d.code = c.parent_code"
            + " where r.period between ? and ?"
            + " group by 1, 2, 3, 4, 5, 6, 7",
        r ->
            new Fact(
                YearMonth.parse(r.getString(1)),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getBigDecimal(8),
                r.getBigDecimal(9),
                r.getBigDecimal(10),
                FigureStatus.values()[r.getInt(11)]),
        from.toString(),
        to.toString());
  }

  /**
   * The facts that lie in the territory: for each month, those of the units that lie in it on the
   * month's first day (422 when a unit lies in it only in part).
   */
  public List<Fact> within(AdminUnit territory, Collection<Fact> facts) {
    Map<YearMonth, Territories.Scope> scopes = new HashMap<>();
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Territories.Scope scope =
          scopes.computeIfAbsent(f.period(), p -> territories.scope(territory, p.atDay(1)));
      if (scope.includes(f.unitCode())) out.add(f);
    }
    return out;
  }

  /**
   * The facts of a comparison (the same months a year earlier) that lie in the territory, or, when
   * the territory cannot be expressed exactly in the units of those months, why not.
   */
  public record Comparison(List<Fact> facts, String note) {
    /** A note as the API documents show it. */
    public static final String NOTE_EXAMPLE =
        "no comparison with the year before: commune 00691 Phường Hà Giang 2 (from 2025-07-01) on"
            + " 2025-01-01 cannot be expressed exactly by the units of that date: ...";

    /** The note of a comparison the territory cannot have, saying why. */
    public static String noteFor(InexpressibleTerritory why) {
      return "no comparison with the year before: " + why.detail();
    }

    public boolean possible() {
      return note == null;
    }
  }

  public Comparison comparison(AdminUnit territory, Collection<Fact> facts) {
    try {
      return new Comparison(within(territory, facts), null);
    } catch (InexpressibleTerritory e) {
      return new Comparison(List.of(), Comparison.noteFor(e));
    }
  }

  /** Periods that have at least one report, from {@code from} on (all when null), ascending. */
  public List<YearMonth> periodsWithData(YearMonth from) {
    return jdbc.query(
        "select distinct period from production_report where period >= ? order by period",
        r -> YearMonth.parse(r.getString(1)),
        from == null ? "0000-00" : from.toString());
  }

  // -- helpers over fact lists --

  /** Quantity per product over the facts in [from, to]. */
  public static Map<String, BigDecimal> quantities(
      Collection<Fact> facts, YearMonth from, YearMonth to) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (Fact f : facts) {
      if (!f.period().isBefore(from) && !f.period().isAfter(to))
        out.merge(f.productCode(), f.quantity(), BigDecimal::add);
    }
    return out;
  }

  /** Sum of current-price output value in [from, to], or null when no fact falls there. */
  public static BigDecimal valueCurrent(Collection<Fact> facts, YearMonth from, YearMonth to) {
    BigDecimal sum = null;
    for (Fact f : facts) {
      if (!f.period().isBefore(from) && !f.period().isAfter(to)) {
        sum = sum == null ? f.valueCurrent() : sum.add(f.valueCurrent());
      }
    }
    return sum;
  }

  public static FigureStatus weakest(Collection<Fact> facts) {
    return weakest(facts, f -> true);
  }

  public static FigureStatus weakest(Collection<Fact> facts, Predicate<Fact> used) {
    return FigureStatus.weakest(facts.stream().filter(used).map(Fact::weakest).toList());
  }
}
