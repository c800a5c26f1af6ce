package vn.tradehub.industry.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import vn.tradehub.industry.common.Preconditions;
import vn.tradehub.industry.common.Saved;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class ClusterService {
  private final Revisions revisions;
  private final Caller caller;

  public ClusterService(Revisions revisions, Caller caller) {
    this.revisions = revisions;
    this.caller = caller;
  }

  @Transactional
  public List<ClusterResponse> list(String after, int limitPlusOne) {
    List<IndustrialCluster> rows =
        after == null
            ? IndustrialCluster.<IndustrialCluster>find("order by code")
                .range(0, limitPlusOne - 1)
                .list()
            : IndustrialCluster.<IndustrialCluster>find("code > ?1 order by code", after)
                .range(0, limitPlusOne - 1)
                .list();
    return rows.stream().map(ClusterResponse::of).toList();
  }

  @Transactional
  public ClusterResponse get(String code) {
    IndustrialCluster c = IndustrialCluster.findById(code);
    if (c == null) throw Problems.notFound("Industrial cluster", code);
    return ClusterResponse.of(c);
  }

  @Transactional
  public Saved<ClusterResponse> put(String code, String ifMatch, @Valid ClusterRequest request) {
    if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
      throw Problems.validation("code", "2 to 40 capital letters, digits and '-'", code);
    }
    if (request.occupiedAreaHa().compareTo(request.plannedAreaHa()) > 0) {
      throw Problems.validation(
          "occupiedAreaHa", "cannot exceed the planned area", request.occupiedAreaHa());
    }
    IndustrialCluster c = IndustrialCluster.findById(code);
    Preconditions.check(ifMatch, c == null ? null : c.version);
    ClusterResponse before = c == null ? null : ClusterResponse.of(c);
    if (c == null) {
      c = new IndustrialCluster();
      c.code = code;
    }
    c.nameVi = request.nameVi();
    c.nameEn = request.nameEn();
    c.district = request.district();
    c.plannedAreaHa = request.plannedAreaHa();
    c.occupiedAreaHa = request.occupiedAreaHa();
    c.status = request.status();
    c.persistAndFlush();
    ClusterResponse after = ClusterResponse.of(c);
    if (before == null || after.version() != before.version()) {
      revisions.record(
          "IndustrialCluster",
          code,
          c.version,
          before == null ? "CREATED" : "AMENDED",
          caller.name(),
          before,
          after);
    }
    return new Saved<>(after, before == null, c.version);
  }
}
