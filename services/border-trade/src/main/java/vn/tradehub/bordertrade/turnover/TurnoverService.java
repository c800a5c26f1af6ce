package vn.tradehub.bordertrade.turnover;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.Place;
import vn.tradehub.platform.geo.UnitRef;

/**
 * Turnover answers for a territory, read from the monthly rollup (never from the shipments table).
 * Each line sits in the rollup under the commune its gate lay in on its declaration date, so a
 * territory is the sum of its communes month by month, and a year earlier the sum of the communes
 * that made up the same territory then ({@link Territories}): exact to the cent, never approximate.
 */
@ApplicationScoped
public class TurnoverService {
  /** API name of each dimension, and its rollup column. */
  public static final Map<String, String> DIMENSIONS =
      Map.of(
          "gate", "gate_code",
          "commune", "unit_code",
          "month", "month",
          "flow", "flow",
          "tradeForm", "trade_form",
          "hsChapter", "hs_chapter",
          "partner", "partner_country");

  private static final List<String> FLOWS =
      List.of("EXPORT", "IMPORT", "BORDER_GATE_TRANSFER", "TRANSIT", "TEMPORARY_IMPORT_REEXPORT");

  private final Jdbc jdbc;
  private final Territories territories;
  private final Geography geography;
  private final Clock clock;

  public TurnoverService(Jdbc jdbc, Territories territories, Locations locations, Clock clock) {
    this.jdbc = jdbc;
    this.territories = territories;
    this.geography = locations.geography();
    this.clock = clock;
  }

  /** Where and when a report sums: the territory's communes month by month, now and a year ago. */
  private record Scope(
      AdminUnit territory,
      YearMonth from,
      YearMonth to,
      List<Territories.Segment> now,
      List<Territories.Segment> before) {}

  private Scope scope(String territory, YearMonth from, YearMonth to) {
    AdminUnit unit = territories.resolve(territory, to.atEndOfMonth());
    return new Scope(
        unit,
        from,
        to,
        territories.segments(unit, from, to, territory),
        territories.segments(unit, from.minusYears(1), to.minusYears(1), territory));
  }

  public TurnoverReport report(
      YearMonth from, YearMonth to, List<String> groupBy, String territory) {
    Scope scope = scope(territory, from, to);
    Map<List<String>, Agg> current = aggregate(scope, groupBy, false);
    Map<List<String>, Agg> previous = aggregate(scope, groupBy, true);
    List<TurnoverReport.Row> rows = new ArrayList<>();
    for (var e : current.entrySet())
      rows.add(row(groupBy, e.getKey(), e.getValue(), previous.get(e.getKey())));
    // Groups that had turnover a year earlier but none now still show, with 0 now.
    for (var e : previous.entrySet()) {
      if (!current.containsKey(e.getKey()))
        rows.add(row(groupBy, e.getKey(), Agg.EMPTY, e.getValue()));
    }
    rows.sort((a, b) -> b.valueUsd().compareTo(a.valueUsd()));
    Map<List<String>, Agg> flowsNow = aggregate(scope, List.of("flow"), false);
    Map<List<String>, Agg> flowsBefore = aggregate(scope, List.of("flow"), true);
    List<TurnoverReport.Row> byFlow = new ArrayList<>();
    for (String flow : FLOWS) {
      byFlow.add(
          row(
              List.of("flow"),
              List.of(flow),
              flowsNow.getOrDefault(List.of(flow), Agg.EMPTY),
              flowsBefore.get(List.of(flow))));
    }
    Agg totalNow = aggregate(scope, List.of(), false).getOrDefault(List.of(), Agg.EMPTY);
    Agg totalBefore = aggregate(scope, List.of(), true).get(List.of());
    return new TurnoverReport(
        from.toString(),
        to.toString(),
        UnitRef.of(scope.territory()),
        territories.notes(scope.territory(), from, to),
        groupBy,
        rows,
        byFlow,
        row(List.of(), List.of(), totalNow, totalBefore));
  }

  record Agg(BigDecimal valueUsd, BigDecimal quantity, String unit, long lines) {
    static final Agg EMPTY = new Agg(BigDecimal.ZERO.setScale(2), null, null, 0);

    /** Two groups as one: a quantity only while both have the same single unit. */
    Agg plus(Agg o) {
      boolean uniform = unit != null && unit.equals(o.unit);
      return new Agg(
          valueUsd.add(o.valueUsd),
          uniform ? quantity.add(o.quantity) : null,
          uniform ? unit : null,
          lines + o.lines);
    }
  }

  private TurnoverReport.Row row(List<String> dims, List<String> key, Agg now, Agg before) {
    Map<String, String> group = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) group.put(dims.get(i), key.get(i));
    BigDecimal prev = before == null ? null : before.valueUsd();
    int commune = dims.indexOf("commune");
    return new TurnoverReport.Row(
        group.isEmpty() ? null : group,
        commune < 0 ? null : place(key.get(commune)),
        now.valueUsd(),
        now.quantity(),
        now.unit(),
        now.lines(),
        prev,
        Growth.percent(now.valueUsd(), prev));
  }

  /**
   * The commune of a row, named: its key is the unit pinned to a day ({@code 00928@2025-07-01}).
   */
  private Place place(String ref) {
    AdminUnit u = geography.resolve(Territory.parse(ref), LocalDate.now(clock));
    return new Place(
        u.code(), u.level().name(), u.nameVi(), u.nameEn(), u.validFrom(), u.validTo());
  }

  /**
   * Sums the rollup over the scope's months (or the same months a year earlier) and communes, by
   * the given dimensions. A year earlier, months are moved a year on so last year's rows line up
   * with this year's; and communes are keyed by the commune of the asked period whose area they
   * were (00928 and 00940 of 2024 under 00928@2025-07-01), so each commune row compares the same
   * land. Codes are reused across the reform, so a commune is keyed by its pinned unit, never by
   * its code alone.
   */
  private Map<List<String>, Agg> aggregate(Scope scope, List<String> dims, boolean previous) {
    boolean byCommune = dims.contains("commune");
    // Communes are told apart by month (a code names another unit after the reform).
    List<String> sqlDims = new ArrayList<>(dims);
    if (byCommune && !sqlDims.contains("month")) sqlDims.add("month");
    List<String> cols =
        sqlDims.stream()
            .map(d -> d.equals("month") ? "to_char(month, 'YYYY-MM')" : DIMENSIONS.get(d))
            .toList();
    String select = cols.isEmpty() ? "" : String.join(", ", cols) + ", ";
    String group = cols.isEmpty() ? "" : " group by " + String.join(", ", cols);
    List<Territories.Segment> segments = previous ? scope.before() : scope.now();
    List<Object> args = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (Territories.Segment s : segments) {
      where.add("(month between ? and ? and unit_code = any(?::text[]))");
      args.add(s.from().atDay(1));
      args.add(s.to().atDay(1));
      args.add(s.codes().toArray(String[]::new));
    }
    String sql =
        "select "
            + select
            + "sum(value_usd), case when count(distinct unit) = 1 then sum(quantity) end, min(unit),"
            + " count(distinct unit), sum(lines) from turnover_rollup where ("
            + String.join(" or ", where)
            + ")"
            + group;
    int n = cols.size();
    Map<YearMonth, Map<String, String>> owners = byCommune ? owners(scope, previous) : Map.of();
    int communeAt = sqlDims.indexOf("commune");
    int monthAt = sqlDims.indexOf("month");
    Map<List<String>, Agg> out = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Agg> row :
        jdbc.query(
            sql,
            rs -> {
              List<String> key = new ArrayList<>();
              for (int i = 1; i <= n; i++) key.add(rs.getString(i));
              BigDecimal value = rs.getBigDecimal(n + 1);
              if (value == null) return null; // no rows at all
              boolean uniform = rs.getInt(n + 4) == 1;
              return Map.entry(
                  key,
                  new Agg(
                      value,
                      rs.getBigDecimal(n + 2),
                      uniform ? rs.getString(n + 3) : null,
                      rs.getLong(n + 5)));
            },
            args.toArray())) {
      if (row == null) continue;
      List<String> key = new ArrayList<>(row.getKey());
      if (monthAt >= 0 && previous)
        key.set(monthAt, YearMonth.parse(key.get(monthAt)).plusYears(1).toString());
      if (byCommune) {
        String owner = owners.get(YearMonth.parse(key.get(monthAt))).get(key.get(communeAt));
        if (owner == null) continue; // no commune of the asked period is exactly its land
        key.set(communeAt, owner);
        if (!dims.contains("month")) key.remove(monthAt);
      }
      out.merge(key, row.getValue(), Agg::plus);
    }
    return out;
  }

  /**
   * For each month of the scope, the commune of the asked period (pinned) that each rollup code of
   * that month (or of the same month a year earlier) belongs to. A commune whose land a year
   * earlier cannot be expressed exactly has no comparison.
   */
  private Map<YearMonth, Map<String, String>> owners(Scope scope, boolean previous) {
    Map<YearMonth, Map<String, String>> out = new HashMap<>();
    for (Territories.Segment s : scope.now()) {
      for (YearMonth m = s.from(); !m.isAfter(s.to()); m = m.plusMonths(1)) {
        Map<String, String> owner = new HashMap<>();
        for (String code : s.codes()) {
          AdminUnit u = geography.unit(code, m.atDay(1)).orElseThrow(IllegalStateException::new);
          String ref = u.ref().toString();
          if (!previous) owner.put(code, ref);
          else if (territories.exact(u, m.minusYears(1)))
            territories.codes(u, m.minusYears(1), ref).forEach(old -> owner.put(old, ref));
        }
        out.put(m, owner);
      }
    }
    return out;
  }

  /** Year to date through the latest month that has turnover (anywhere), for a territory. */
  public BorderTradeSummary summary(String territory) {
    LocalDate latest =
        jdbc.one("select max(month) from turnover_rollup", rs -> rs.getObject(1, LocalDate.class));
    if (latest == null) {
      AdminUnit unit = territories.resolve(territory, LocalDate.now(clock));
      return new BorderTradeSummary(
          UnitRef.of(unit), null, BigDecimal.ZERO, null, BigDecimal.ZERO, null);
    }
    TurnoverReport r = ytd(latest.getYear(), latest.getMonthValue(), territory);
    TurnoverReport.Row exports = r.byFlow().get(0);
    return new BorderTradeSummary(
        r.territory(),
        YearMonth.from(latest).toString(),
        r.total().valueUsd(),
        r.total().changePct(),
        exports.valueUsd(),
        exports.changePct());
  }

  /** Year to date through {@code month}, against the same months a year earlier, by flow. */
  public TurnoverReport ytd(int year, int month, String territory) {
    return report(YearMonth.of(year, 1), YearMonth.of(year, month), List.of("flow"), territory);
  }
}
