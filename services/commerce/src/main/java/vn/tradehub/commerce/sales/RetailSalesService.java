package vn.tradehub.commerce.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.tradehub.commerce.config.CommerceConfig;
import vn.tradehub.commerce.geo.Inexpressible;
import vn.tradehub.commerce.geo.Territories;
import vn.tradehub.commerce.market.MarketService;
import vn.tradehub.commerce.market.MarketSummary;
import vn.tradehub.commerce.prices.CpiService;
import vn.tradehub.commerce.sales.RetailSales.Prices;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * A territory's totals of the monthly reports over a range of months, grouped by any of category,
 * unit, ownership and month, against the same territory in the same months a year earlier.
 *
 * <p>A territory is summed month by month over the units that make it up exactly in that month
 * (districts until 2025-06, communes from 2025-07; see {@link Territories}), so a year that
 * straddles the reform, and its year before, are both the same area. Every figure is an exact sum
 * of report lines in whole đồng, so a territory's total equals the sum of any grouping of it. At
 * constant prices each line is deflated on its own and rounded to whole đồng (half up) before
 * anything is summed; the identities then hold for constant prices too.
 */
@ApplicationScoped
public class RetailSalesService {
  public static final List<String> DIMENSIONS = List.of("category", "unit", "ownership", "month");
  static final String DEFLATION =
      "each report line: round(valueVnd × 100 / CPI of its month, 0 decimals, half up); figures are sums of those line values";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Jdbc jdbc;
  private final CpiService cpi;
  private final IndicatorService indicators;
  private final MarketService markets;
  private final Territories territories;
  private final CommerceConfig config;
  private final Clock clock;

  public RetailSalesService(
      Jdbc jdbc,
      CpiService cpi,
      IndicatorService indicators,
      MarketService markets,
      Territories territories,
      CommerceConfig config,
      Clock clock) {
    this.jdbc = jdbc;
    this.cpi = cpi;
    this.indicators = indicators;
    this.markets = markets;
    this.territories = territories;
    this.config = config;
    this.clock = clock;
  }

  /**
   * The latest month's indicators of a territory (default: the province of that month) and the
   * active markets in it; null figures before any report.
   */
  @Transactional
  public CommerceSummary summary(String territoryText) {
    YearMonth latest = latestPeriod();
    YearMonth month = latest != null ? latest : YearMonth.now(clock.withZone(Periods.ZONE));
    AdminUnit territory = territories.resolve("territory", territoryText, month);
    MarketSummary m;
    CommerceIndicatorsComputed i;
    try {
      m = markets.summary(false, territory, month.atEndOfMonth());
      i = latest == null ? null : indicators.compute(territory, latest).orElse(null);
    } catch (Inexpressible e) {
      throw Problems.validation("territory", e.getMessage(), territoryText);
    }
    if (i == null) {
      return new CommerceSummary(
          UnitRef.of(territory),
          latest == null ? null : latest.toString(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          m.total(),
          m.convertedSharePct());
    }
    return new CommerceSummary(
        UnitRef.of(territory),
        i.period(),
        i.status(),
        i.retailMonthVnd(),
        i.retailMonthPrevYearVnd(),
        i.retailMonthChangePct(),
        i.retailYtdVnd(),
        i.retailYtdPrevYearVnd(),
        i.retailYtdChangePct(),
        m.total(),
        m.convertedSharePct());
  }

  /** One report line as the query reads it; value is null when deflation lacks a CPI. */
  record Row(
      String unit,
      YearMonth period,
      FigureStatus status,
      String category,
      String ownership,
      BigDecimal value) {
    String dimension(String name, int shiftYears) {
      return switch (name) {
        case "category" -> category;
        case "unit" -> unit;
        case "ownership" -> ownership;
        case "month" -> period.plusYears(shiftYears).toString();
        default -> throw new IllegalArgumentException(name);
      };
    }
  }

  /** A running sum that remembers whether a needed value was missing. */
  static final class Sum {
    BigDecimal value = BigDecimal.ZERO;
    boolean any;
    boolean missing;
    FigureStatus status;
    final Set<String> reports = new HashSet<>();

    void add(Row r) {
      any = true;
      if (r.value() == null) missing = true;
      else value = value.add(r.value());
      status = r.status().weakerOf(status);
      reports.add(r.unit() + "/" + r.period());
    }

    /** Null when nothing was reported, or when a CPI is missing: a figure is never invented. */
    BigDecimal result() {
      return !any || missing ? null : value;
    }
  }

  /** The territory's units month by month, and the months it cannot be expressed in, with why. */
  private final class Units {
    final Map<YearMonth, Map<String, AdminUnit>> units = new HashMap<>();
    final Map<YearMonth, Set<String>> codes = new HashMap<>();
    final Map<YearMonth, String> problems = new TreeMap<>();
    final Set<String> notes = new LinkedHashSet<>();

    Units(AdminUnit territory, YearMonth from, YearMonth to) {
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        try {
          Map<String, AdminUnit> byCode = new HashMap<>();
          for (AdminUnit u : territories.reportUnits(territory, m)) byCode.put(u.code(), u);
          units.put(m, byCode);
          codes.put(m, byCode.keySet());
          notes.addAll(territories.notes(territory, m));
        } catch (Inexpressible e) {
          problems.put(m, e.getMessage());
        }
      }
    }

    /** The first reason the months from..to cannot be summed, or null when they all can. */
    String problem(YearMonth from, YearMonth to) {
      for (Map.Entry<YearMonth, String> p : problems.entrySet()) {
        if (!p.getKey().isBefore(from) && !p.getKey().isAfter(to)) return p.getValue();
      }
      return null;
    }

    boolean holds(Row r) {
      Set<String> c = codes.get(r.period());
      return c != null && c.contains(r.unit());
    }

    /** The unit a code names in a month of the territory (codes are reused across months). */
    AdminUnit unit(YearMonth m, String code) {
      return units.getOrDefault(m, Map.of()).get(code);
    }

    Set<String> allCodes() {
      Set<String> all = new TreeSet<>();
      codes.values().forEach(all::addAll);
      return all;
    }
  }

  @Transactional
  public RetailSales query(
      String fromText,
      String toText,
      List<String> groupByParams,
      Prices requestedPrices,
      String territoryText) {
    Prices prices = requestedPrices == null ? Prices.CURRENT : requestedPrices;
    List<String> groupBy = parseGroupBy(groupByParams);
    YearMonth latest = latestPeriod();
    YearMonth to =
        toText == null || toText.isBlank()
            ? (latest != null ? latest : YearMonth.now(clock.withZone(Periods.ZONE)))
            : Periods.parse("to", toText);
    YearMonth from =
        fromText == null || fromText.isBlank()
            ? YearMonth.of(to.getYear(), 1)
            : Periods.parse("from", fromText);
    List<FieldError> errors = new ArrayList<>();
    if (from.isAfter(to))
      errors.add(FieldError.of("from", "must not be after to (" + to + ")", from.toString()));
    else if (from.until(to, ChronoUnit.MONTHS) >= config.maxQueryMonths()) {
      errors.add(
          FieldError.of(
              "to",
              "a query covers at most " + config.maxQueryMonths() + " months",
              to.toString()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    AdminUnit territory = territories.resolve("territory", territoryText, to);

    YearMonth ytdFrom = YearMonth.of(to.getYear(), 1);
    YearMonth loadFrom = (from.isBefore(ytdFrom) ? from : ytdFrom).minusYears(1);
    Units units = new Units(territory, loadFrom, to);
    // The figures asked for must be exact; a comparison that cannot be is left null, with why.
    String asked = units.problem(from, to);
    if (asked != null) {
      throw Problems.validation(
          "territory", asked, territoryText == null ? territory.ref().toString() : territoryText);
    }
    List<String> notes = new ArrayList<>(units.notes);
    String prevProblem = units.problem(from.minusYears(1), to.minusYears(1));
    String ytdProblem = units.problem(ytdFrom, to);
    String ytdPrevProblem = units.problem(ytdFrom.minusYears(1), to.minusYears(1));
    for (String p :
        new LinkedHashSet<>(java.util.Arrays.asList(prevProblem, ytdProblem, ytdPrevProblem))) {
      if (p != null) notes.add("no exact figure for " + p);
    }
    List<Row> rows = load(loadFrom, to, prices, units);

    Predicate<Row> current = r -> !r.period().isBefore(from) && !r.period().isAfter(to);
    Predicate<Row> previous =
        r ->
            prevProblem == null
                && !r.period().isBefore(from.minusYears(1))
                && !r.period().isAfter(to.minusYears(1));
    Predicate<Row> ytd =
        r -> ytdProblem == null && !r.period().isBefore(ytdFrom) && !r.period().isAfter(to);
    Predicate<Row> ytdPrevious =
        r ->
            ytdPrevProblem == null
                && !r.period().isBefore(ytdFrom.minusYears(1))
                && !r.period().isAfter(to.minusYears(1));

    // By unit, each unit is compared with itself: a previous-year line counts toward the unit of
    // the month a year later whose area it lies in, and a unit that the units of a year earlier
    // cannot express exactly has no comparison (never a partial one).
    int unitAt = groupBy.indexOf("unit");
    Map<YearMonth, Map<String, String>> prevTarget = new HashMap<>();
    Set<String> incomparable = new HashSet<>();
    if (unitAt >= 0 && prevProblem == null) {
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        YearMonth pm = m.minusYears(1);
        for (AdminUnit u : units.units.get(m).values()) {
          try {
            for (String c : territories.reportCodes(u, pm))
              prevTarget.computeIfAbsent(pm, k -> new HashMap<>()).put(c, u.code());
          } catch (Inexpressible e) {
            incomparable.add(u.code());
          }
        }
      }
    }

    Sum total = new Sum();
    Sum totalPrev = new Sum();
    Sum ytdSum = new Sum();
    Sum ytdPrev = new Sum();
    // Group keys sort by their dimension values in groupBy order.
    Map<List<String>, Sum[]> groups = new TreeMap<>(RetailSalesService::compareKeys);
    Set<YearMonth> missing = new TreeSet<>();
    for (Row r : rows) {
      boolean used = false;
      if (current.test(r)) {
        total.add(r);
        groups.computeIfAbsent(key(r, groupBy, 0), k -> new Sum[] {new Sum(), new Sum()})[0].add(r);
        used = true;
      }
      if (previous.test(r)) {
        totalPrev.add(r);
        List<String> k = key(r, groupBy, 1);
        String target =
            unitAt < 0 ? null : prevTarget.getOrDefault(r.period(), Map.of()).get(r.unit());
        if (unitAt >= 0 && target != null) k.set(unitAt, target);
        if (unitAt < 0 || target != null)
          groups.computeIfAbsent(k, x -> new Sum[] {new Sum(), new Sum()})[1].add(r);
        used = true;
      }
      if (ytd.test(r)) {
        ytdSum.add(r);
        used = true;
      }
      if (ytdPrevious.test(r)) {
        ytdPrev.add(r);
        used = true;
      }
      if (used && r.value() == null) missing.add(r.period());
    }

    List<RetailSales.Group> groupList = new ArrayList<>();
    if (!groupBy.isEmpty()) {
      for (Map.Entry<List<String>, Sum[]> e : groups.entrySet()) {
        List<String> k = e.getKey();
        Sum cur = e.getValue()[0];
        Sum prev = e.getValue()[1];
        String unit = dim(groupBy, k, "unit");
        AdminUnit named = unit == null ? null : named(units, unit, from, to);
        BigDecimal previousVnd = incomparable.contains(unit) ? null : prev.result();
        groupList.add(
            new RetailSales.Group(
                dim(groupBy, k, "category"),
                unit,
                named == null ? null : named.nameVi(),
                named == null ? null : named.nameEn(),
                dim(groupBy, k, "ownership"),
                dim(groupBy, k, "month"),
                current(cur),
                previousVnd,
                Growth.percent(current(cur), previousVnd),
                cur.status));
      }
    }
    BigDecimal ytdValue = ytdProblem == null ? current(ytdSum) : null;
    return new RetailSales(
        UnitRef.of(territory),
        from.toString(),
        to.toString(),
        prices,
        prices == Prices.CONSTANT ? cpi.base() : null,
        prices == Prices.CONSTANT ? DEFLATION : null,
        groupBy,
        total.status,
        total.reports.size(),
        new RetailSales.Figure(
            current(total), totalPrev.result(), Growth.percent(current(total), totalPrev.result())),
        new RetailSales.YearToDate(
            ytdFrom.toString(),
            to.toString(),
            ytdValue,
            ytdPrev.result(),
            Growth.percent(ytdValue, ytdPrev.result()),
            ytdProblem == null ? ytdSum.status : null),
        groupList,
        missing.stream().map(YearMonth::toString).toList(),
        notes);
  }

  /** The unit a group's code names: the latest of from..to that has it. */
  private static AdminUnit named(Units units, String code, YearMonth from, YearMonth to) {
    for (YearMonth m = to; !m.isBefore(from); m = m.minusMonths(1)) {
      AdminUnit u = units.unit(m, code);
      if (u != null) return u;
    }
    return null;
  }

  /**
   * A figure of the queried months: zero when nothing was reported (so groups still add up to the
   * total), null when a CPI it needs is missing.
   */
  private static BigDecimal current(Sum s) {
    return s.missing ? null : s.value;
  }

  /** The report lines of the territory's units, month by month, of {@code from}..{@code to}. */
  private List<Row> load(YearMonth from, YearMonth to, Prices prices, Units units) {
    Set<String> codes = units.allCodes();
    if (codes.isEmpty()) return List.of();
    Map<YearMonth, BigDecimal> indices =
        prices == Prices.CONSTANT ? cpi.indices(from, to) : Map.of();
    List<Row> rows =
        jdbc.query(
            "select r.unit_code, r.period, r.status, l.category_code, l.ownership_code,"
                + " l.value_vnd from retail_report r join retail_report_line l on l.report_id ="
                + " r.id where r.period between ? and ? and r.unit_code = any(?)",
            rs -> {
              YearMonth period = YearMonth.parse(rs.getString(2));
              BigDecimal value = rs.getBigDecimal(6);
              if (prices == Prices.CONSTANT) value = deflate(value, indices.get(period));
              return new Row(
                  rs.getString(1),
                  period,
                  FigureStatus.valueOf(rs.getString(3)),
                  rs.getString(4),
                  rs.getString(5),
                  value);
            },
            from.toString(),
            to.toString(),
            codes.toArray(String[]::new));
    return rows.stream().filter(units::holds).toList();
  }

  /** value × 100 / CPI, rounded half up to whole đồng; null without a CPI. */
  static BigDecimal deflate(BigDecimal currentVnd, BigDecimal cpiIndex) {
    if (cpiIndex == null) return null;
    return currentVnd.multiply(HUNDRED).divide(cpiIndex, 0, RoundingMode.HALF_UP);
  }

  /** The latest month with any report, or null before the first. */
  private YearMonth latestPeriod() {
    String latest = jdbc.one("select max(period) from retail_report", rs -> rs.getString(1));
    return latest == null ? null : YearMonth.parse(latest);
  }

  /** groupBy may repeat or be comma-separated; order is kept, duplicates dropped. */
  static List<String> parseGroupBy(List<String> params) {
    Set<String> out = new LinkedHashSet<>();
    List<FieldError> errors = new ArrayList<>();
    if (params != null) {
      for (String p : params) {
        for (String part : p.split(",")) {
          String d = part.trim().toLowerCase(Locale.ROOT);
          if (d.isEmpty()) continue;
          if (DIMENSIONS.contains(d)) out.add(d);
          else
            errors.add(
                FieldError.of("groupBy", "unknown dimension; any of " + DIMENSIONS, part.trim()));
        }
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    return List.copyOf(out);
  }

  private static List<String> key(Row r, List<String> groupBy, int shiftYears) {
    List<String> k = new ArrayList<>(groupBy.size());
    for (String d : groupBy) k.add(r.dimension(d, shiftYears));
    return k;
  }

  private static String dim(List<String> groupBy, List<String> key, String name) {
    int i = groupBy.indexOf(name);
    return i < 0 ? null : key.get(i);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) return c;
    }
    return 0;
  }
}
