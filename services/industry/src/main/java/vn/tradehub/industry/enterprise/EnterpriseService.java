package vn.tradehub.industry.enterprise;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.industry.cluster.IndustrialCluster;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class EnterpriseService implements CodeList<EnterpriseRequest, EnterpriseResponse> {
  static final AggregateType<Enterprise, EnterpriseResponse> TYPE =
      AggregateType.of(
          "Enterprise", "Enterprise", Enterprise.class, EnterpriseResponse::of, e -> e.version);

  private final Aggregates aggregates;

  public EnterpriseService(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @Transactional
  public List<EnterpriseResponse> page(String district, String after, int limit) {
    return Enterprise.<Enterprise>find(
            "(:district is null or district = :district) and (:after is null or taxCode > :after)"
                + " order by taxCode",
            Parameters.with("district", district).and("after", after))
        .page(0, limit)
        .stream()
        .map(EnterpriseResponse::of)
        .toList();
  }

  @Override
  public EnterpriseResponse get(String taxCode) {
    return aggregates.get(TYPE, taxCode);
  }

  @Override
  public Long version(EnterpriseResponse entry) {
    return entry.version();
  }

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
    return aggregates.put(
        TYPE,
        taxCode,
        conditions,
        aggregates.find(TYPE, taxCode),
        () -> {
          Enterprise e = new Enterprise();
          e.taxCode = taxCode;
          return e;
        },
        e -> {
          e.name = request.name();
          e.district = request.district();
          e.clusterCode = request.clusterCode();
          e.mainVsicClass = request.mainVsicClass();
        });
  }

  @Override
  public List<Revision> revisions(String taxCode) {
    return aggregates.revisions(TYPE, taxCode, taxCode);
  }
}
