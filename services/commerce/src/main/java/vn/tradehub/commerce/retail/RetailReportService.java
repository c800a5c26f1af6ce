package vn.tradehub.commerce.retail;

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
import java.util.Objects;
import java.util.Set;
import vn.tradehub.commerce.reference.ReferenceKind;
import vn.tradehub.commerce.reference.ReferenceService;
import vn.tradehub.commerce.sales.IndicatorService;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Files and revises the monthly retail reports of the districts. Each change keeps a revision,
 * publishes RetailReported or RetailRevised, and republishes the indicators of every month it
 * affects, all in one transaction.
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

  private final ReferenceService reference;
  private final Aggregates aggregates;
  private final Outbox outbox;
  private final IndicatorService indicators;
  private final Caller caller;
  private final Clock clock;

  public RetailReportService(
      ReferenceService reference,
      Aggregates aggregates,
      Outbox outbox,
      IndicatorService indicators,
      Caller caller,
      Clock clock) {
    this.reference = reference;
    this.aggregates = aggregates;
    this.outbox = outbox;
    this.indicators = indicators;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Creates the report of a district and month, or replaces it under {@code conditions}. A request
   * equal to the stored report (lines in any order) changes nothing, so a client may retry a PUT.
   */
  @Transactional
  public Saved<RetailReportResponse> put(
      String districtCode, String periodText, Conditions conditions, RetailReportRequest request) {
    YearMonth period = Periods.parse("period", periodText);
    validate(districtCode, period, request);
    List<RetailReportLine> lines =
        request.lines().stream()
            .map(l -> new RetailReportLine(l.category(), l.ownership(), l.valueVnd().setScale(0)))
            .toList();
    String key = districtCode + "/" + period;
    RetailReport existing = RetailReport.byKey(districtCode, period.toString()).orElse(null);
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
              report[0].districtCode = districtCode;
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
    outbox.publish(Topics.COMMERCE_RETAIL, districtCode, key, event);
    indicators.publishAffected(period);
    return saved;
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
  public RetailReportResponse get(String districtCode, String periodText) {
    return RetailReportResponse.of(find(districtCode, periodText));
  }

  @Transactional
  public List<Revision> revisions(String districtCode, String periodText) {
    RetailReport r = find(districtCode, periodText);
    return aggregates.revisions(TYPE, r.id, r.key());
  }

  /**
   * Reports of the filter ordered by (period, district), after the key {@code after} (null for the
   * first page).
   */
  @Transactional
  public List<RetailReportResponse> page(
      String district, String fromText, String toText, String[] after, int limit) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (district != null && !district.isBlank()) {
      q.append(" and districtCode = :district");
      params.put("district", district);
    }
    if (fromText != null && !fromText.isBlank()) {
      q.append(" and period >= :from");
      params.put("from", Periods.parse("from", fromText).toString());
    }
    if (toText != null && !toText.isBlank()) {
      q.append(" and period <= :to");
      params.put("to", Periods.parse("to", toText).toString());
    }
    if (after != null) {
      q.append(" and (period > :ap or (period = :ap and districtCode > :ad))");
      // A cursor holds a period we issued; anything else fails to parse and is answered 400.
      params.put("ap", YearMonth.parse(after[0]).toString());
      params.put("ad", after[1]);
    }
    return RetailReport.<RetailReport>find(q + " order by period, districtCode", params)
        .page(0, limit)
        .stream()
        .map(RetailReportResponse::of)
        .toList();
  }

  private RetailReport find(String districtCode, String periodText) {
    YearMonth period = Periods.parse("period", periodText);
    return RetailReport.byKey(districtCode, period.toString())
        .orElseThrow(() -> Problems.notFound("Retail report", districtCode + "/" + period));
  }

  /** The domain rules; every failing field is reported at once. */
  private void validate(String districtCode, YearMonth period, RetailReportRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (!reference.exists(ReferenceKind.DISTRICT, districtCode)) {
      errors.add(
          FieldError.of(
              "districtCode",
              "unknown district; see GET /api/v1/commerce/districts",
              districtCode));
    }
    if (Periods.isFuture(period, clock)) {
      errors.add(
          FieldError.of(
              "period",
              "is in the future; a month is reported once it has begun (Vietnam time)",
              period.toString()));
    }
    Set<String> categories = reference.codes(ReferenceKind.RETAIL_CATEGORY);
    Set<String> sectors = reference.codes(ReferenceKind.OWNERSHIP_SECTOR);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < request.lines().size(); i++) {
      RetailReportRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "]";
      if (!categories.contains(line.category())) {
        errors.add(
            FieldError.of(
                at + ".category",
                "unknown retail category; one of " + sorted(categories),
                line.category()));
      }
      if (!sectors.contains(line.ownership())) {
        errors.add(
            FieldError.of(
                at + ".ownership",
                "unknown ownership sector; one of " + sorted(sectors),
                line.ownership()));
      }
      String key = line.category() + "/" + line.ownership();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        errors.add(
            FieldError.of(
                at, "duplicates lines[" + first + "]: one line per (category, ownership)", key));
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
  }

  private static List<String> sorted(Set<String> codes) {
    return codes.stream().sorted().toList();
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
