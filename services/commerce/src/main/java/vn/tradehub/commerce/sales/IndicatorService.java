package vn.tradehub.commerce.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tradehub.commerce.geo.Inexpressible;
import vn.tradehub.commerce.geo.Territories;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed.UnitRetail;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.outbox.Outbox;

/**
 * A territory's monthly retail indicators at current prices: the month and January..month, each
 * against the same territory a year earlier, and the month by unit. Recomputed and published
 * (commerce.indicators.v1, one event per territory and month) for every month a report change
 * affects.
 *
 * <p>Every territory figure is summed from the units' month totals, so it equals the sum of its
 * {@code byUnit} to the đồng, and a former province's series from 2025-07 is the sum of the new
 * communes that lie in it.
 */
@ApplicationScoped
public class IndicatorService {
  private final EntityManager em;
  private final Jdbc jdbc;
  private final Outbox outbox;
  private final Territories territories;
  private final Clock clock;

  public IndicatorService(
      EntityManager em, Jdbc jdbc, Outbox outbox, Territories territories, Clock clock) {
    this.em = em;
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.territories = territories;
    this.clock = clock;
  }

  /** The sum of one unit's report of a month, and its status. */
  record UnitTotal(BigDecimal totalVnd, FigureStatus status) {}

  /**
   * Unit totals by month, as read for a range of months, and the territories' month sums computed
   * from them (each (territory, month) once, however many later months' year-to-date use it).
   */
  record Totals(
      Map<YearMonth, Map<String, UnitTotal>> byMonth,
      Map<AdminUnit, Map<YearMonth, Map<String, UnitTotal>>> sums) {
    Totals(Map<YearMonth, Map<String, UnitTotal>> byMonth) {
      this(byMonth, new HashMap<>());
    }

    Map<String, UnitTotal> at(YearMonth m) {
      return byMonth.getOrDefault(m, Map.of());
    }
  }

  /**
   * Publishes the indicators of every (territory, month) whose figures include a change in one of
   * {@code changed}: its own month, the year-to-date of the later months of its year, and, as the
   * comparison base, the same and later months of the next year. Territories without any report in
   * a month are skipped. One batch for all of them, so a bulk filing publishes each once.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishAffected(Collection<YearMonth> changed) {
    if (changed.isEmpty()) return;
    em.flush(); // the totals are read back by SQL
    TreeSet<YearMonth> months = new TreeSet<>();
    for (YearMonth c : changed) {
      for (int year = c.getYear(); year <= c.getYear() + 1; year++) {
        for (int month = c.getMonthValue(); month <= 12; month++)
          months.add(YearMonth.of(year, month));
      }
    }
    publish(months);
  }

  /**
   * Publishes the indicators of every (territory, month) with reports: after a migration changed
   * what the events carry (the 2025 reform's territories).
   *
   * @return the number of events published
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int publishAll() {
    String[] range =
        jdbc.one(
            "select min(period), max(period) from retail_report",
            rs -> new String[] {rs.getString(1), rs.getString(2)});
    if (range == null || range[0] == null) return 0;
    YearMonth to = YearMonth.parse(range[1]);
    TreeSet<YearMonth> months = new TreeSet<>();
    for (YearMonth m = YearMonth.parse(range[0]); !m.isAfter(to); m = m.plusMonths(1))
      months.add(m);
    return publish(months);
  }

  /**
   * Publishes, in one batch, the indicators of every territory of each of {@code months} that has
   * reports in it, from the unit totals read once for all of them.
   *
   * @return the number of events published
   */
  private int publish(SortedSet<YearMonth> months) {
    Totals totals = totals(YearMonth.of(months.first().getYear() - 1, 1), months.last());
    Instant now = clock.instant();
    List<Outbox.Message> events = new ArrayList<>();
    for (YearMonth m : months) {
      for (AdminUnit t : territories.publishedTerritories(m)) {
        compute(t, m, totals, now)
            .ifPresent(
                e -> events.add(new Outbox.Message(Topics.COMMERCE_INDICATORS, key(e), key(e), e)));
      }
    }
    outbox.publishAll(events);
    return events.size();
  }

  /** The record key and subject: {@code <territory>|<period>}. */
  static String key(CommerceIndicatorsComputed e) {
    return e.territory() + "|" + e.period();
  }

  /** The indicators of a territory for a month, if the territory has any report in it. */
  @Transactional
  public Optional<CommerceIndicatorsComputed> compute(AdminUnit territory, YearMonth m) {
    return compute(territory, m, totals(YearMonth.of(m.getYear() - 1, 1), m), clock.instant());
  }

  /**
   * The indicators of {@code t} for {@code m} from unit totals covering January of the year before
   * through {@code m}; empty when the territory has no report in the month.
   *
   * @throws Inexpressible when the month's units cannot express the territory
   */
  Optional<CommerceIndicatorsComputed> compute(
      AdminUnit t, YearMonth m, Totals totals, Instant computedAt) {
    Map<String, UnitTotal> month = sumOf(t, m, totals);
    if (month.isEmpty()) return Optional.empty();
    BigDecimal monthVnd = sum(month);
    BigDecimal prevMonth = previous(t, m.minusYears(1), totals);
    BigDecimal ytd = BigDecimal.ZERO;
    BigDecimal ytdPrev = null;
    FigureStatus status = null;
    boolean prevComparable = true;
    for (int i = 1; i <= m.getMonthValue(); i++) {
      Map<String, UnitTotal> units = sumOf(t, YearMonth.of(m.getYear(), i), totals);
      ytd = ytd.add(sum(units));
      for (UnitTotal u : units.values()) status = u.status().weakerOf(status);
      try {
        Map<String, UnitTotal> p = sumOf(t, YearMonth.of(m.getYear() - 1, i), totals);
        if (!p.isEmpty()) ytdPrev = (ytdPrev == null ? BigDecimal.ZERO : ytdPrev).add(sum(p));
      } catch (Inexpressible e) {
        prevComparable = false; // no year-before figure rather than an approximate one
      }
    }
    if (!prevComparable) ytdPrev = null;
    List<UnitRetail> byUnit = new ArrayList<>();
    month.forEach((code, u) -> byUnit.add(new UnitRetail(code, u.totalVnd())));
    return Optional.of(
        new CommerceIndicatorsComputed(
            t.ref().toString(),
            m.toString(),
            monthVnd,
            prevMonth,
            Growth.percent(monthVnd, prevMonth),
            ytd,
            ytdPrev,
            Growth.percent(ytd, ytdPrev),
            status.name(),
            List.copyOf(byUnit),
            computedAt));
  }

  /** The same territory's month a year earlier; null without reports or without exact units. */
  private BigDecimal previous(AdminUnit t, YearMonth m, Totals totals) {
    try {
      Map<String, UnitTotal> p = sumOf(t, m, totals);
      return p.isEmpty() ? null : sum(p);
    } catch (Inexpressible e) {
      return null;
    }
  }

  /** The unit totals of a territory's units in a month, by unit code (units with reports only). */
  private Map<String, UnitTotal> sumOf(AdminUnit t, YearMonth m, Totals totals) {
    Map<YearMonth, Map<String, UnitTotal>> byMonth =
        totals.sums().computeIfAbsent(t, k -> new HashMap<>());
    Map<String, UnitTotal> known = byMonth.get(m);
    if (known != null) return known;
    Map<String, UnitTotal> at = totals.at(m);
    Map<String, UnitTotal> out = new TreeMap<>();
    if (!at.isEmpty()) {
      for (String code : territories.reportCodes(t, m)) { // throws when t is inexpressible in m
        UnitTotal u = at.get(code);
        if (u != null) out.put(code, u);
      }
    }
    byMonth.put(m, out);
    return out;
  }

  private static BigDecimal sum(Map<String, UnitTotal> units) {
    BigDecimal s = BigDecimal.ZERO;
    for (UnitTotal u : units.values()) s = s.add(u.totalVnd());
    return s;
  }

  /** Every unit's report total and status, of the months {@code from}..{@code to}. */
  Totals totals(YearMonth from, YearMonth to) {
    Map<YearMonth, Map<String, UnitTotal>> out = new HashMap<>();
    jdbc.query(
        "select r.unit_code, r.period, r.status, sum(l.value_vnd)"
            + " from retail_report r join retail_report_line l on l.report_id = r.id"
            + " where r.period between ? and ? group by r.id",
        rs -> {
          out.computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new HashMap<>())
              .put(
                  rs.getString(1),
                  new UnitTotal(rs.getBigDecimal(4), FigureStatus.valueOf(rs.getString(3))));
          return null;
        },
        from.toString(),
        to.toString());
    return new Totals(out);
  }
}
