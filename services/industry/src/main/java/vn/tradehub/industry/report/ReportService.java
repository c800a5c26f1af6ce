package vn.tradehub.industry.report;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.industry.ProductionLine;
import vn.tradehub.contracts.industry.ProductionReported;
import vn.tradehub.contracts.industry.ProductionRevised;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.enterprise.Enterprise;
import vn.tradehub.industry.enterprise.TaxCodes;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.product.Product;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Monthly production reports: validation, placement in the enterprise's unit of the month,
 * create-or-replace with optimistic concurrency, the revision history, the production events, and
 * the recomputation of the indicators they affect.
 */
@ApplicationScoped
public class ReportService {
  private final AggregateType<ProductionReport, ReportResponse> type;
  private final Aggregates aggregates;
  private final Outbox outbox;
  private final Revisions revisions;
  private final IndicatorService indicators;
  private final Territories territories;
  private final Jdbc jdbc;
  private final Clock clock;

  public ReportService(
      Aggregates aggregates,
      Outbox outbox,
      Revisions revisions,
      IndicatorService indicators,
      Territories territories,
      Jdbc jdbc,
      Clock clock) {
    this.aggregates = aggregates;
    this.outbox = outbox;
    this.revisions = revisions;
    this.indicators = indicators;
    this.territories = territories;
    this.jdbc = jdbc;
    this.clock = clock;
    this.type =
        AggregateType.of(
                "ProductionReport",
                "Production report",
                ProductionReport.class,
                r -> view(r, List.of()),
                r -> r.version)
            .changesCalled("REVISED");
  }

  /** One report to file, for batch loads. */
  public record Filing(String taxCode, String period, ReportRequest request) {}

  /** Files or replaces one report and republishes the indicators of every month it affects. */
  @Transactional
  public Saved<ReportResponse> put(
      String taxCode, String period, Conditions conditions, @Valid ReportRequest request) {
    Stored stored = store(taxCode, period, conditions, request);
    if (stored.changed())
      indicators.recompute(IndicatorService.affectedBy(YearMonth.parse(period)));
    return stored.saved();
  }

  /**
   * Files many new reports at once (the demo data), set-based: the same validation and placement as
   * {@link #put}, a CREATED revision and a {@code ProductionReported} event each, written in a few
   * statements. Reports that exist already are left as they are. The indicators are not recomputed
   * here: the caller recomputes the returned months once, after its last batch.
   *
   * @return the months whose indicators the new reports affect
   */
  @Transactional
  public Set<YearMonth> fileNew(List<Filing> filings) {
    Set<YearMonth> affected = new TreeSet<>();
    if (filings.isEmpty()) return affected;
    Map<String, Enterprise> enterprises =
        Enterprise.<Enterprise>list(
                "taxCode in ?1", filings.stream().map(Filing::taxCode).distinct().toList())
            .stream()
            .collect(Collectors.toMap(e -> e.taxCode, Function.identity()));
    Map<String, Product> products =
        Product.<Product>listAll().stream()
            .collect(Collectors.toMap(p -> p.code, Function.identity()));
    List<FieldError> errors = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (int i = 0; i < filings.size(); i++) {
      Filing f = filings.get(i);
      List<FieldError> own = new ArrayList<>();
      Checked c = check(f.taxCode(), f.period(), f.request(), enterprises::get, products::get, own);
      for (FieldError e : own)
        errors.add(
            FieldError.of("filings[" + i + "]." + e.field(), e.message(), e.rejectedValue()));
      units.add(c == null ? null : c.unitCode());
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);

    OffsetDateTime now = OffsetDateTime.now(clock);
    int n = filings.size();
    String[] tax = new String[n];
    String[] period = new String[n];
    String[] status = new String[n];
    String[] unit = new String[n];
    for (int i = 0; i < n; i++) {
      tax[i] = filings.get(i).taxCode();
      period[i] = filings.get(i).period();
      status[i] = filings.get(i).request().status().name();
      unit[i] = units.get(i);
    }
    Map<String, Long> ids = new HashMap<>();
    jdbc.query(
        "insert into production_report (tax_code, period, status, version, created_at,"
            + " updated_at, unit_code)"
            + " select t, p, s, 0, ?, ?, u from unnest(?::text[], ?::text[], ?::text[],"
            + " ?::text[]) as x(t, p, s, u)"
            + " on conflict (tax_code, period) do nothing returning id, tax_code, period",
        r -> ids.put(r.getString(2) + "/" + r.getString(3), r.getLong(1)),
        now,
        now,
        tax,
        period,
        status,
        unit);
    List<String> reportId = new ArrayList<>();
    List<String> lineNo = new ArrayList<>();
    List<String> product = new ArrayList<>();
    List<String> quantity = new ArrayList<>();
    List<String> current = new ArrayList<>();
    List<String> constant = new ArrayList<>();
    List<Revisions.Entry> created = new ArrayList<>();
    List<Outbox.Message> events = new ArrayList<>();
    String author = author();
    for (int i = 0; i < n; i++) {
      Filing f = filings.get(i);
      String key = f.taxCode() + "/" + f.period();
      Long id = ids.get(key);
      if (id == null) continue; // filed before: left as it is
      List<ReportRequest.Line> lines = f.request().lines();
      for (int k = 0; k < lines.size(); k++) {
        ReportRequest.Line l = lines.get(k);
        reportId.add(id.toString());
        lineNo.add(Integer.toString(k));
        product.add(l.productCode());
        quantity.add(l.quantity().toPlainString());
        current.add(l.outputValueCurrentVnd().toPlainString());
        constant.add(l.outputValueConstantVnd().toPlainString());
      }
      ReportResponse view = view(f, units.get(i), products, now);
      created.add(new Revisions.Entry(type.name(), key, 0, "CREATED", author, null, view));
      events.add(
          new Outbox.Message(Topics.INDUSTRY_PRODUCTION, f.taxCode(), key, reported(view, now)));
      affected.addAll(IndicatorService.affectedBy(YearMonth.parse(f.period())));
    }
    if (!reportId.isEmpty()) {
      jdbc.update(
          "insert into production_line (report_id, line_no, product_code, quantity,"
              + " output_value_current, output_value_constant)"
              + " select * from unnest(?::bigint[], ?::int[], ?::text[], ?::numeric[],"
              + " ?::numeric[], ?::numeric[])",
          reportId.toArray(String[]::new),
          lineNo.toArray(String[]::new),
          product.toArray(String[]::new),
          quantity.toArray(String[]::new),
          current.toArray(String[]::new),
          constant.toArray(String[]::new));
    }
    revisions.recordAll(created);
    outbox.publishAll(events);
    return affected;
  }

  @Transactional
  public ReportResponse get(String taxCode, String period) {
    return view(find(taxCode, period), List.of());
  }

  @Transactional
  public List<Revision> revisions(String taxCode, String period) {
    find(taxCode, period);
    return aggregates.history(type, taxCode + "/" + period);
  }

  /** Reports by (period, tax code), optionally of one period or one enterprise. */
  @Transactional
  public List<ReportResponse> page(String period, String taxCode, String[] after, int limit) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    if (period != null) {
      q.append(" and period = :period");
      params.put("period", period);
    }
    if (taxCode != null) {
      q.append(" and taxCode = :taxCode");
      params.put("taxCode", taxCode);
    }
    if (after != null) {
      q.append(" and (period > :ap or (period = :ap and taxCode > :at))");
      params.put("ap", after[0]);
      params.put("at", after[1]);
    }
    return ProductionReport.<ProductionReport>find(q + " order by period, taxCode", params)
        .page(0, limit)
        .stream()
        .map(r -> view(r, List.of()))
        .toList();
  }

  /**
   * Places an enterprise's reports anew after its location history changed: each in the unit of its
   * month under the new history. Refused (422) when a month with a report would have no location.
   *
   * @return the months whose indicators the moves affect
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<YearMonth> replace(String taxCode, List<Location> history) {
    record Row(long id, YearMonth period, String unit) {}
    List<Row> rows =
        jdbc.query(
            "select id, period, unit_code from production_report where tax_code = ?"
                + " order by period",
            r -> new Row(r.getLong(1), YearMonth.parse(r.getString(2)), r.getString(3)),
            taxCode);
    List<String> unplaced = new ArrayList<>();
    Set<YearMonth> affected = new TreeSet<>();
    List<Object[]> moves = new ArrayList<>();
    for (Row row : rows) {
      Optional<String> unit = Histories.inMonth(history, row.period());
      if (unit.isEmpty()) unplaced.add(row.period().toString());
      else if (!unit.get().equals(row.unit())) {
        moves.add(new Object[] {unit.get(), row.id()});
        affected.addAll(IndicatorService.affectedBy(row.period()));
      }
    }
    if (!unplaced.isEmpty()) {
      throw Problems.validation(
          "locations",
          "the enterprise has reports for "
              + String.join(", ", unplaced)
              + " and this history gives it no location in "
              + (unplaced.size() > 1 ? "those months" : "that month")
              + "; every month with a report needs one",
          null);
    }
    for (Object[] m : moves)
      jdbc.update("update production_report set unit_code = ? where id = ?", m[0], m[1]);
    return affected;
  }

  private record Stored(Saved<ReportResponse> saved, boolean changed) {}

  /** What validation found: the enterprise's unit of the month. */
  private record Checked(String unitCode, List<FieldError> warnings) {}

  /**
   * Validates one report against prefetched enterprises and products; adds the errors to {@code
   * errors} and answers null when there are any.
   */
  private Checked check(
      String taxCode,
      String periodText,
      ReportRequest request,
      Function<String, Enterprise> enterprises,
      Function<String, Product> products,
      List<FieldError> errors) {
    YearMonth period = Periods.parse("period", periodText);
    List<FieldError> warnings = new ArrayList<>();
    Enterprise enterprise = null;
    var taxProblem = TaxCodes.problem(taxCode);
    if (taxProblem.isPresent()) {
      errors.add(FieldError.of("taxCode", taxProblem.get(), taxCode));
    } else {
      enterprise = enterprises.apply(taxCode);
      if (enterprise == null)
        errors.add(
            FieldError.of("taxCode", "no enterprise with this tax code is registered", taxCode));
    }
    if (Periods.isFuture(period, clock))
      errors.add(FieldError.of("period", "must not be in the future", periodText));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < request.lines().size(); i++) {
      ReportRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "]";
      Product product = products.apply(line.productCode());
      if (product == null) {
        errors.add(FieldError.of(at + ".productCode", "unknown product", line.productCode()));
      } else if (enterprise != null
          && !product.vsicClass.regionMatches(0, enterprise.mainVsicClass, 0, 2)) {
        warnings.add(
            FieldError.of(
                at + ".productCode",
                "product of VSIC class "
                    + product.vsicClass
                    + " is outside the enterprise's industry (class "
                    + enterprise.mainVsicClass
                    + ", division "
                    + enterprise.mainVsicClass.substring(0, 2)
                    + ")",
                line.productCode()));
      }
      if (!seen.add(line.productCode()))
        errors.add(
            FieldError.of(at + ".productCode", "listed twice in the report", line.productCode()));
      amount(errors, at + ".quantity", line.quantity(), 3);
      amount(errors, at + ".outputValueCurrentVnd", line.outputValueCurrentVnd(), 2);
      amount(errors, at + ".outputValueConstantVnd", line.outputValueConstantVnd(), 2);
    }
    String unit = null;
    if (enterprise != null) {
      Optional<String> placed = Histories.inMonth(enterprise.locations, period);
      if (placed.isEmpty()) {
        errors.add(
            FieldError.of(
                "period",
                "enterprise "
                    + taxCode
                    + " has no location in "
                    + periodText
                    + ": add where it lay in that month to its locations first",
                periodText));
      } else unit = placed.get();
    }
    return errors.isEmpty() ? new Checked(unit, warnings) : null;
  }

  private Stored store(
      String taxCode, String periodText, Conditions conditions, ReportRequest request) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Product> products =
        Product.<Product>list(
                "code in ?1",
                request.lines().stream().map(ReportRequest.Line::productCode).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.code, Function.identity()));
    Checked checked =
        check(
            taxCode,
            periodText,
            request,
            t -> Enterprise.<Enterprise>findById(t),
            products::get,
            errors);
    if (!errors.isEmpty()) throw Problems.validation(errors);
    List<FieldError> warnings = checked.warnings();

    ProductionReport report = ProductionReport.find(taxCode, periodText);
    ReportResponse before = report == null ? null : view(report, List.of());
    OffsetDateTime now = OffsetDateTime.now(clock);
    String id = taxCode + "/" + periodText;
    Saved<ReportResponse> saved =
        aggregates.put(
            type,
            id,
            conditions,
            report,
            () -> {
              ProductionReport r = new ProductionReport();
              r.taxCode = taxCode;
              r.period = periodText;
              r.createdAt = now;
              return r;
            },
            r -> {
              r.status = request.status();
              r.unitCode = checked.unitCode();
              r.lines =
                  request.lines().stream()
                      .map(
                          l ->
                              new ReportLine(
                                  l.productCode(),
                                  l.quantity(),
                                  l.outputValueCurrentVnd(),
                                  l.outputValueConstantVnd()))
                      .collect(Collectors.toCollection(ArrayList::new));
            },
            r -> r.updatedAt = now);
    if (saved.outcome() == Saved.Outcome.UNCHANGED) {
      // A retried or repeated PUT: no revision, no event.
      return new Stored(
          new Saved<>(saved.body().withWarnings(warnings), saved.outcome(), saved.version()),
          false);
    }
    ReportResponse after = saved.body();
    Object event =
        before == null
            ? reported(after, now)
            : new ProductionRevised(
                taxCode,
                periodText,
                after.status().name(),
                before.status().name(),
                after.version(),
                eventLines(after),
                after.outputValueCurrentVnd(),
                after.outputValueConstantVnd(),
                before.outputValueCurrentVnd(),
                now.toInstant());
    outbox.publish(Topics.INDUSTRY_PRODUCTION, taxCode, id, event);
    return new Stored(
        new Saved<>(after.withWarnings(warnings), saved.outcome(), saved.version()), true);
  }

  private static ProductionReported reported(ReportResponse r, OffsetDateTime now) {
    return new ProductionReported(
        r.taxCode(),
        r.period(),
        r.status().name(),
        r.version(),
        eventLines(r),
        r.outputValueCurrentVnd(),
        r.outputValueConstantVnd(),
        now.toInstant());
  }

  private static List<ProductionLine> eventLines(ReportResponse r) {
    return r.lines().stream()
        .map(
            l ->
                new ProductionLine(
                    l.productCode(),
                    l.quantity(),
                    l.unit().name(),
                    l.outputValueCurrentVnd(),
                    l.outputValueConstantVnd()))
        .toList();
  }

  private static void amount(
      List<FieldError> errors, String field, BigDecimal value, int maxScale) {
    if (value.signum() < 0) errors.add(FieldError.of(field, "must not be negative", value));
    else if (value.stripTrailingZeros().scale() > maxScale)
      errors.add(FieldError.of(field, "at most " + maxScale + " decimals", value));
    else if (value.precision() - value.scale() > 20)
      errors.add(FieldError.of(field, "too large", value));
  }

  static ProductionReport find(String taxCode, String period) {
    ProductionReport r = ProductionReport.find(taxCode, period);
    if (r == null) throw Problems.notFound("Production report", taxCode + "/" + period);
    return r;
  }

  /** Who files: the caller, or "system" outside a request (the demo loader). */
  private static String author() {
    return Arc.container().requestContext().isActive()
        ? Arc.container().instance(Caller.class).get().name()
        : "system";
  }

  private ReportResponse.PlacedIn placedIn(String unitCode, String period) {
    if (unitCode == null) return null;
    AdminUnit u = territories.unit(unitCode, YearMonth.parse(period).atDay(1)).orElse(null);
    return u == null
        ? new ReportResponse.PlacedIn(unitCode, null, null, null)
        : new ReportResponse.PlacedIn(u.code(), u.level().name(), u.nameVi(), u.nameEn());
  }

  /** The view of a report about to be created in bulk. */
  private ReportResponse view(
      Filing f, String unitCode, Map<String, Product> products, OffsetDateTime now) {
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal constant = BigDecimal.ZERO;
    List<ReportResponse.Line> lines = new ArrayList<>();
    for (ReportRequest.Line l : f.request().lines()) {
      lines.add(
          new ReportResponse.Line(
              l.productCode(),
              products.get(l.productCode()).unit,
              l.quantity(),
              l.outputValueCurrentVnd(),
              l.outputValueConstantVnd()));
      current = current.add(l.outputValueCurrentVnd());
      constant = constant.add(l.outputValueConstantVnd());
    }
    return new ReportResponse(
        f.taxCode(),
        f.period(),
        f.request().status(),
        0,
        placedIn(unitCode, f.period()),
        lines,
        current,
        constant,
        "VND",
        now,
        now,
        List.of());
  }

  ReportResponse view(ProductionReport r, List<FieldError> warnings) {
    Map<String, Product> products =
        Product.<Product>list("code in ?1", r.lines.stream().map(l -> l.productCode).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.code, Function.identity()));
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal constant = BigDecimal.ZERO;
    List<ReportResponse.Line> lines = new ArrayList<>();
    for (ReportLine l : r.lines) {
      lines.add(
          new ReportResponse.Line(
              l.productCode,
              products.get(l.productCode).unit,
              l.quantity,
              l.outputValueCurrent,
              l.outputValueConstant));
      current = current.add(l.outputValueCurrent);
      constant = constant.add(l.outputValueConstant);
    }
    return new ReportResponse(
        r.taxCode,
        r.period,
        r.status,
        r.version,
        placedIn(r.unitCode, r.period),
        lines,
        current,
        constant,
        "VND",
        r.createdAt,
        r.updatedAt,
        warnings);
  }
}
