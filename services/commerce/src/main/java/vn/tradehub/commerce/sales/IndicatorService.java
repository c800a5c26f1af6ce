package vn.tradehub.commerce.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.outbox.Outbox;

/**
 * The province's monthly retail indicators at current prices: the month and January..month, each
 * against the same period a year earlier. Recomputed and published (commerce.indicators.v1) for
 * every month a report change affects.
 */
@ApplicationScoped
public class IndicatorService {
  private final EntityManager em;
  private final Jdbc jdbc;
  private final Outbox outbox;
  private final Clock clock;

  public IndicatorService(EntityManager em, Jdbc jdbc, Outbox outbox, Clock clock) {
    this.em = em;
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Sum of every line of every report of a month, and the weakest status among those reports. */
  record MonthTotal(BigDecimal totalVnd, FigureStatus status) {}

  /**
   * Publishes the indicators of every month whose figures include {@code changed}: its own month,
   * the year-to-date of the later months of its year, and, as the comparison base, the same and
   * later months of the next year. Months without any report are skipped.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishAffected(YearMonth changed) {
    em.flush(); // the totals are read back by SQL
    Map<YearMonth, MonthTotal> totals = monthTotals(changed.getYear() - 1, changed.getYear() + 1);
    for (int year = changed.getYear(); year <= changed.getYear() + 1; year++) {
      for (int month = changed.getMonthValue(); month <= 12; month++) {
        YearMonth m = YearMonth.of(year, month);
        if (totals.containsKey(m)) {
          CommerceIndicatorsComputed event = compute(m, totals, clock.instant()).orElseThrow();
          outbox.publish(Topics.COMMERCE_INDICATORS, m.toString(), m.toString(), event);
        }
      }
    }
  }

  /** The indicators of the latest month that has any report, if there is one. */
  @Transactional
  public Optional<CommerceIndicatorsComputed> latest() {
    String latest = jdbc.one("select max(period) from retail_report", rs -> rs.getString(1));
    if (latest == null) return Optional.empty();
    YearMonth m = YearMonth.parse(latest);
    return compute(m, monthTotals(m.getYear() - 1, m.getYear()), clock.instant());
  }

  static Optional<CommerceIndicatorsComputed> compute(
      YearMonth m, Map<YearMonth, MonthTotal> totals, Instant computedAt) {
    MonthTotal month = totals.get(m);
    if (month == null) return Optional.empty();
    MonthTotal prev = totals.get(m.minusYears(1));
    BigDecimal ytd = BigDecimal.ZERO;
    BigDecimal ytdPrev = null;
    FigureStatus status = null;
    for (int i = 1; i <= m.getMonthValue(); i++) {
      MonthTotal t = totals.get(YearMonth.of(m.getYear(), i));
      if (t != null) {
        ytd = ytd.add(t.totalVnd());
        status = t.status().weakerOf(status);
      }
      MonthTotal p = totals.get(YearMonth.of(m.getYear() - 1, i));
      if (p != null) ytdPrev = (ytdPrev == null ? BigDecimal.ZERO : ytdPrev).add(p.totalVnd());
    }
    BigDecimal prevMonth = prev == null ? null : prev.totalVnd();
    return Optional.of(
        new CommerceIndicatorsComputed(
            m.toString(),
            month.totalVnd(),
            prevMonth,
            Growth.percent(month.totalVnd(), prevMonth),
            ytd,
            ytdPrev,
            Growth.percent(ytd, ytdPrev),
            status.name(),
            computedAt));
  }

  Map<YearMonth, MonthTotal> monthTotals(int fromYear, int toYear) {
    Map<YearMonth, MonthTotal> out = new HashMap<>();
    jdbc.query(
            "select r.period, sum(l.value_vnd),"
                + " min(case r.status when 'ESTIMATED' then 0 when 'PRELIMINARY' then 1 else 2 end)"
                + " from retail_report r join retail_report_line l on l.report_id = r.id"
                + " where r.period between ? and ? group by r.period",
            rs ->
                Map.entry(
                    YearMonth.parse(rs.getString(1)),
                    new MonthTotal(rs.getBigDecimal(2), FigureStatus.values()[rs.getInt(3)])),
            fromYear + "-01",
            toYear + "-12")
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
