package vn.tradehub.industry.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.tradehub.industry.cluster.IndustrialCluster;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.report.ReportService;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.Place;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class EnterpriseService
    extends EntityCodeList<Enterprise, EnterpriseRequest, EnterpriseResponse> {
  private Locations locations;
  private ReportService reports;
  private IndicatorService indicators;

  EnterpriseService() {}

  @Inject
  public EnterpriseService(
      Aggregates aggregates,
      Locations locations,
      ReportService reports,
      IndicatorService indicators) {
    super(aggregates, "Enterprise", "Enterprise", Enterprise.class, "taxCode", e -> e.version);
    this.locations = locations;
    this.reports = reports;
    this.indicators = indicators;
  }

  @Override
  public EnterpriseResponse view(Enterprise e) {
    return new EnterpriseResponse(
        e.taxCode,
        e.name,
        locations.describe(e.locations),
        e.clusterCode,
        e.mainVsicClass,
        e.version);
  }

  @Override
  protected Enterprise create(String taxCode) {
    Enterprise e = new Enterprise();
    e.taxCode = taxCode;
    return e;
  }

  @Override
  protected Consumer<Enterprise> prepare(
      String taxCode, EnterpriseRequest request, Enterprise existing) {
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
    return e -> {
      e.name = request.name();
      Location.replace(e.locations, history);
      e.clusterCode = request.clusterCode();
      e.mainVsicClass = request.mainVsicClass();
    };
  }

  /**
   * A change of an enterprise's location history places its reports anew (refused when it would
   * leave a month with a report without a location) and republishes the indicators of every month
   * that moves.
   */
  @Override
  protected void saved(Saved<EnterpriseResponse> saved, EnterpriseResponse before) {
    if (before == null) return;
    List<Location> history = Place.locations(saved.body().locations());
    if (Histories.firstDifference(Place.locations(before.locations()), history) != null) {
      indicators.recompute(reports.replace(before.taxCode(), history));
    }
  }
}
