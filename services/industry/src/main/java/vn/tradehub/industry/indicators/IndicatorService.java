package vn.tradehub.industry.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.iip.Comparison;
import vn.tradehub.industry.iip.IipService;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;

/**
 * The province's monthly indicators, published as {@code IndustryIndicatorsComputed} on {@code
 * industry.indicators.v1} (key = period) for every month a change affects.
 */
@ApplicationScoped
public class IndicatorService {
  /** Serialises recomputations, so the last event of a period always reflects every commit. */
  private static final long LOCK = 0x1d_c0_17_0001L;

  private final ProductionFacts facts;
  private final BaseYearService baseYears;
  private final Outbox outbox;
  private final Jdbc jdbc;
  private final Clock clock;

  public IndicatorService(
      ProductionFacts facts, BaseYearService baseYears, Outbox outbox, Jdbc jdbc, Clock clock) {
    this.facts = facts;
    this.baseYears = baseYears;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.clock = clock;
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
   * Recomputes and publishes the candidates that have reports and are not in the future, in the
   * caller's transaction (the events commit with the change that caused them).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<YearMonth> recompute(Collection<YearMonth> candidates) {
    if (candidates.isEmpty()) return List.of();
    // Waits for concurrent recomputations; later statements then see what they committed.
    jdbc.one("select pg_advisory_xact_lock(?)", r -> null, LOCK);
    Set<YearMonth> withData =
        new TreeSet<>(
            facts.periodsWithData(candidates.stream().min(YearMonth::compareTo).orElseThrow()));
    List<YearMonth> todo =
        candidates.stream()
            .filter(withData::contains)
            .filter(p -> !Periods.isFuture(p, clock))
            .sorted()
            .toList();
    for (YearMonth p : todo) {
      outbox.publish(Topics.INDUSTRY_INDICATORS, p.toString(), p.toString(), compute(p));
    }
    return todo;
  }

  /** Recomputes every month with reports from {@code from} on (all when null). */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<YearMonth> recomputeFrom(YearMonth from) {
    return recompute(facts.periodsWithData(from));
  }

  /** The indicators of one month as they stand now. */
  @Transactional
  public IndustryIndicatorsComputed compute(YearMonth period) {
    YearMonth jan = YearMonth.of(period.getYear(), 1);
    List<Fact> rows = facts.byProduct(jan.minusYears(1), period);
    Optional<BaseYearService.Loaded> weights = baseYears.load(period.getYear(), null);
    BigDecimal iipMonth = null;
    BigDecimal iipYtd = null;
    if (weights.isPresent()) {
      iipMonth =
          round(
              IipService.computeWith(rows, weights.get(), period, Comparison.PREVIOUS_YEAR, false)
                  .result()
                  .total());
      iipYtd =
          round(
              IipService.computeWith(rows, weights.get(), period, Comparison.PREVIOUS_YEAR, true)
                  .result()
                  .total());
    }
    BigDecimal month = orZero(ProductionFacts.valueCurrent(rows, period, period));
    BigDecimal monthPrev =
        ProductionFacts.valueCurrent(rows, period.minusYears(1), period.minusYears(1));
    BigDecimal ytd = orZero(ProductionFacts.valueCurrent(rows, jan, period));
    BigDecimal ytdPrev =
        ProductionFacts.valueCurrent(rows, jan.minusYears(1), period.minusYears(1));
    Electrification.Counts villages = Electrification.counts(jdbc, period.atEndOfMonth());
    FigureStatus status = FigureStatus.weakest(rows.stream().map(Fact::weakest).toList());
    return new IndustryIndicatorsComputed(
        period.toString(),
        weights.map(w -> w.weights().baseYear()).orElse(null),
        iipMonth,
        iipYtd,
        month,
        monthPrev,
        Growth.percent(month, monthPrev),
        ytd,
        ytdPrev,
        Growth.percent(ytd, ytdPrev),
        villages.border(),
        villages.electrified(),
        villages.sharePct(),
        status == null ? FigureStatus.ESTIMATED.name() : status.name(),
        Instant.now(clock));
  }

  /** The latest month with reports, if any (not in the future). */
  @Transactional
  public Optional<YearMonth> latestPeriod() {
    List<YearMonth> all = facts.periodsWithData(null);
    return all.stream().filter(p -> !Periods.isFuture(p, clock)).reduce((a, b) -> b);
  }

  @Transactional
  public boolean hasData(YearMonth period) {
    return facts.periodsWithData(period).contains(period);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static BigDecimal round(BigDecimal v) {
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
