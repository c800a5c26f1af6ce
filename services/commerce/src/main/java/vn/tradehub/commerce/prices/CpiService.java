package vn.tradehub.commerce.prices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.commerce.config.CommerceConfig;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** The monthly CPI used to deflate current-price figures. One base for every month. */
@ApplicationScoped
public class CpiService {
  static final AggregateType<Cpi, CpiResponse> TYPE =
      AggregateType.of("Cpi", "CPI", Cpi.class, CpiResponse::of, c -> c.version)
          .changesCalled("REVISED");

  private final CommerceConfig config;
  private final Aggregates aggregates;
  private final Caller caller;
  private final Clock clock;

  public CpiService(CommerceConfig config, Aggregates aggregates, Caller caller, Clock clock) {
    this.config = config;
    this.aggregates = aggregates;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Sets the CPI of a month: creates it, or revises it under {@code conditions}. A request equal to
   * the stored index changes nothing (200, same version), so a client may retry.
   */
  @Transactional
  public Saved<CpiResponse> put(String periodText, Conditions conditions, CpiRequest request) {
    YearMonth period = Periods.parse("period", periodText);
    List<FieldError> errors = new ArrayList<>();
    if (Periods.isFuture(period, clock)) {
      errors.add(
          FieldError.of(
              "period",
              "is in the future; a month's CPI is known once the month has begun",
              period.toString()));
    }
    if (!config.cpiBase().equals(request.base())) {
      errors.add(
          FieldError.of(
              "base",
              "every CPI is stated against base " + config.cpiBase() + " = 100",
              request.base()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    String key = period.toString();
    BigDecimal value = request.indexValue().setScale(4);
    return aggregates.put(
        TYPE,
        key,
        conditions,
        aggregates.find(TYPE, key),
        () -> {
          Cpi c = new Cpi();
          c.period = key;
          return c;
        },
        c -> {
          c.base = request.base();
          c.indexValue = value;
        },
        this::touch);
  }

  /** Who recorded the index and when: only when it really changes (an equal PUT is a no-op). */
  private void touch(Cpi c) {
    c.recordedBy = caller.name();
    c.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  public CpiResponse get(String periodText) {
    return aggregates.get(TYPE, Periods.parse("period", periodText).toString());
  }

  public List<Revision> revisions(String periodText) {
    String key = Periods.parse("period", periodText).toString();
    return aggregates.revisions(TYPE, key, key);
  }

  /** The CPIs of from..to (both optional, inclusive) in month order, after {@code after}. */
  @Transactional
  public List<CpiResponse> page(String fromText, String toText, String after, int limit) {
    String from =
        fromText == null || fromText.isBlank()
            ? "0000-01"
            : Periods.parse("from", fromText).toString();
    String to =
        toText == null || toText.isBlank() ? "9999-12" : Periods.parse("to", toText).toString();
    // A cursor is a period we issued; anything else fails to parse and is answered 400.
    String start = after == null ? null : YearMonth.parse(after).toString();
    return Cpi.<Cpi>find(
            "period >= ?1 and period <= ?2 and (?3 is null or period > ?3) order by period",
            from,
            to,
            start)
        .page(0, limit)
        .stream()
        .map(CpiResponse::of)
        .toList();
  }

  /** The index of every month of the range that has one on the service's base. */
  @Transactional
  public Map<YearMonth, BigDecimal> indices(YearMonth from, YearMonth to) {
    Map<YearMonth, BigDecimal> out = new HashMap<>();
    for (Cpi c :
        Cpi.<Cpi>list(
            "period between ?1 and ?2 and base = ?3",
            from.toString(),
            to.toString(),
            config.cpiBase())) {
      out.put(YearMonth.parse(c.period), c.indexValue);
    }
    return out;
  }

  public String base() {
    return config.cpiBase();
  }
}
