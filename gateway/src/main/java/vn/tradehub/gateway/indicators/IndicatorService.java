package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.tradehub.gateway.geography.Department;
import vn.tradehub.gateway.geography.UnitResponse;
import vn.tradehub.gateway.plans.IndicatorCode;
import vn.tradehub.gateway.plans.PlanService;
import vn.tradehub.gateway.plans.PlanTarget;
import vn.tradehub.gateway.plans.TargetKind;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;

/**
 * Computes the province's key figures from the read model. Year to date through a month means: for
 * industry and commerce, the latest indicators event of the year up to that month (the services
 * compute the year to date themselves); for border trade, the sum of the monthly rollups
 * January..month against the same months a year earlier.
 */
@ApplicationScoped
public class IndicatorService {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  static final List<String> FLOWS =
      List.of("EXPORT", "IMPORT", "BORDER_GATE_TRANSFER", "TRANSIT", "TEMPORARY_IMPORT_REEXPORT");

  private final Jdbc jdbc;
  private final PlanService plans;
  private final Department department;
  private final Locations locations;
  private final ObjectMapper mapper;

  public IndicatorService(
      Jdbc jdbc,
      PlanService plans,
      ObjectMapper mapper,
      Department department,
      Locations locations) {
    this.department = department;
    this.locations = locations;
    this.jdbc = jdbc;
    this.plans = plans;
    this.mapper = mapper;
  }

  record MonthRow(int year, int month, JsonNode payload, String status, Instant ceTime) {}

  record Rollup(
      int year,
      int month,
      String gate,
      String flow,
      String unit,
      BigDecimal valueUsd,
      long lines,
      Instant asOf) {}

  /** The territory asked for, resolved for the period; the Department's province by default. */
  AdminUnit territory(String territory, YearMonth period) {
    return territory == null || territory.isBlank()
        ? department.provinceOn(period.atEndOfMonth())
        : locations.territory("territory", territory, period.atEndOfMonth());
  }

  public IndicatorsResponse indicators(int year, Integer month, String territoryParam) {
    check(year, month);
    int through = month == null ? 12 : month;
    AdminUnit unit = territory(territoryParam, YearMonth.of(year, through));
    TerritoryFigures t = new TerritoryFigures(locations.geography(), unit);
    String pinned = unit.ref().toString();
    Map<IndicatorCode, PlanTarget> targets =
        unit.parentCode() == null ? plans.targets(unit, year) : Map.of();
    List<Indicator> out = new ArrayList<>();

    // A province-level territory has its own rows (the services computed its figures and their
    // comparison); any other is the sum of its units' figures in the province rows.
    MonthRow ind = latest("industry_month", pinned, year, through);
    Summed output =
        ind == null ? summed("industry_month", "outputValueMonthVnd", t, year, through) : null;
    JsonNode ip = ind == null ? null : ind.payload();
    BigDecimal iipYtd = decimal(ip, "iipYtd");
    out.add(
        indicator(
            IndicatorCode.IIP,
            iipYtd == null ? null : iipYtd.setScale(2, RoundingMode.HALF_UP),
            iipYtd == null ? null : iipYtd.subtract(HUNDRED).setScale(2, RoundingMode.HALF_UP),
            targets,
            ind,
            "industry"));
    if (ind != null) {
      out.add(yearToDate(IndicatorCode.OUTPUT_VALUE, ind, "outputValue", targets, "industry"));
      out.add(
          indicator(
              IndicatorCode.ELECTRIFICATION,
              decimal(ip, "electrificationSharePct"),
              null,
              targets,
              ind,
              "industry"));
    } else {
      out.add(output.indicator(IndicatorCode.OUTPUT_VALUE, targets, "industry"));
      out.add(electrification(t, year, through, targets));
    }

    MonthRow com = latest("commerce_month", pinned, year, through);
    if (com != null) {
      out.add(yearToDate(IndicatorCode.RETAIL_SALES, com, "retail", targets, "commerce"));
    } else {
      out.add(
          summed("commerce_month", "retailMonthVnd", t, year, through)
              .indicator(IndicatorCode.RETAIL_SALES, targets, "commerce"));
    }

    // Border trade: January..through (for the whole year, through the latest month with turnover),
    // each month's rollups in the territory's units of that month, against the same territory a
    // year earlier.
    List<Rollup> rollups = rollups(year - 1, year);
    List<Rollup> now = new ArrayList<>();
    List<Rollup> before = new ArrayList<>();
    for (int m = 1; m <= through; m++) {
      YearMonth ym = YearMonth.of(year, m);
      Set<String> here = t.communes(ym);
      Set<String> there = t.communesYearBefore(ym);
      for (Rollup r : rollups) {
        if (r.month() != m) continue;
        if (r.year() == year && in(t, r, ym, here)) now.add(r);
        if (r.year() == year - 1 && in(t, r, ym.minusYears(1), there)) before.add(r);
      }
    }
    int borderThrough =
        month != null
            ? month
            : now.stream().filter(r -> r.lines() != 0).mapToInt(Rollup::month).max().orElse(12);
    now.removeIf(r -> r.month() > borderThrough);
    before.removeIf(r -> r.month() > borderThrough);
    Instant borderAsOf =
        now.stream()
            .map(Rollup::asOf)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    boolean anyBorder = now.stream().anyMatch(r -> r.lines() != 0);
    String borderPeriod = anyBorder ? String.format("%04d-%02d", year, borderThrough) : null;
    BigDecimal totalNow = sum(now, null);
    BigDecimal totalBefore = sum(before, null);
    List<Indicator.FlowFigure> breakdown = new ArrayList<>();
    for (String flow : FLOWS) {
      BigDecimal n = sum(now, flow);
      BigDecimal b = sum(before, flow);
      if (n.signum() != 0 || b.signum() != 0)
        breakdown.add(new Indicator.FlowFigure(flow, scaled(n, MILLION, 2), Growth.percent(n, b)));
    }
    out.add(
        border(
            IndicatorCode.BORDER_TURNOVER,
            anyBorder ? totalNow : null,
            totalBefore,
            targets,
            borderPeriod,
            borderAsOf,
            breakdown));
    out.add(
        border(
            IndicatorCode.EXPORT_TURNOVER,
            anyBorder ? sum(now, "EXPORT") : null,
            sum(before, "EXPORT"),
            targets,
            borderPeriod,
            borderAsOf,
            null));
    // The order the dashboard and clients have always had.
    out.sort(Comparator.comparing(i -> ORDER.indexOf(i.code())));

    Instant asOf =
        Stream.of(
                ind == null ? null : ind.ceTime(),
                com == null ? null : com.ceTime(),
                output == null ? null : output.asOf,
                borderAsOf)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    return new IndicatorsResponse(
        year,
        month,
        UnitResponse.of(unit),
        UnitResponse.of(department.provinceOn(YearMonth.of(year, through).atEndOfMonth())),
        reforms(year),
        asOf,
        out);
  }

  static final List<String> ORDER =
      List.of(
          "IIP",
          "OUTPUT_VALUE",
          "RETAIL_SALES",
          "BORDER_TURNOVER",
          "EXPORT_TURNOVER",
          "ELECTRIFICATION");

  /** The days within the year on which the administrative units changed (the 2025 reform). */
  List<LocalDate> reforms(int year) {
    return locations.geography().releases().stream()
        .map(r -> r.effective())
        .filter(d -> d.getYear() == year && d.getDayOfYear() > 1)
        .toList();
  }

  /** A rollup row in the territory: its unit inside it, or (unit unknown) the whole province. */
  private boolean in(TerritoryFigures t, Rollup r, YearMonth month, Set<String> communes) {
    if (communes.isEmpty()) return false;
    if (r.unit().isEmpty()) {
      AdminUnit province = department.provinceOn(month.atEndOfMonth());
      return t.inside(province.code(), month, communes);
    }
    return t.inside(r.unit(), month, communes);
  }

  /** A figure summed from the units of a territory, January..through, and a year earlier. */
  private final class Summed {
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal previous = BigDecimal.ZERO;
    boolean any;
    boolean comparable = true;
    int lastMonth;
    String status;
    Instant asOf;

    Indicator indicator(IndicatorCode code, Map<IndicatorCode, PlanTarget> targets, String source) {
      BigDecimal value = any ? scaled(current, BILLION, 1) : null;
      BigDecimal change = any && comparable ? Growth.percent(current, previous) : null;
      return newIndicator(
          code,
          value,
          change,
          targets.get(code),
          any ? status : null,
          any ? String.format("%04d-%02d", lastMonth / 100, lastMonth % 100) : null,
          any ? asOf : null,
          source,
          null);
    }
  }

  private Summed summed(String table, String field, TerritoryFigures t, int year, int through) {
    Summed s = new Summed();
    for (int m = 1; m <= through; m++) {
      YearMonth ym = YearMonth.of(year, m);
      Set<String> here = t.communes(ym);
      List<MonthRow> rows = provinceRows(table, t, ym);
      if (here.isEmpty() || rows.isEmpty()) continue;
      boolean found = false;
      for (MonthRow r : rows) {
        for (JsonNode entry : r.payload().path("byUnit")) {
          if (t.inside(entry.path("unitCode").asText(), ym, here)) found = true;
        }
        s.current = s.current.add(t.sumByUnit(r.payload(), field, ym, here));
        s.status = weakest(s.status, r.status());
        if (r.ceTime() != null && (s.asOf == null || r.ceTime().isAfter(s.asOf)))
          s.asOf = r.ceTime();
      }
      if (!found) continue;
      s.any = true;
      s.lastMonth = year * 100 + m;
      Set<String> there = t.communesYearBefore(ym);
      List<MonthRow> prev = provinceRows(table, t, ym.minusYears(1));
      if (there.isEmpty() || prev.isEmpty()) s.comparable = false;
      for (MonthRow r : prev)
        s.previous = s.previous.add(t.sumByUnit(r.payload(), field, ym.minusYears(1), there));
    }
    return s;
  }

  /** Electrification of a territory at its latest month with border villages in it. */
  private Indicator electrification(
      TerritoryFigures t, int year, int through, Map<IndicatorCode, PlanTarget> targets) {
    for (int m = through; m >= 1; m--) {
      YearMonth ym = YearMonth.of(year, m);
      Set<String> here = t.communes(ym);
      List<MonthRow> rows = provinceRows("industry_month", t, ym);
      BigDecimal border = BigDecimal.ZERO;
      BigDecimal electrified = BigDecimal.ZERO;
      for (MonthRow r : rows) {
        border = border.add(t.sumByUnit(r.payload(), "borderVillages", ym, here));
        electrified =
            electrified.add(t.sumByUnit(r.payload(), "borderVillagesElectrified", ym, here));
      }
      if (border.signum() == 0) continue;
      BigDecimal share = electrified.multiply(HUNDRED).divide(border, 2, RoundingMode.HALF_UP);
      MonthRow row = rows.get(0);
      return indicator(IndicatorCode.ELECTRIFICATION, share, null, targets, row, "industry");
    }
    return indicator(IndicatorCode.ELECTRIFICATION, null, null, targets, null, "industry");
  }

  private List<MonthRow> provinceRows(String table, TerritoryFigures t, YearMonth month) {
    return jdbc
        .query(
            "select territory, year, month, payload::text, status, ce_time from "
                + table
                + " where year = ? and month = ?",
            rs ->
                Map.entry(
                    rs.getString(1),
                    new MonthRow(
                        rs.getInt(2),
                        rs.getInt(3),
                        json(rs.getString(4)),
                        rs.getString(5),
                        Jdbc.instant(rs, "ce_time"))),
            month.getYear(),
            month.getMonthValue())
        .stream()
        .filter(e -> t.isProvinceOf(e.getKey(), month))
        .map(Map.Entry::getValue)
        .toList();
  }

  private static String weakest(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    return FigureStatus.valueOf(a).ordinal() <= FigureStatus.valueOf(b).ordinal() ? a : b;
  }

  public SeriesResponse series(int year, String territoryParam) {
    check(year, null);
    AdminUnit unit = territory(territoryParam, YearMonth.of(year, 12));
    TerritoryFigures t = new TerritoryFigures(locations.geography(), unit);
    String pinned = unit.ref().toString();
    Map<Integer, MonthRow> ind = byMonth("industry_month", pinned, year);
    Map<Integer, MonthRow> indPrev = byMonth("industry_month", pinned, year - 1);
    Map<Integer, MonthRow> com = byMonth("commerce_month", pinned, year);
    Map<Integer, MonthRow> comPrev = byMonth("commerce_month", pinned, year - 1);
    List<Rollup> rollups = rollups(year - 1, year);
    List<SeriesResponse.MonthPoint> iip = new ArrayList<>();
    List<SeriesResponse.MonthPoint> retail = new ArrayList<>();
    List<SeriesResponse.MonthPoint> border = new ArrayList<>();
    Map<String, BigDecimal> byGate = new HashMap<>();
    Map<String, BigDecimal> byFlow = new HashMap<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YearMonth.of(year, m);
      MonthRow i = ind.get(m);
      MonthRow ip = indPrev.get(m);
      iip.add(
          new SeriesResponse.MonthPoint(
              m,
              decimal(i == null ? null : i.payload(), "iipMonth"),
              decimal(ip == null ? null : ip.payload(), "iipMonth"),
              i == null ? null : i.status()));
      BigDecimal retailNow;
      BigDecimal retailPrev;
      String retailStatus;
      if (!com.isEmpty() || !comPrev.isEmpty()) {
        MonthRow c = com.get(m);
        MonthRow cPrev = comPrev.get(m);
        retailNow = decimal(c == null ? null : c.payload(), "retailMonthVnd");
        retailPrev =
            cPrev != null
                ? decimal(cPrev.payload(), "retailMonthVnd")
                : decimal(c == null ? null : c.payload(), "retailMonthPrevYearVnd");
        retailStatus = c == null ? null : c.status();
      } else {
        Summed s = summed("commerce_month", "retailMonthVnd", t, year, m);
        boolean thisMonth = s.any && s.lastMonth == year * 100 + m;
        Summed month =
            thisMonth ? minus(s, summed("commerce_month", "retailMonthVnd", t, year, m - 1)) : null;
        retailNow = month == null ? null : month.current;
        retailPrev = month == null || !month.comparable ? null : month.previous;
        retailStatus = month == null ? null : s.status;
      }
      retail.add(
          new SeriesResponse.MonthPoint(
              m, scaled(retailNow, BILLION, 1), scaled(retailPrev, BILLION, 1), retailStatus));
      Set<String> here = t.communes(ym);
      Set<String> there = t.communesYearBefore(ym);
      final int month = m;
      List<Rollup> cur =
          rollups.stream()
              .filter(r -> r.year() == year && r.month() == month && in(t, r, ym, here))
              .toList();
      List<Rollup> prev =
          rollups.stream()
              .filter(
                  r ->
                      r.year() == year - 1
                          && r.month() == month
                          && in(t, r, ym.minusYears(1), there))
              .toList();
      border.add(
          new SeriesResponse.MonthPoint(
              m,
              cur.isEmpty() ? null : scaled(sum(cur, null), MILLION, 2),
              prev.isEmpty() ? null : scaled(sum(prev, null), MILLION, 2),
              cur.isEmpty() ? null : FigureStatus.FINAL.name()));
      for (Rollup r : cur) {
        byGate.merge(r.gate(), r.valueUsd(), BigDecimal::add);
        byFlow.merge(r.flow(), r.valueUsd(), BigDecimal::add);
      }
    }
    return new SeriesResponse(
        year,
        UnitResponse.of(unit),
        reforms(year),
        iip,
        retail,
        border,
        shares(byGate),
        shares(byFlow));
  }

  /** a − b, for one month out of two year-to-date sums. */
  private Summed minus(Summed a, Summed b) {
    Summed r = new Summed();
    r.any = a.any;
    r.comparable = a.comparable && b.comparable;
    r.current = a.current.subtract(b.current);
    r.previous = a.previous.subtract(b.previous);
    return r;
  }

  private static List<SeriesResponse.Share> shares(Map<String, BigDecimal> values) {
    return values.entrySet().stream()
        .filter(e -> e.getValue().signum() != 0)
        .sorted(
            Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new SeriesResponse.Share(e.getKey(), scaled(e.getValue(), MILLION, 2)))
        .toList();
  }

  /**
   * A province row's year-to-date figure in dong ({@code <figure>YtdVnd}), in billions, with the
   * change the service computed ({@code <figure>YtdChangePct}) or, without one, the change against
   * the same months a year earlier ({@code <figure>YtdPrevYearVnd}).
   */
  private Indicator yearToDate(
      IndicatorCode code,
      MonthRow row,
      String figure,
      Map<IndicatorCode, PlanTarget> targets,
      String source) {
    JsonNode p = row.payload();
    BigDecimal value = decimal(p, figure + "YtdVnd");
    BigDecimal change =
        firstNonNull(
            decimal(p, figure + "YtdChangePct"),
            Growth.percent(value, decimal(p, figure + "YtdPrevYearVnd")));
    return indicator(code, scaled(value, BILLION, 1), change, targets, row, source);
  }

  private Indicator indicator(
      IndicatorCode code,
      BigDecimal value,
      BigDecimal change,
      Map<IndicatorCode, PlanTarget> targets,
      MonthRow row,
      String source) {
    boolean figure = row != null && value != null;
    return newIndicator(
        code,
        value,
        change,
        targets.get(code),
        figure ? row.status() : null,
        figure ? String.format("%04d-%02d", row.year(), row.month()) : null,
        figure ? row.ceTime() : null,
        source,
        null);
  }

  private Indicator border(
      IndicatorCode code,
      BigDecimal nowUsd,
      BigDecimal beforeUsd,
      Map<IndicatorCode, PlanTarget> targets,
      String period,
      Instant asOf,
      List<Indicator.FlowFigure> breakdown) {
    BigDecimal value = scaled(nowUsd, MILLION, 2);
    BigDecimal change = Growth.percent(nowUsd, beforeUsd);
    return newIndicator(
        code,
        value,
        change,
        targets.get(code),
        value == null ? null : FigureStatus.FINAL.name(),
        period,
        value == null ? null : asOf,
        "border-trade",
        breakdown);
  }

  /** The indicator with its names, its unit and its progress against the year's target. */
  private static Indicator newIndicator(
      IndicatorCode code,
      BigDecimal value,
      BigDecimal change,
      PlanTarget target,
      String status,
      String period,
      Instant asOf,
      String source,
      List<Indicator.FlowFigure> breakdown) {
    return new Indicator(
        code.name(),
        code.nameVi,
        code.nameEn,
        code.unit,
        value,
        change,
        target,
        progress(target, value, change),
        target == null ? null : target.kind() == TargetKind.GROWTH_PCT ? "pp" : "%",
        status,
        period,
        asOf,
        List.of(source),
        breakdown);
  }

  /** % of an absolute target, or percentage points above (+) or below (−) a growth target. */
  static BigDecimal progress(PlanTarget target, BigDecimal value, BigDecimal change) {
    if (target == null) return null;
    if (target.kind() == TargetKind.GROWTH_PCT)
      return change == null
          ? null
          : change.subtract(target.value()).setScale(2, RoundingMode.HALF_UP);
    if (value == null || target.value().signum() == 0) return null;
    return value.multiply(HUNDRED).divide(target.value(), 2, RoundingMode.HALF_UP);
  }

  private MonthRow latest(String table, String territory, int year, int through) {
    return jdbc.one(
        MONTH_ROW
            + table
            + " where territory = ? and year = ? and month <= ? order by month desc limit 1",
        this::monthRow,
        territory,
        year,
        through);
  }

  private Map<Integer, MonthRow> byMonth(String table, String territory, int year) {
    Map<Integer, MonthRow> out = new LinkedHashMap<>();
    jdbc.query(
            MONTH_ROW + table + " where territory = ? and year = ? order by month",
            this::monthRow,
            territory,
            year)
        .forEach(r -> out.put(r.month(), r));
    return out;
  }

  /** The columns of a month's row in industry_month or commerce_month, as monthRow reads them. */
  private static final String MONTH_ROW =
      "select year, month, payload::text, status, ce_time from ";

  private MonthRow monthRow(ResultSet rs) throws SQLException {
    return new MonthRow(
        rs.getInt(1),
        rs.getInt(2),
        json(rs.getString(3)),
        rs.getString(4),
        Jdbc.instant(rs, "ce_time"));
  }

  private List<Rollup> rollups(int fromYear, int toYear) {
    return jdbc.query(
        "select year, month, gate_code, flow, unit_code, value_usd, lines, as_of from border_rollup"
            + " where year between ? and ?",
        rs ->
            new Rollup(
                rs.getInt(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBigDecimal(6),
                rs.getLong(7),
                Jdbc.instant(rs, "as_of")),
        fromYear,
        toYear);
  }

  private static BigDecimal sum(List<Rollup> rows, String flow) {
    return rows.stream()
        .filter(r -> flow == null || flow.equals(r.flow()))
        .map(Rollup::valueUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private JsonNode json(String s) {
    try {
      return mapper.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BigDecimal decimal(JsonNode node, String field) {
    if (node == null) return null;
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : new BigDecimal(v.asText());
  }

  static BigDecimal scaled(BigDecimal v, BigDecimal divisor, int scale) {
    return v == null ? null : v.divide(divisor, scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal firstNonNull(BigDecimal a, BigDecimal b) {
    return a != null ? a : b;
  }

  private static void check(int year, Integer month) {
    if (year < 2000 || year > 2100)
      throw Problems.validation("year", "must be between 2000 and 2100", year);
    if (month != null && (month < 1 || month > 12))
      throw Problems.validation("month", "must be between 1 and 12", month);
  }
}
