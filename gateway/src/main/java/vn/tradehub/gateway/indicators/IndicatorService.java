package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.tradehub.gateway.plans.IndicatorCode;
import vn.tradehub.gateway.plans.PlanService;
import vn.tradehub.gateway.plans.PlanTarget;
import vn.tradehub.gateway.plans.TargetKind;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
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
  private final vn.tradehub.gateway.geography.Department department;
  private final ObjectMapper mapper;

  public IndicatorService(
      Jdbc jdbc,
      PlanService plans,
      ObjectMapper mapper,
      vn.tradehub.gateway.geography.Department department) {
    this.department = department;
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
      BigDecimal valueUsd,
      long lines,
      Instant asOf) {}

  public IndicatorsResponse indicators(int year, Integer month) {
    check(year, month);
    int through = month == null ? 12 : month;
    Map<IndicatorCode, PlanTarget> targets =
        plans.targets(
            department.provinceOn(java.time.YearMonth.of(year, through).atEndOfMonth()), year);
    List<Indicator> out = new ArrayList<>();

    MonthRow ind = latest("industry_month", year, through);
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
    BigDecimal output = decimal(ip, "outputValueYtdVnd");
    BigDecimal outputChange =
        firstNonNull(
            decimal(ip, "outputValueYtdChangePct"),
            Growth.percent(output, decimal(ip, "outputValueYtdPrevYearVnd")));
    out.add(
        indicator(
            IndicatorCode.OUTPUT_VALUE,
            scaled(output, BILLION, 1),
            outputChange,
            targets,
            ind,
            "industry"));

    MonthRow com = latest("commerce_month", year, through);
    JsonNode cp = com == null ? null : com.payload();
    BigDecimal retail = decimal(cp, "retailYtdVnd");
    BigDecimal retailChange =
        firstNonNull(
            decimal(cp, "retailYtdChangePct"),
            Growth.percent(retail, decimal(cp, "retailYtdPrevYearVnd")));
    out.add(
        indicator(
            IndicatorCode.RETAIL_SALES,
            scaled(retail, BILLION, 1),
            retailChange,
            targets,
            com,
            "commerce"));

    // Border trade: January..through (for the whole year, through the latest month with turnover).
    List<Rollup> rollups = rollups(year - 1, year);
    int borderThrough =
        month != null
            ? month
            : rollups.stream()
                .filter(r -> r.year() == year && r.lines() != 0)
                .mapToInt(Rollup::month)
                .max()
                .orElse(12);
    List<Rollup> now =
        rollups.stream().filter(r -> r.year() == year && r.month() <= borderThrough).toList();
    List<Rollup> before =
        rollups.stream().filter(r -> r.year() == year - 1 && r.month() <= borderThrough).toList();
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
    BigDecimal exportsNow = sum(now, "EXPORT");
    out.add(
        border(
            IndicatorCode.EXPORT_TURNOVER,
            anyBorder ? exportsNow : null,
            sum(before, "EXPORT"),
            targets,
            borderPeriod,
            borderAsOf,
            null));

    BigDecimal share = decimal(ip, "electrificationSharePct");
    out.add(indicator(IndicatorCode.ELECTRIFICATION, share, null, targets, ind, "industry"));

    Instant asOf =
        Stream.of(ind == null ? null : ind.ceTime(), com == null ? null : com.ceTime(), borderAsOf)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    return new IndicatorsResponse(year, month, asOf, out);
  }

  public SeriesResponse series(int year) {
    check(year, null);
    Map<Integer, MonthRow> ind = byMonth("industry_month", year);
    Map<Integer, MonthRow> indPrev = byMonth("industry_month", year - 1);
    Map<Integer, MonthRow> com = byMonth("commerce_month", year);
    Map<Integer, MonthRow> comPrev = byMonth("commerce_month", year - 1);
    List<Rollup> rollups = rollups(year - 1, year);
    List<SeriesResponse.MonthPoint> iip = new ArrayList<>();
    List<SeriesResponse.MonthPoint> retail = new ArrayList<>();
    List<SeriesResponse.MonthPoint> border = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      MonthRow i = ind.get(m);
      MonthRow ip = indPrev.get(m);
      iip.add(
          new SeriesResponse.MonthPoint(
              m,
              decimal(i == null ? null : i.payload(), "iipMonth"),
              decimal(ip == null ? null : ip.payload(), "iipMonth"),
              i == null ? null : i.status()));
      MonthRow c = com.get(m);
      MonthRow cPrev = comPrev.get(m);
      BigDecimal prevRetail =
          cPrev != null
              ? decimal(cPrev.payload(), "retailMonthVnd")
              : decimal(c == null ? null : c.payload(), "retailMonthPrevYearVnd");
      retail.add(
          new SeriesResponse.MonthPoint(
              m,
              scaled(decimal(c == null ? null : c.payload(), "retailMonthVnd"), BILLION, 1),
              scaled(prevRetail, BILLION, 1),
              c == null ? null : c.status()));
      final int month = m;
      List<Rollup> cur =
          rollups.stream().filter(r -> r.year() == year && r.month() == month).toList();
      List<Rollup> prev =
          rollups.stream().filter(r -> r.year() == year - 1 && r.month() == month).toList();
      border.add(
          new SeriesResponse.MonthPoint(
              m,
              cur.isEmpty() ? null : scaled(sum(cur, null), MILLION, 2),
              prev.isEmpty() ? null : scaled(sum(prev, null), MILLION, 2),
              cur.isEmpty() ? null : FigureStatus.FINAL.name()));
    }
    Map<String, BigDecimal> byGate = new HashMap<>();
    Map<String, BigDecimal> byFlow = new HashMap<>();
    for (Rollup r : rollups) {
      if (r.year() != year) continue;
      byGate.merge(r.gate(), r.valueUsd(), BigDecimal::add);
      byFlow.merge(r.flow(), r.valueUsd(), BigDecimal::add);
    }
    return new SeriesResponse(year, iip, retail, border, shares(byGate), shares(byFlow));
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

  private Indicator indicator(
      IndicatorCode code,
      BigDecimal value,
      BigDecimal change,
      Map<IndicatorCode, PlanTarget> targets,
      MonthRow row,
      String source) {
    PlanTarget target = targets.get(code);
    BigDecimal progress = progress(target, value, change);
    return new Indicator(
        code.name(),
        code.nameVi,
        code.nameEn,
        code.unit,
        value,
        change,
        target,
        progress,
        target == null ? null : target.kind() == TargetKind.GROWTH_PCT ? "pp" : "%",
        row == null || value == null ? null : row.status(),
        row == null || value == null ? null : String.format("%04d-%02d", row.year(), row.month()),
        row == null || value == null ? null : row.ceTime(),
        List.of(source),
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
    PlanTarget target = targets.get(code);
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
        value == null ? null : FigureStatus.FINAL.name(),
        period,
        value == null ? null : asOf,
        List.of("border-trade"),
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

  private MonthRow latest(String table, int year, int through) {
    return jdbc.one(
        "select year, month, payload::text, status, ce_time from "
            + table
            + " where year = ? and month <= ? order by month desc limit 1",
        rs ->
            new MonthRow(
                rs.getInt(1),
                rs.getInt(2),
                json(rs.getString(3)),
                rs.getString(4),
                Jdbc.instant(rs, "ce_time")),
        year,
        through);
  }

  private Map<Integer, MonthRow> byMonth(String table, int year) {
    Map<Integer, MonthRow> out = new LinkedHashMap<>();
    jdbc.query(
            "select year, month, payload::text, status, ce_time from "
                + table
                + " where year = ? order by month",
            rs ->
                new MonthRow(
                    rs.getInt(1),
                    rs.getInt(2),
                    json(rs.getString(3)),
                    rs.getString(4),
                    Jdbc.instant(rs, "ce_time")),
            year)
        .forEach(r -> out.put(r.month(), r));
    return out;
  }

  private List<Rollup> rollups(int fromYear, int toYear) {
    return jdbc.query(
        "select year, month, gate_code, flow, value_usd, lines, as_of from border_rollup where year between ? and ?",
        rs ->
            new Rollup(
                rs.getInt(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBigDecimal(5),
                rs.getLong(6),
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
