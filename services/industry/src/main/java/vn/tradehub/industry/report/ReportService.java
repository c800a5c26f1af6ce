package vn.tradehub.industry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.industry.ProductionLine;
import vn.tradehub.contracts.industry.ProductionReported;
import vn.tradehub.contracts.industry.ProductionRevised;
import vn.tradehub.industry.enterprise.Enterprise;
import vn.tradehub.industry.enterprise.TaxCodes;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.product.Product;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Monthly production reports: validation, create-or-replace with optimistic concurrency, the
 * revision history, the production events, and the recomputation of the indicators they affect.
 */
@ApplicationScoped
public class ReportService {
  static final AggregateType<ProductionReport, ReportResponse> TYPE =
      AggregateType.of(
              "ProductionReport",
              "Production report",
              ProductionReport.class,
              r -> view(r, List.of()),
              r -> r.version)
          .changesCalled("REVISED");
  private final Aggregates aggregates;
  private final Outbox outbox;
  private final IndicatorService indicators;
  private final Clock clock;

  public ReportService(
      Aggregates aggregates, Outbox outbox, IndicatorService indicators, Clock clock) {
    this.aggregates = aggregates;
    this.outbox = outbox;
    this.indicators = indicators;
    this.clock = clock;
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
   * Files many new reports in one transaction (the demo data): one production event each, then one
   * indicators event per affected month rather than one per report.
   */
  @Transactional
  public int fileAll(List<Filing> filings) {
    Set<YearMonth> affected = new TreeSet<>();
    for (Filing f : filings) {
      if (store(f.taxCode(), f.period(), Conditions.none(), f.request()).changed()) {
        affected.addAll(IndicatorService.affectedBy(YearMonth.parse(f.period())));
      }
      // Flushed already; detaching keeps the session (and its dirty checks) small.
      ProductionReport.getEntityManager().clear();
    }
    indicators.recompute(affected);
    return filings.size();
  }

  @Transactional
  public ReportResponse get(String taxCode, String period) {
    return view(find(taxCode, period), List.of());
  }

  @Transactional
  public List<Revision> revisions(String taxCode, String period) {
    find(taxCode, period);
    return aggregates.history(TYPE, taxCode + "/" + period);
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

  private record Stored(Saved<ReportResponse> saved, boolean changed) {}

  private Stored store(
      String taxCode, String periodText, Conditions conditions, ReportRequest request) {
    YearMonth period = Periods.parse("period", periodText);
    List<FieldError> errors = new ArrayList<>();
    List<FieldError> warnings = new ArrayList<>();
    Enterprise enterprise = null;
    var taxProblem = TaxCodes.problem(taxCode);
    if (taxProblem.isPresent()) {
      errors.add(FieldError.of("taxCode", taxProblem.get(), taxCode));
    } else {
      enterprise = Enterprise.findById(taxCode);
      if (enterprise == null)
        errors.add(
            FieldError.of("taxCode", "no enterprise with this tax code is registered", taxCode));
    }
    if (Periods.isFuture(period, clock))
      errors.add(FieldError.of("period", "must not be in the future", periodText));
    Map<String, Product> products =
        Product.<Product>list(
                "code in ?1",
                request.lines().stream().map(ReportRequest.Line::productCode).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.code, Function.identity()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < request.lines().size(); i++) {
      ReportRequest.Line line = request.lines().get(i);
      String at = "lines[" + i + "]";
      Product product = products.get(line.productCode());
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
    if (!errors.isEmpty()) throw Problems.validation(errors);

    ProductionReport report = ProductionReport.find(taxCode, periodText);
    ReportResponse before = report == null ? null : view(report, List.of());
    OffsetDateTime now = OffsetDateTime.now(clock);
    String id = taxCode + "/" + periodText;
    Saved<ReportResponse> saved =
        aggregates.put(
            TYPE,
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
    List<ProductionLine> eventLines =
        after.lines().stream()
            .map(
                l ->
                    new ProductionLine(
                        l.productCode(),
                        l.quantity(),
                        l.unit().name(),
                        l.outputValueCurrentVnd(),
                        l.outputValueConstantVnd()))
            .toList();
    Object event =
        before == null
            ? new ProductionReported(
                taxCode,
                periodText,
                after.status().name(),
                after.version(),
                eventLines,
                after.outputValueCurrentVnd(),
                after.outputValueConstantVnd(),
                now.toInstant())
            : new ProductionRevised(
                taxCode,
                periodText,
                after.status().name(),
                before.status().name(),
                after.version(),
                eventLines,
                after.outputValueCurrentVnd(),
                after.outputValueConstantVnd(),
                before.outputValueCurrentVnd(),
                now.toInstant());
    outbox.publish(Topics.INDUSTRY_PRODUCTION, taxCode, id, event);
    return new Stored(
        new Saved<>(after.withWarnings(warnings), saved.outcome(), saved.version()), true);
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

  static ReportResponse view(ProductionReport r, List<FieldError> warnings) {
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
        lines,
        current,
        constant,
        "VND",
        r.createdAt,
        r.updatedAt,
        warnings);
  }
}
