package vn.tradehub.industry.enterprise;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.industry.cluster.IndustrialCluster;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.report.ReportService;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class EnterpriseService implements CodeList<EnterpriseRequest, EnterpriseResponse> {
  private final AggregateType<Enterprise, EnterpriseResponse> type;
  private final Aggregates aggregates;
  private final Locations locations;
  private final Territories territories;
  private final ReportService reports;
  private final IndicatorService indicators;
  private final Clock clock;

  public EnterpriseService(
      Aggregates aggregates,
      Locations locations,
      Territories territories,
      ReportService reports,
      IndicatorService indicators,
      Clock clock) {
    this.aggregates = aggregates;
    this.locations = locations;
    this.territories = territories;
    this.reports = reports;
    this.indicators = indicators;
    this.clock = clock;
    this.type =
        AggregateType.of("Enterprise", "Enterprise", Enterprise.class, this::view, e -> e.version);
  }

  public EnterpriseResponse view(Enterprise e) {
    return new EnterpriseResponse(
        e.taxCode,
        e.name,
        locations.describe(Histories.sorted(e.locations)),
        e.clusterCode,
        e.mainVsicClass,
        e.version);
  }

  /** Enterprises by tax code; with a unit, those located within it on {@code asOf}. */
  @Transactional
  public List<EnterpriseResponse> page(String unit, String asOfText, String after, int limit) {
    StringBuilder q =
        new StringBuilder("from Enterprise e where (:after is null or e.taxCode > :after)");
    Parameters params = Parameters.with("after", after);
    if (unit != null) {
      LocalDate asOf = Territories.date("asOf", asOfText, LocalDate.now(clock));
      q.append(
          " and exists (select 1 from Enterprise x join x.locations l where x = e"
              + " and l.unitCode in :units and (l.validFrom is null or l.validFrom <= :asOf)"
              + " and (l.validTo is null or l.validTo >= :asOf))");
      params.and("units", territories.within(unit, asOf)).and("asOf", asOf);
    }
    return Enterprise.<Enterprise>find(q + " order by e.taxCode", params).page(0, limit).stream()
        .map(this::view)
        .toList();
  }

  @Override
  public EnterpriseResponse get(String taxCode) {
    return aggregates.get(type, taxCode);
  }

  @Override
  public Long version(EnterpriseResponse entry) {
    return entry.version();
  }

  /**
   * Creates or replaces an enterprise. A change of its location history places its reports anew
   * (refused when it would leave a month with a report without a location) and republishes the
   * indicators of every month that moves.
   */
  @Override
  @Transactional
  public Saved<EnterpriseResponse> put(
      String taxCode, Conditions conditions, EnterpriseRequest request) {
    List<FieldError> errors = new ArrayList<>();
    TaxCodes.problem(taxCode).ifPresent(m -> errors.add(FieldError.of("taxCode", m, taxCode)));
    VsicNode cls = VsicNode.findById(request.mainVsicClass());
    if (cls == null || cls.level != VsicLevel.CLASS) {
      errors.add(
          FieldError.of(
              "mainVsicClass",
              "not a VSIC 4-digit class of this service",
              request.mainVsicClass()));
    }
    if (request.clusterCode() != null
        && IndustrialCluster.findById(request.clusterCode()) == null) {
      errors.add(FieldError.of("clusterCode", "no such industrial cluster", request.clusterCode()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    List<Location> history =
        locations.check("locations", request.locations(), Histories.ENTERPRISE_LEVELS);
    Enterprise existing = aggregates.find(type, taxCode);
    List<Location> before = existing == null ? List.of() : Histories.copy(existing.locations);
    Saved<EnterpriseResponse> saved =
        aggregates.put(
            type,
            taxCode,
            conditions,
            existing,
            () -> {
              Enterprise e = new Enterprise();
              e.taxCode = taxCode;
              return e;
            },
            e -> {
              e.name = request.name();
              Histories.replace(e.locations, history);
              e.clusterCode = request.clusterCode();
              e.mainVsicClass = request.mainVsicClass();
            });
    if (existing != null
        && saved.outcome() != Saved.Outcome.UNCHANGED
        && Histories.firstDifference(before, history) != null) {
      indicators.recompute(reports.replace(taxCode, history));
    }
    return saved;
  }

  @Override
  public List<Revision> revisions(String taxCode) {
    return aggregates.revisions(type, taxCode, taxCode);
  }
}
