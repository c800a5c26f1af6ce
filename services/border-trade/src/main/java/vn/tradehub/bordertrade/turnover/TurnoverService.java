package vn.tradehub.bordertrade.turnover;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Growth;

/** Turnover answers, read from the monthly rollup (never from the shipments table). */
@ApplicationScoped
public class TurnoverService {
  /** API name of each dimension, and its rollup column. */
  public static final Map<String, String> DIMENSIONS =
      Map.of(
          "gate", "gate_code",
          "month", "month",
          "flow", "flow",
          "tradeForm", "trade_form",
          "hsChapter", "hs_chapter",
          "partner", "partner_country");

  private final Jdbc jdbc;

  public TurnoverService(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public TurnoverReport report(YearMonth from, YearMonth to, List<String> groupBy) {
    Map<List<String>, Agg> current = aggregate(from, to, groupBy, false);
    Map<List<String>, Agg> previous =
        aggregate(from.minusYears(1), to.minusYears(1), groupBy, true);
    List<TurnoverReport.Row> rows = new ArrayList<>();
    for (var e : current.entrySet())
      rows.add(row(groupBy, e.getKey(), e.getValue(), previous.get(e.getKey())));
    // Groups that had turnover a year earlier but none now still show, with 0 now.
    for (var e : previous.entrySet()) {
      if (!current.containsKey(e.getKey()))
        rows.add(row(groupBy, e.getKey(), Agg.EMPTY, e.getValue()));
    }
    rows.sort((a, b) -> b.valueUsd().compareTo(a.valueUsd()));
    Map<List<String>, Agg> flowsNow = aggregate(from, to, List.of("flow"), false);
    Map<List<String>, Agg> flowsBefore =
        aggregate(from.minusYears(1), to.minusYears(1), List.of("flow"), false);
    List<TurnoverReport.Row> byFlow = new ArrayList<>();
    for (String flow :
        List.of(
            "EXPORT", "IMPORT", "BORDER_GATE_TRANSFER", "TRANSIT", "TEMPORARY_IMPORT_REEXPORT")) {
      byFlow.add(
          row(
              List.of("flow"),
              List.of(flow),
              flowsNow.getOrDefault(List.of(flow), Agg.EMPTY),
              flowsBefore.get(List.of(flow))));
    }
    Agg totalNow = aggregate(from, to, List.of(), false).getOrDefault(List.of(), Agg.EMPTY);
    Agg totalBefore =
        aggregate(from.minusYears(1), to.minusYears(1), List.of(), false).get(List.of());
    return new TurnoverReport(
        from.toString(),
        to.toString(),
        groupBy,
        rows,
        byFlow,
        row(List.of(), List.of(), totalNow, totalBefore));
  }

  record Agg(BigDecimal valueUsd, BigDecimal quantity, String unit, long lines) {
    static final Agg EMPTY = new Agg(BigDecimal.ZERO.setScale(2), null, null, 0);
  }

  private static TurnoverReport.Row row(List<String> dims, List<String> key, Agg now, Agg before) {
    Map<String, String> group = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) group.put(dims.get(i), key.get(i));
    BigDecimal prev = before == null ? null : before.valueUsd();
    return new TurnoverReport.Row(
        group.isEmpty() ? null : group,
        now.valueUsd(),
        now.quantity(),
        now.unit(),
        now.lines(),
        prev,
        Growth.percent(now.valueUsd(), prev));
  }

  /**
   * Sums the rollup over [from, to] by the given dimensions. With {@code shiftMonth}, months are
   * moved a year on so last year's rows line up with this year's.
   */
  private Map<List<String>, Agg> aggregate(
      YearMonth from, YearMonth to, List<String> dims, boolean shiftMonth) {
    List<String> cols =
        dims.stream()
            .map(
                d ->
                    d.equals("month")
                        ? "to_char(month"
                            + (shiftMonth ? " + interval '1 year'" : "")
                            + ", 'YYYY-MM')"
                        : DIMENSIONS.get(d))
            .toList();
    String select = cols.isEmpty() ? "" : String.join(", ", cols) + ", ";
    String group = cols.isEmpty() ? "" : " group by " + String.join(", ", cols);
    String sql =
        "select "
            + select
            + "sum(value_usd), case when count(distinct unit) = 1 then sum(quantity) end, min(unit),"
            + " count(distinct unit), sum(lines) from turnover_rollup where month between ? and ?"
            + group;
    int n = cols.size();
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
            from.atDay(1),
            to.atDay(1))) {
      if (row != null) out.put(row.getKey(), row.getValue());
    }
    return out;
  }

  /** Year to date through the latest month that has turnover. */
  public BorderTradeSummary summary() {
    LocalDate latest =
        jdbc.one("select max(month) from turnover_rollup", rs -> rs.getObject(1, LocalDate.class));
    if (latest == null)
      return new BorderTradeSummary(null, BigDecimal.ZERO, null, BigDecimal.ZERO, null);
    TurnoverReport r = ytd(latest.getYear(), latest.getMonthValue());
    TurnoverReport.Row exports = r.byFlow().get(0);
    return new BorderTradeSummary(
        YearMonth.from(latest).toString(),
        r.total().valueUsd(),
        r.total().changePct(),
        exports.valueUsd(),
        exports.changePct());
  }

  /** Year to date through {@code month}, against the same months a year earlier, by flow. */
  public TurnoverReport ytd(int year, int month) {
    return report(YearMonth.of(year, 1), YearMonth.of(year, month), List.of("flow"));
  }
}
