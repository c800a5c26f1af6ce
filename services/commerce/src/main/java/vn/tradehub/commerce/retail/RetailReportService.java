package vn.tradehub.commerce.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.tradehub.commerce.geo.Territories;
import vn.tradehub.commerce.reference.ReferenceKind;
import vn.tradehub.commerce.reference.ReferenceService;
import vn.tradehub.commerce.sales.IndicatorService;
import vn.tradehub.contracts.Topics;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.UnitCheck;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Files and revises the monthly retail reports of the units: districts until 2025-06, communes from
 * 2025-07, each checked against the units of its own month. Each change keeps a revision, publishes
 * RetailReported or RetailRevised, and republishes the indicators of every month it affects, all in
 * one transaction.
 */
@ApplicationScoped
public class RetailReportService {
  static final AggregateType<RetailReport, RetailReportResponse> TYPE =
      AggregateType.of(
              "RetailReport",
              "Retail report",
              RetailReport.class,
              RetailReportResponse::of,
              r -> r.version)
          .changesCalled("REVISED");

  /** Reports written per statement when filing in bulk. */
  private static final int CHUNK = 1000;

  private final ReferenceService reference;
  private final Territories territories;
  private final Aggregates aggregates;
  private final Revisions revisions;
  private final Outbox outbox;
  private final IndicatorService indicators;
  private final Jdbc jdbc;
  private final EntityManager em;
  private final Caller caller;
  private final Clock clock;

  public RetailReportService(
      ReferenceService reference,
      Territories territories,
      Aggregates aggregates,
      Revisions revisions,
      Outbox outbox,
      IndicatorService indicators,
      Jdbc jdbc,
      EntityManager em,
      Caller caller,
      Clock clock) {
    this.reference = reference;
    this.territories = territories;
    this.aggregates = aggregates;
    this.revisions = revisions;
    this.outbox = outbox;
    this.indicators = indicators;
    this.jdbc = jdbc;
    this.em = em;
    this.caller = caller;
    this.clock = clock;
  }

  /** One report to file with {@link #fileAll}. */
  public record Filing(String unitCode, YearMonth period, RetailReportRequest request) {}

  /**
   * Creates the report of a unit and month, or replaces it under {@code conditions}. A request
   * equal to the stored report (lines in any order) changes nothing, so a client may retry a PUT.
   */
  @Transactional
  public Saved<RetailReportResponse> put(
      String unitCode, String periodText, Conditions conditions, RetailReportRequest request) {
    YearMonth period = Periods.parse("period", periodText);
    List<FieldError> errors = new ArrayList<>();
    validate("", unitCode, period, request, lists(), errors);
    if (!errors.isEmpty()) throw Problems.validation(errors);
    List<RetailReportLine> lines = lines(request);
    String key = unitCode + "/" + period;
    RetailReport existing = RetailReport.byKey(unitCode, period.toString()).orElse(null);
    FigureStatus previousStatus = existing == null ? null : existing.status;
    BigDecimal previousTotal = existing == null ? null : existing.total();
    RetailReport[] report = {existing};
    Saved<RetailReportResponse> saved =
        aggregates.put(
            TYPE,
            key,
            conditions,
            existing,
            () -> {
              report[0] = new RetailReport();
              report[0].unitCode = unitCode;
              report[0].period = period.toString();
              return report[0];
            },
            r -> apply(r, request.status(), lines),
            this::touch);
    if (saved.outcome() == Saved.Outcome.UNCHANGED) return saved; // no event, no figures change
    Object event =
        saved.isCreated()
            ? RetailEvents.reported(report[0])
            : RetailEvents.revised(report[0], previousTotal, previousStatus);
    outbox.publish(Topics.COMMERCE_RETAIL, unitCode, key, event);
    indicators.publishAffected(List.of(period));
    return saved;
  }

  /**
   * Files many new reports at once, as {@link #put} would create them one by one (the same rules, a
   * revision and a RetailReported event each), with the indicators of every affected (territory,
   * month) published once at the end: the path of bulk loads such as the demo. Reports that exist
   * already are refused (409): this never replaces anything.
   *
   * @return the number of reports filed
   */
  @Transactional
  public int fileAll(List<Filing> filings) {
    if (filings.isEmpty()) return 0;
    Lists lists = lists();
    List<FieldError> errors = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < filings.size(); i++) {
      Filing f = filings.get(i);
      String at = "filings[" + i + "].";
      validate(at, f.unitCode(), f.period(), f.request(), lists, errors);
      if (!keys.add(f.unitCode() + "/" + f.period()))
        errors.add(FieldError.of(at + "unitCode", "filed twice in this batch", f.unitCode()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    em.flush();
    List<String> existing =
        jdbc.query(
            "select unit_code || '/' || period from retail_report"
                + " where unit_code || '/' || period = any(?)",
            rs -> rs.getString(1),
            (Object) keys.toArray(String[]::new));
    if (!existing.isEmpty()) {
      throw Problems.conflict(
          existing.size()
              + " of these reports exist already (e.g. "
              + new TreeSet<>(existing).first()
              + "); a bulk filing only creates",
          null);
    }
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String by = caller.name();
    List<Revisions.Entry> revs = new ArrayList<>(filings.size());
    List<Outbox.Message> events = new ArrayList<>(filings.size());
    Set<YearMonth> months = new TreeSet<>();
    for (int from = 0; from < filings.size(); from += CHUNK) {
      List<Filing> chunk = filings.subList(from, Math.min(filings.size(), from + CHUNK));
      for (RetailReport r : insert(chunk, at, by)) {
        RetailReportResponse view = RetailReportResponse.of(r);
        revs.add(new Revisions.Entry(TYPE.name(), r.key(), 0, "CREATED", by, null, view));
        events.add(
            new Outbox.Message(
                Topics.COMMERCE_RETAIL, r.unitCode, r.key(), RetailEvents.reported(r)));
        months.add(YearMonth.parse(r.period));
      }
    }
    revisions.recordAll(revs);
    outbox.publishAll(events);
    indicators.publishAffected(months);
    return filings.size();
  }

  /** Writes the reports and their lines set-wise; answers them as entities (never attached). */
  private List<RetailReport> insert(List<Filing> chunk, OffsetDateTime at, String by) {
    int n = chunk.size();
    String[] units = new String[n];
    String[] periods = new String[n];
    String[] statuses = new String[n];
    for (int i = 0; i < n; i++) {
      units[i] = chunk.get(i).unitCode();
      periods[i] = chunk.get(i).period().toString();
      statuses[i] = chunk.get(i).request().status().name();
    }
    Map<String, Long> ids = new HashMap<>();
    jdbc.query(
            "insert into retail_report (unit_code, period, status, recorded_by, recorded_at,"
                + " version) select u, p, s, ?, ?, 0 from unnest(?::text[], ?::text[], ?::text[])"
                + " as t(u, p, s) returning id, unit_code || '/' || period",
            rs -> Map.entry(rs.getString(2), rs.getLong(1)),
            by,
            at,
            units,
            periods,
            statuses)
        .forEach(e -> ids.put(e.getKey(), e.getValue()));
    List<String> reportIds = new ArrayList<>();
    List<String> lineNos = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<String> ownerships = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<RetailReport> out = new ArrayList<>(n);
    for (Filing f : chunk) {
      RetailReport r = new RetailReport();
      r.unitCode = f.unitCode();
      r.period = f.period().toString();
      r.id = Objects.requireNonNull(ids.get(r.key()), r.key());
      r.status = f.request().status();
      r.recordedBy = by;
      r.recordedAt = at;
      r.version = 0;
      r.lines.addAll(lines(f.request()));
      for (int i = 0; i < r.lines.size(); i++) {
        RetailReportLine l = r.lines.get(i);
        reportIds.add(r.id.toString());
        lineNos.add(Integer.toString(i));
        categories.add(l.category);
        ownerships.add(l.ownership);
        values.add(l.valueVnd.toPlainString());
      }
      out.add(r);
    }
    jdbc.update(
        "insert into retail_report_line (report_id, line_no, category_code, ownership_code,"
            + " value_vnd) select r::bigint, n::int, c, o, v::numeric"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as t(r, n, c, o, v)",
        reportIds.toArray(String[]::new),
        lineNos.toArray(String[]::new),
        categories.toArray(String[]::new),
        ownerships.toArray(String[]::new),
        values.toArray(String[]::new));
    return out;
  }

  private static List<RetailReportLine> lines(RetailReportRequest request) {
    return request.lines().stream()
        .map(l -> new RetailReportLine(l.category(), l.ownership(), l.valueVnd().setScale(0)))
        .toList();
  }

  /** Status and lines as sent, unless they are already so (lines in another order included). */
  private static void apply(RetailReport r, FigureStatus status, List<RetailReportLine> lines) {
    if (r.status == status && sameLines(r.lines, lines)) return;
    r.status = status;
    r.lines.clear();
    r.lines.addAll(lines);
  }

  /** Who recorded the report and when: only when it really changes. */
  private void touch(RetailReport r) {
    r.recordedBy = caller.name();
    r.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Transactional
  public RetailReportResponse get(String unitCode, String periodText) {
    return RetailReportResponse.of(find(unitCode, periodText));
  }

  @Transactional
  public List<Revision> revisions(String unitCode, String periodText) {
    RetailReport r = find(unitCode, periodText);
    return aggregates.revisions(TYPE, r.id, r.key());
  }

  /**
   * Reports of the filter (each part optional) ordered by (period, unit), after the key {@code
   * after} (null for the first page).
   */
  @Transactional
  public List<RetailReportResponse> page(
      String unit, YearMonth from, YearMonth to, String[] after, int limit) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (unit != null && !unit.isBlank()) {
      q.append(" and unitCode = :unit");
      params.put("unit", unit);
    }
    if (from != null) {
      q.append(" and period >= :from");
      params.put("from", from.toString());
    }
    if (to != null) {
      q.append(" and period <= :to");
      params.put("to", to.toString());
    }
    if (after != null) {
      q.append(" and (period > :ap or (period = :ap and unitCode > :au))");
      // A cursor holds a period we issued; anything else fails to parse and is answered 400.
      params.put("ap", YearMonth.parse(after[0]).toString());
      params.put("au", after[1]);
    }
    return RetailReport.<RetailReport>find(q + " order by period, unitCode", params)
        .page(0, limit)
        .stream()
        .map(RetailReportResponse::of)
        .toList();
  }

  private RetailReport find(String unitCode, String periodText) {
    YearMonth period = Periods.parse("period", periodText);
    return RetailReport.byKey(unitCode, period.toString())
        .orElseThrow(() -> Problems.notFound("Retail report", unitCode + "/" + period));
  }

  /** The code lists a report's lines are checked against, read once per request. */
  private record Lists(Set<String> categories, Set<String> sectors) {}

  private Lists lists() {
    return new Lists(
        reference.codes(ReferenceKind.RETAIL_CATEGORY),
        reference.codes(ReferenceKind.OWNERSHIP_SECTOR));
  }

  /**
   * The domain rules, each failing field added to {@code errors} (prefixed with {@code at}). The
   * unit must be one that reports in the month, on its first and last day: a district until 2025-06
   * (a commune then is refused, naming its district), a commune from 2025-07 (a district then is
   * refused, naming the communes that took its land).
   */
  private void validate(
      String at,
      String unitCode,
      YearMonth period,
      RetailReportRequest request,
      Lists lists,
      List<FieldError> errors) {
    LocalDate day = period.atDay(1);
    Level level = territories.reportLevel(day);
    UnitCheck check = territories.geography().check(unitCode, level, day);
    String problem = check.problem();
    if (check.valid() && !check.unit().validOn(period.atEndOfMonth())) {
      // A unit that ends within the month (a release that is not on the 1st): refused as well.
      problem = territories.geography().check(unitCode, level, period.atEndOfMonth()).problem();
    }
    if (problem != null) {
      errors.add(
          FieldError.of(
              at + "unitCode",
              "a report for "
                  + period
                  + " is by "
                  + level.word()
                  + (level == Level.COMMUNE ? " (xã, phường)" : "")
                  + ": "
                  + problem,
              unitCode));
    }
    if (Periods.isFuture(period, clock)) {
      errors.add(
          FieldError.of(
              at + "period",
              "is in the future; a month is reported once it has begun (Vietnam time)",
              period.toString()));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < request.lines().size(); i++) {
      RetailReportRequest.Line line = request.lines().get(i);
      String field = at + "lines[" + i + "]";
      known(field + ".category", line.category(), "retail category", lists.categories(), errors);
      known(field + ".ownership", line.ownership(), "ownership sector", lists.sectors(), errors);
      String key = line.category() + "/" + line.ownership();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        errors.add(
            FieldError.of(
                field,
                "duplicates " + at + "lines[" + first + "]: one line per (category, ownership)",
                key));
      }
    }
  }

  /** A line's code must be one of its list: else the error names the list's codes in order. */
  private static void known(
      String field, String code, String list, Set<String> codes, List<FieldError> errors) {
    if (!codes.contains(code)) {
      errors.add(
          FieldError.of(
              field, "unknown " + list + "; one of " + codes.stream().sorted().toList(), code));
    }
  }

  private static boolean sameLines(List<RetailReportLine> a, List<RetailReportLine> b) {
    if (a.size() != b.size()) return false;
    Map<String, BigDecimal> byKey = new HashMap<>();
    for (RetailReportLine l : a) byKey.put(l.category + "/" + l.ownership, l.valueVnd);
    for (RetailReportLine l : b) {
      BigDecimal v = byKey.get(l.category + "/" + l.ownership);
      if (v == null || v.compareTo(l.valueVnd) != 0) return false;
    }
    return Objects.equals(byKey.size(), b.size());
  }
}
