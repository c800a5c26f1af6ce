package vn.tradehub.industry.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class ClusterService implements CodeList<ClusterRequest, ClusterResponse> {
  static final AggregateType<IndustrialCluster, ClusterResponse> TYPE =
      AggregateType.of(
          "IndustrialCluster",
          "Industrial cluster",
          IndustrialCluster.class,
          ClusterResponse::of,
          c -> c.version);

  private final Aggregates aggregates;

  public ClusterService(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @Transactional
  public List<ClusterResponse> page(String after, int limit) {
    return IndustrialCluster.<IndustrialCluster>find("?1 is null or code > ?1 order by code", after)
        .page(0, limit)
        .stream()
        .map(ClusterResponse::of)
        .toList();
  }

  @Override
  public ClusterResponse get(String code) {
    return aggregates.get(TYPE, code);
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
    return aggregates.put(
        TYPE,
        code,
        conditions,
        aggregates.find(TYPE, code),
        () -> {
          IndustrialCluster c = new IndustrialCluster();
          c.code = code;
          return c;
        },
        c -> {
          c.nameVi = request.nameVi();
          c.nameEn = request.nameEn();
          c.district = request.district();
          c.plannedAreaHa = request.plannedAreaHa();
          c.occupiedAreaHa = request.occupiedAreaHa();
          c.status = request.status();
        });
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }
}
