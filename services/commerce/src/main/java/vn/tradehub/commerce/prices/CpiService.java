package vn.tradehub.commerce.prices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.tradehub.commerce.web.IfMatch;
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;

/** The monthly CPI used to deflate current-price figures. One base for every month. */
@ApplicationScoped
public class CpiService {
  static final String AGGREGATE = "Cpi";
  private final CommerceConfig config;
  private final Revisions revisions;
  private final Clock clock = Clock.systemUTC();

  public CpiService(CommerceConfig config, Revisions revisions) {
    this.config = config;
    this.revisions = revisions;
  }

  @Transactional
  public Saved<CpiResponse> put(
      String periodText, String ifMatch, @Valid @NotNull CpiRequest request, String by) {
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
    BigDecimal value = request.indexValue().setScale(4);
    Cpi cpi = Cpi.findById(period.toString());
    if (cpi == null) {
      IfMatch.requireAbsentOrStar(ifMatch, "CPI " + period);
      cpi = new Cpi();
      cpi.period = period.toString();
      cpi.base = request.base();
      cpi.indexValue = value;
      cpi.recordedBy = by;
      cpi.recordedAt = now();
      cpi.persistAndFlush();
      CpiResponse after = CpiResponse.of(cpi);
      revisions.record(AGGREGATE, cpi.period, cpi.version, "CREATED", by, null, after);
      return new Saved<>(after, Saved.Outcome.CREATED);
    }
    if (cpi.base.equals(request.base()) && cpi.indexValue.compareTo(value) == 0) {
      return new Saved<>(CpiResponse.of(cpi), Saved.Outcome.UNCHANGED);
    }
    Versions.requireMatch(ifMatch, cpi.version);
    CpiResponse before = CpiResponse.of(cpi);
    cpi.base = request.base();
    cpi.indexValue = value;
    cpi.recordedBy = by;
    cpi.recordedAt = now();
    cpi.persistAndFlush();
    CpiResponse after = CpiResponse.of(cpi);
    revisions.record(AGGREGATE, cpi.period, cpi.version, "REVISED", by, before, after);
    return new Saved<>(after, Saved.Outcome.REPLACED);
  }

  @Transactional
  public CpiResponse get(String periodText) {
    YearMonth period = Periods.parse("period", periodText);
    Cpi cpi = Cpi.findById(period.toString());
    if (cpi == null) throw Problems.notFound("CPI of", period);
    return CpiResponse.of(cpi);
  }

  @Transactional
  public List<Revision> revisions(String periodText) {
    return revisions.list(AGGREGATE, get(periodText).period());
  }

  /** Every CPI of the range, oldest first. */
  @Transactional
  public List<CpiResponse> list(String fromText, String toText) {
    String from =
        fromText == null || fromText.isBlank()
            ? "0000-01"
            : Periods.parse("from", fromText).toString();
    String to =
        toText == null || toText.isBlank() ? "9999-12" : Periods.parse("to", toText).toString();
    return Cpi.<Cpi>list("period between ?1 and ?2 order by period", from, to).stream()
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

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
