package vn.tradehub.industry.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;

@ApplicationScoped
public class ClusterService
    extends EntityCodeList<IndustrialCluster, ClusterRequest, ClusterResponse> {
  private Locations locations;

  ClusterService() {}

  @Inject
  public ClusterService(Aggregates aggregates, Locations locations) {
    super(
        aggregates,
        "IndustrialCluster",
        "Industrial cluster",
        IndustrialCluster.class,
        "code",
        c -> c.version);
    this.locations = locations;
  }

  @Override
  public ClusterResponse view(IndustrialCluster c) {
    BigDecimal rate =
        c.occupiedAreaHa
            .multiply(BigDecimal.valueOf(100))
            .divide(c.plannedAreaHa, 2, RoundingMode.HALF_UP);
    return new ClusterResponse(
        c.code,
        c.nameVi,
        c.nameEn,
        locations.describe(c.locations),
        c.plannedAreaHa,
        c.occupiedAreaHa,
        rate,
        c.status,
        c.version);
  }

  @Override
  protected Consumer<IndustrialCluster> prepare(
      String code, ClusterRequest request, IndustrialCluster existing) {
    if (request.occupiedAreaHa().compareTo(request.plannedAreaHa()) > 0) {
      throw Problems.validation(
          "occupiedAreaHa", "cannot exceed the planned area", request.occupiedAreaHa());
    }
    List<Location> history =
        locations.check("locations", request.locations(), Histories.ENTERPRISE_LEVELS);
    return c -> {
      c.nameVi = request.nameVi();
      c.nameEn = request.nameEn();
      Location.replace(c.locations, history);
      c.plannedAreaHa = request.plannedAreaHa();
      c.occupiedAreaHa = request.occupiedAreaHa();
      c.status = request.status();
    };
  }
}
