package vn.tradehub.industry.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.industry.cluster.IndustrialCluster;
import vn.tradehub.industry.common.Preconditions;
import vn.tradehub.industry.common.Saved;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class EnterpriseService {
  private final Revisions revisions;
  private final Caller caller;

  public EnterpriseService(Revisions revisions, Caller caller) {
    this.revisions = revisions;
    this.caller = caller;
  }

  @Transactional
  public List<EnterpriseResponse> list(String district, String after, int limitPlusOne) {
    String q =
        "(:district is null or district = :district) and (:after is null or taxCode > :after) order by taxCode";
    List<Enterprise> rows =
        Enterprise.<Enterprise>find(
                q,
                io.quarkus.panache.common.Parameters.with("district", district).and("after", after))
            .range(0, limitPlusOne - 1)
            .list();
    return rows.stream().map(EnterpriseResponse::of).toList();
  }

  @Transactional
  public EnterpriseResponse get(String taxCode) {
    Enterprise e = Enterprise.findById(taxCode);
    if (e == null) throw Problems.notFound("Enterprise", taxCode);
    return EnterpriseResponse.of(e);
  }

  @Transactional
  public Saved<EnterpriseResponse> put(
      String taxCode, String ifMatch, @Valid EnterpriseRequest request) {
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
    Enterprise e = Enterprise.findById(taxCode);
    Preconditions.check(ifMatch, e == null ? null : e.version);
    EnterpriseResponse before = e == null ? null : EnterpriseResponse.of(e);
    if (e == null) {
      e = new Enterprise();
      e.taxCode = taxCode;
    }
    e.name = request.name();
    e.district = request.district();
    e.clusterCode = request.clusterCode();
    e.mainVsicClass = request.mainVsicClass();
    e.persistAndFlush();
    EnterpriseResponse after = EnterpriseResponse.of(e);
    if (before == null || after.version() != before.version()) {
      revisions.record(
          "Enterprise",
          taxCode,
          e.version,
          before == null ? "CREATED" : "AMENDED",
          caller.name(),
          before,
          after);
    }
    return new Saved<>(after, before == null, e.version);
  }
}
