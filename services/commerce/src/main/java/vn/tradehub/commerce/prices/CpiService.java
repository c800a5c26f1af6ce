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
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
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
  private final Revisions revisions;
  private final Jdbc jdbc;
  private final Caller caller;
  private final Clock clock;

  public CpiService(
      CommerceConfig config,
      Aggregates aggregates,
      Revisions revisions,
      Jdbc jdbc,
      Caller caller,
      Clock clock) {
    this.config = config;
    this.aggregates = aggregates;
    this.revisions = revisions;
    this.jdbc = jdbc;
    this.caller = caller;
    this.clock = clock;
  }

  /** A month's index to create with {@link #createAll}. */
  public record Entry(YearMonth period, CpiRequest request) {}

  /**
   * Creates many months' CPI at once, by the rules of {@link #put}, each with its revision: the
   * path of bulk loads such as the demo. A month that has a CPI already is refused (409).
   *
   * @return the number of months created
   */
  @Transactional
  public int createAll(List<Entry> entries) {
    if (entries.isEmpty()) return 0;
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      errors.addAll(
          rules("entries[" + i + "].", entries.get(i).period(), entries.get(i).request()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    String[] periods = entries.stream().map(e -> e.period().toString()).toArray(String[]::new);
    String[] values =
        entries.stream()
            .map(e -> e.request().indexValue().setScale(4).toPlainString())
            .toArray(String[]::new);
    Integer held =
        jdbc.one(
            "select count(*) from cpi where period = any(?)", rs -> rs.getInt(1), (Object) periods);
    if (held != null && held > 0)
      throw Problems.conflict(held + " of these months have a CPI already", null);
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String by = caller.name();
    jdbc.update(
        "insert into cpi (period, base, index_value, recorded_by, recorded_at, version)"
            + " select p, ?, v::numeric, ?, ?, 0 from unnest(?::text[], ?::text[]) as t(p, v)",
        config.cpiBase(),
        by,
        at,
        periods,
        values);
    List<Revisions.Entry> revs = new ArrayList<>(entries.size());
    for (int i = 0; i < periods.length; i++) {
      Cpi c = new Cpi();
      c.period = periods[i];
      c.base = config.cpiBase();
      c.indexValue = new BigDecimal(values[i]);
      c.recordedBy = by;
      c.recordedAt = at;
      revs.add(
          new Revisions.Entry(TYPE.name(), c.period, 0, "CREATED", by, null, CpiResponse.of(c)));
    }
    revisions.recordAll(revs);
    return entries.size();
  }

  /** The rules of a month's index, each failing field named with {@code at} before it. */
  private List<FieldError> rules(String at, YearMonth period, CpiRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (Periods.isFuture(period, clock)) {
      errors.add(
          FieldError.of(
              at + "period",
              "is in the future; a month's CPI is known once the month has begun",
              period.toString()));
    }
    if (!config.cpiBase().equals(request.base())) {
      errors.add(
          FieldError.of(
              at + "base",
              "every CPI is stated against base " + config.cpiBase() + " = 100",
              request.base()));
    }
    return errors;
  }

  /**
   * Sets the CPI of a month: creates it, or revises it under {@code conditions}. A request equal to
   * the stored index changes nothing (200, same version), so a client may retry.
   */
  @Transactional
  public Saved<CpiResponse> put(String periodText, Conditions conditions, CpiRequest request) {
    YearMonth period = Periods.parse("period", periodText);
    List<FieldError> errors = rules("", period, request);
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
  public List<CpiResponse> page(YearMonth first, YearMonth last, String after, int limit) {
    String from = first == null ? "0000-01" : first.toString();
    String to = last == null ? "9999-12" : last.toString();
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
