package vn.tradehub.commerce.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import vn.tradehub.commerce.web.IfMatch;
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;

/**
 * Files and revises the monthly retail reports of the districts. Each change keeps a revision,
 * publishes RetailReported or RetailRevised, and republishes the indicators of every month it
 * affects, all in one transaction.
 */
@ApplicationScoped
public class RetailReportService {
  static final String AGGREGATE = "RetailReport";
  private final ReferenceService reference;
  private final Revisions revisions;
  private final Outbox outbox;
  private final IndicatorService indicators;
  private final Clock clock = Clock.systemUTC();

  public RetailReportService(
      ReferenceService reference, Revisions revisions, Outbox outbox, IndicatorService indicators) {
    this.reference = reference;
    this.revisions = revisions;
    this.outbox = outbox;
    this.indicators = indicators;
  }

  /**
   * Creates the report of a district and month, or replaces it (If-Match required). A request equal
   * to the stored report changes nothing, so a client may retry a PUT safely.
   */
  @Transactional
  public Saved<RetailReportResponse> put(
      String districtCode,
      String periodText,
      String ifMatch,
      @Valid @jakarta.validation.constraints.NotNull RetailReportRequest request,
      String by) {
    YearMonth period = Periods.parse("period", periodText);
    validate(districtCode, period, request);
    List<RetailReportLine> lines =
        request.lines().stream()
            .map(l -> new RetailReportLine(l.category(), l.ownership(), l.valueVnd().setScale(0)))
            .toList();
    RetailReport report = RetailReport.byKey(districtCode, period.toString()).orElse(null);
    if (report == null) {
      IfMatch.requireAbsentOrStar(ifMatch, "Retail report " + districtCode + "/" + period);
      report = new RetailReport();
      report.districtCode = districtCode;
      report.period = period.toString();
      report.status = request.status();
      report.lines.addAll(lines);
      report.recordedBy = by;
      report.recordedAt = now();
      report.persistAndFlush();
      RetailReportResponse after = RetailReportResponse.of(report);
      revisions.record(AGGREGATE, report.key(), report.version, "CREATED", by, null, after);
      outbox.publish(
          Topics.COMMERCE_RETAIL, districtCode, report.key(), RetailEvents.reported(report));
      indicators.publishAffected(period);
      return new Saved<>(after, Saved.Outcome.CREATED);
    }
    if (report.status == request.status() && sameLines(report.lines, lines)) {
      return new Saved<>(RetailReportResponse.of(report), Saved.Outcome.UNCHANGED);
    }
    Versions.requireMatch(ifMatch, report.version);
    RetailReportResponse before = RetailReportResponse.of(report);
    FigureStatus previousStatus = report.status;
    BigDecimal previousTotal = report.total();
    report.status = request.status();
    report.lines.clear();
    report.lines.addAll(lines);
    report.recordedBy = by;
    report.recordedAt = now();
    report.persistAndFlush();
    RetailReportResponse after = RetailReportResponse.of(report);
    revisions.record(AGGREGATE, report.key(), report.version, "REVISED", by, before, after);
    outbox.publish(
        Topics.COMMERCE_RETAIL,
        districtCode,
        report.key(),
        RetailEvents.revised(report, previousTotal, previousStatus));
    indicators.publishAffected(period);
    return new Saved<>(after, Saved.Outcome.REPLACED);
  }

  @Transactional
  public RetailReportResponse get(String districtCode, String periodText) {
    return RetailReportResponse.of(find(districtCode, periodText));
  }

  @Transactional
  public List<Revision> revisions(String districtCode, String periodText) {
    RetailReport r = find(districtCode, periodText);
    return revisions.list(AGGREGATE, r.key());
  }

  /** Reports ordered by (period, district), a page at a time after the cursor. */
  @Transactional
  public ReportPage list(String district, String fromText, String toText, int limit, String after) {
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
    if (after != null && !after.isBlank()) {
      String[] cursor = vn.tradehub.platform.web.Cursors.decode(after, 2);
      q.append(" and (period > :ap or (period = :ap and districtCode > :ad))");
      params.put("ap", cursor[0]);
      params.put("ad", cursor[1]);
    }
    // range() is inclusive: one row more than the page tells whether there is a next page.
    List<RetailReport> rows =
        RetailReport.<RetailReport>find(q + " order by period, districtCode", params)
            .range(0, limit)
            .list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      RetailReport last = rows.get(limit - 1);
      next = vn.tradehub.platform.web.Cursors.encode(last.period, last.districtCode);
    }
    return new ReportPage(rows.stream().map(RetailReportResponse::of).toList(), next);
  }

  public record ReportPage(List<RetailReportResponse> items, String nextCursor) {}

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

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
