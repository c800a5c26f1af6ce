package vn.tradehub.industry.cluster;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class ClusterService implements CodeList<ClusterRequest, ClusterResponse> {
  private final AggregateType<IndustrialCluster, ClusterResponse> type;
  private final Aggregates aggregates;
  private final Locations locations;
  private final Territories territories;
  private final Clock clock;

  public ClusterService(
      Aggregates aggregates, Locations locations, Territories territories, Clock clock) {
    this.aggregates = aggregates;
    this.locations = locations;
    this.territories = territories;
    this.clock = clock;
    this.type =
        AggregateType.of(
            "IndustrialCluster",
            "Industrial cluster",
            IndustrialCluster.class,
            this::view,
            c -> c.version);
  }

  public ClusterResponse view(IndustrialCluster c) {
    BigDecimal rate =
        c.occupiedAreaHa
            .multiply(BigDecimal.valueOf(100))
            .divide(c.plannedAreaHa, 2, RoundingMode.HALF_UP);
    return new ClusterResponse(
        c.code,
        c.nameVi,
        c.nameEn,
        locations.describe(Histories.sorted(c.locations)),
        c.plannedAreaHa,
        c.occupiedAreaHa,
        rate,
        c.status,
        c.version);
  }

  /** Clusters by code; with a unit, those located within it on {@code asOf}. */
  @Transactional
  public List<ClusterResponse> page(String unit, String asOfText, String after, int limit) {
    StringBuilder q =
        new StringBuilder("from IndustrialCluster c where (:after is null or c.code > :after)");
    Parameters params = Parameters.with("after", after);
    if (unit != null) {
      LocalDate asOf = Territories.date("asOf", asOfText, LocalDate.now(clock));
      q.append(
          " and exists (select 1 from IndustrialCluster x join x.locations l where x = c"
              + " and l.unitCode in :units and (l.validFrom is null or l.validFrom <= :asOf)"
              + " and (l.validTo is null or l.validTo >= :asOf))");
      params.and("units", territories.within(unit, asOf)).and("asOf", asOf);
    }
    return IndustrialCluster.<IndustrialCluster>find(q + " order by c.code", params)
        .page(0, limit)
        .stream()
        .map(this::view)
        .toList();
  }

  @Override
  public ClusterResponse get(String code) {
    return aggregates.get(type, code);
  }

  @Override
  public Long version(ClusterResponse entry) {
    return entry.version();
  }

  @Override
  @Transactional
  public Saved<ClusterResponse> put(String code, Conditions conditions, ClusterRequest request) {
    if (request.occupiedAreaHa().compareTo(request.plannedAreaHa()) > 0) {
      throw Problems.validation(
          "occupiedAreaHa", "cannot exceed the planned area", request.occupiedAreaHa());
    }
    List<Location> history =
        locations.check("locations", request.locations(), Histories.ENTERPRISE_LEVELS);
    return aggregates.put(
        type,
        code,
        conditions,
        aggregates.find(type, code),
        () -> {
          IndustrialCluster c = new IndustrialCluster();
          c.code = code;
          return c;
        },
        c -> {
          c.nameVi = request.nameVi();
          c.nameEn = request.nameEn();
          Histories.replace(c.locations, history);
          c.plannedAreaHa = request.plannedAreaHa();
          c.occupiedAreaHa = request.occupiedAreaHa();
          c.status = request.status();
        });
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(type, code, code);
  }
}
