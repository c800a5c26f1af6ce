package vn.tradehub.industry.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.iip.Comparison;
import vn.tradehub.industry.iip.IipService;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;

/**
 * The monthly indicators of a territory, published as {@code IndustryIndicatorsComputed} on {@code
 * industry.indicators.v1} (key {@code <territory>|<period>}) for every month a change affects and
 * every province-level territory that has reports in it ({@link Territories#published}).
 *
 * <p>Recomputations read the reports and villages once for all the months they cover, then compute
 * each territory's month in memory: a bulk load of years of reports costs one pass, not one per
 * report.
 */
@ApplicationScoped
public class IndicatorService {
  /** Serialises recomputations, so the last event of a period always reflects every commit. */
  private static final long LOCK = 0x1d_c0_17_0001L;

  private final ProductionFacts facts;
  private final BaseYearService baseYears;
  private final Electrification electrification;
  private final Territories territories;
  private final Outbox outbox;
  private final Jdbc jdbc;
  private final Clock clock;

  public IndicatorService(
      ProductionFacts facts,
      BaseYearService baseYears,
      Electrification electrification,
      Territories territories,
      Outbox outbox,
      Jdbc jdbc,
      Clock clock) {
    this.facts = facts;
    this.baseYears = baseYears;
    this.electrification = electrification;
    this.territories = territories;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One unit's figures of a month: output value of its enterprises, its border villages. */
  public record UnitFigures(
      String unitCode, BigDecimal outputValueMonthVnd, int borderVillages, int electrified) {}

  /**
   * A territory's indicators of one month.
   *
   * @param weightsCombinedFrom the provinces whose weights were combined; empty for own weights
   * @param hasReports whether any report of the month lies in the territory
   * @param comparisonNote why there is no comparison with the year before; null when there is
   */
  public record Computed(
      AdminUnit territory,
      YearMonth period,
      Integer baseYear,
      List<String> weightsCombinedFrom,
      BigDecimal iipMonth,
      BigDecimal iipYtd,
      BigDecimal outputValueMonthVnd,
      BigDecimal outputValueMonthPrevYearVnd,
      BigDecimal outputValueYtdVnd,
      BigDecimal outputValueYtdPrevYearVnd,
      Electrification.Counts villages,
      FigureStatus status,
      List<UnitFigures> byUnit,
      boolean hasReports,
      String comparisonNote,
      Instant computedAt) {

    public IndustryIndicatorsComputed event() {
      return new IndustryIndicatorsComputed(
          period.toString(),
          territory.ref().toString(),
          baseYear,
          iipMonth,
          iipYtd,
          outputValueMonthVnd,
          outputValueMonthPrevYearVnd,
          Growth.percent(outputValueMonthVnd, outputValueMonthPrevYearVnd),
          outputValueYtdVnd,
          outputValueYtdPrevYearVnd,
          Growth.percent(outputValueYtdVnd, outputValueYtdPrevYearVnd),
          villages.border(),
          villages.electrified(),
          villages.sharePct(),
          (status == null ? FigureStatus.ESTIMATED : status).name(),
          computedAt,
          byUnit.stream()
              .map(
                  u ->
                      new IndustryIndicatorsComputed.UnitFigures(
                          u.unitCode(),
                          u.outputValueMonthVnd(),
                          u.borderVillages(),
                          u.electrified()))
              .toList());
    }
  }

  /**
   * The months whose indicators a change of {@code period}'s figures affects: that month and the
   * rest of its year (their year to date includes it), and the same month to December of the next
   * year (they compare with it, month and year to date).
   */
  public static Set<YearMonth> affectedBy(YearMonth period) {
    Set<YearMonth> out = new TreeSet<>();
    for (YearMonth m = period; m.getYear() == period.getYear(); m = m.plusMonths(1)) out.add(m);
    for (YearMonth m = period.plusYears(1);
        m.getYear() == period.getYear() + 1;
        m = m.plusMonths(1)) out.add(m);
    return out;
  }

  /**
   * Recomputes and publishes the candidates not in the future, for every published territory that
   * has reports in them, in the caller's transaction (the events commit with the change that caused
   * them).
   *
   * @return the (territory, month) pairs published, as their record keys
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> recompute(Collection<YearMonth> candidates) {
    return recompute(candidates, (t, p) -> true);
  }

  private List<String> recompute(
      Collection<YearMonth> candidates, BiPredicate<AdminUnit, YearMonth> which) {
    List<YearMonth> todo =
        candidates.stream().filter(p -> !Periods.isFuture(p, clock)).sorted().distinct().toList();
    if (todo.isEmpty()) return List.of();
    // Waits for concurrent recomputations; later statements then see what they committed.
    jdbc.one("select pg_advisory_xact_lock(?)", r -> null, LOCK);
    Snapshot s = snapshot(todo.get(0), todo.get(todo.size() - 1));
    List<Outbox.Message> events = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (YearMonth p : todo) {
      if (!s.hasReports(p)) continue;
      for (AdminUnit t : territories.published(p)) {
        if (!which.test(t, p) || s.within(t, p, p).isEmpty()) continue;
        Computed c = compute(t, p, s);
        if (!c.hasReports()) continue;
        String key = key(t, p);
        events.add(new Outbox.Message(Topics.INDUSTRY_INDICATORS, key, key, c.event()));
        keys.add(key);
      }
    }
    outbox.publishAll(events);
    return keys;
  }

  /** The record key of a territory's month: {@code <territory>|<period>}. */
  public static String key(AdminUnit territory, YearMonth period) {
    return territory.ref() + "|" + period;
  }

  /** Recomputes every month with reports from {@code from} on (all when null). */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> recomputeFrom(YearMonth from) {
    return recompute(facts.periodsWithData(from));
  }

  /**
   * Recomputes every month whose default IIP weights, for any published territory, include the
   * stored base year {@code source} ({@code ref/year}): its own or combined into another's.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> recomputeUsing(String source) {
    Map<String, Boolean> uses = new HashMap<>();
    BiPredicate<AdminUnit, YearMonth> using =
        (t, p) ->
            uses.computeIfAbsent(
                t.ref() + "/" + p.getYear(),
                k -> baseYears.sourcesFor(t, p.getYear()).contains(source));
    List<YearMonth> affected = new ArrayList<>();
    for (YearMonth p : facts.periodsWithData(null)) {
      if (territories.published(p).stream().anyMatch(t -> using.test(t, p))) affected.add(p);
    }
    return recompute(affected, using);
  }

  /** A territory's indicators of one month, as they stand now. */
  @Transactional
  public Computed compute(AdminUnit territory, YearMonth period) {
    return compute(territory, period, snapshot(period, period));
  }

  /** The latest month with reports, if any (not in the future). */
  @Transactional
  public Optional<YearMonth> latestPeriod() {
    List<YearMonth> all = facts.periodsWithData(null);
    return all.stream().filter(p -> !Periods.isFuture(p, clock)).reduce((a, b) -> b);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // --- computation over a snapshot ---

  /** The reports (by month) and border villages that the months from..to need. */
  private final class Snapshot {
    final Map<YearMonth, List<Fact>> byMonth = new TreeMap<>();
    final List<Electrification.BorderVillage> villages;
    final Map<String, Optional<BaseYearService.Loaded>> weights = new HashMap<>();
    final Map<String, List<Fact>> inTerritory = new HashMap<>();
    final Map<String, ProductionFacts.Comparison> compared = new HashMap<>();

    Snapshot(YearMonth from, YearMonth to) {
      for (Fact f : facts.byUnit(YearMonth.of(from.getYear() - 1, 1), to))
        byMonth.computeIfAbsent(f.period(), k -> new ArrayList<>()).add(f);
      villages = electrification.borderVillages();
    }

    boolean hasReports(YearMonth p) {
      return byMonth.containsKey(p);
    }

    List<Fact> between(YearMonth from, YearMonth to) {
      List<Fact> out = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1))
        out.addAll(byMonth.getOrDefault(m, List.of()));
      return out;
    }

    /**
     * The facts of the months from..to that lie in the territory, month by month, each month
     * filtered once however many computations (a month is in 24 of them: its year to date and the
     * next year's comparison) read it.
     */
    List<Fact> within(AdminUnit territory, YearMonth from, YearMonth to) {
      List<Fact> out = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        YearMonth month = m;
        out.addAll(
            inTerritory.computeIfAbsent(
                territory.ref() + "|" + m,
                k -> facts.within(territory, byMonth.getOrDefault(month, List.of()))));
      }
      return out;
    }

    /** As {@link #within}, for a comparison: empty with a note when not expressible. */
    ProductionFacts.Comparison comparison(AdminUnit territory, YearMonth from, YearMonth to) {
      return compared.computeIfAbsent(
          territory.ref() + "|" + from + "|" + to,
          k -> facts.comparison(territory, between(from, to)));
    }

    Optional<BaseYearService.Loaded> weights(AdminUnit province, int year) {
      return weights.computeIfAbsent(
          province.ref() + "/" + year, k -> baseYears.load(province, year, null));
    }
  }

  private Snapshot snapshot(YearMonth from, YearMonth to) {
    return new Snapshot(from, to);
  }

  private Computed compute(AdminUnit territory, YearMonth period, Snapshot s) {
    YearMonth jan = YearMonth.of(period.getYear(), 1);
    List<Fact> rows = new ArrayList<>(s.within(territory, jan, period));
    // The year before is the same territory in that year's units: without a comparison (and
    // saying why) when they cannot express it exactly.
    ProductionFacts.Comparison before =
        s.comparison(territory, jan.minusYears(1), period.minusYears(1));
    rows.addAll(before.facts());
    boolean hasReports = rows.stream().anyMatch(f -> f.period().equals(period));
    Optional<BaseYearService.Loaded> weights =
        territory.level() == Level.PROVINCE
            ? s.weights(territory, period.getYear())
            : Optional.empty();
    BigDecimal iipMonth = null;
    BigDecimal iipYtd = null;
    if (weights.isPresent()) {
      iipMonth = iip(rows, weights.get(), period, false);
      iipYtd = iip(rows, weights.get(), period, true);
    }
    BigDecimal month = orZero(ProductionFacts.valueCurrent(rows, period, period));
    BigDecimal monthPrev =
        ProductionFacts.valueCurrent(rows, period.minusYears(1), period.minusYears(1));
    BigDecimal ytd = orZero(ProductionFacts.valueCurrent(rows, jan, period));
    BigDecimal ytdPrev =
        ProductionFacts.valueCurrent(rows, jan.minusYears(1), period.minusYears(1));
    Electrification.Result villages =
        electrification.count(territory, period.atEndOfMonth(), s.villages);
    FigureStatus status = ProductionFacts.weakest(rows);

    Map<String, BigDecimal> value = new TreeMap<>();
    for (Fact f : rows)
      if (f.period().equals(period)) value.merge(f.unitCode(), f.valueCurrent(), BigDecimal::add);
    Map<String, Electrification.Counts> village = new TreeMap<>();
    for (Electrification.Counts c : villages.byUnit()) village.put(c.unitCode(), c);
    Set<String> units = new TreeSet<>(value.keySet());
    units.addAll(village.keySet());
    List<UnitFigures> byUnit = new ArrayList<>();
    for (String u : units) {
      Electrification.Counts c = village.get(u);
      byUnit.add(
          new UnitFigures(
              u,
              value.getOrDefault(u, BigDecimal.ZERO),
              c == null ? 0 : c.border(),
              c == null ? 0 : c.electrified()));
    }
    return new Computed(
        territory,
        period,
        weights.map(w -> w.weights().baseYear()).orElse(null),
        weights.map(BaseYearService.Loaded::combinedFrom).orElse(List.of()),
        iipMonth,
        iipYtd,
        month,
        monthPrev,
        ytd,
        ytdPrev,
        villages.total(),
        status,
        byUnit,
        hasReports,
        before.note(),
        Instant.now(clock));
  }

  /** The month's or year to date's IIP against the same months a year earlier, rounded. */
  private static BigDecimal iip(
      List<Fact> rows, BaseYearService.Loaded weights, YearMonth period, boolean cumulative) {
    return round(
        IipService.computeWith(rows, weights, period, Comparison.PREVIOUS_YEAR, cumulative)
            .result()
            .total());
  }

  private static BigDecimal round(BigDecimal v) {
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
