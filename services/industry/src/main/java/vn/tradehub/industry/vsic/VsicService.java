package vn.tradehub.industry.vsic;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class VsicService implements CodeList<VsicRequest, VsicResponse> {
  static final AggregateType<VsicNode, VsicResponse> TYPE =
      AggregateType.of("Vsic", "VSIC code", VsicNode.class, VsicResponse::of, n -> n.version);

  private final Aggregates aggregates;

  public VsicService(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @Transactional
  public List<VsicResponse> page(VsicLevel level, String parent, String after, int limit) {
    return VsicNode.<VsicNode>find(
            "(:level is null or level = :level) and (:parent is null or parentCode = :parent)"
                + " and (:after is null or code > :after) order by code",
            Parameters.with("level", level).and("parent", parent).and("after", after))
        .page(0, limit)
        .stream()
        .map(VsicResponse::of)
        .toList();
  }

  @Override
  public VsicResponse get(String code) {
    return aggregates.get(TYPE, code);
  }

  @Override
  public Long version(VsicResponse entry) {
    return entry.version();
  }

  /** Creates or renames a node. The parent of a division or class is implied by its code. */
  @Override
  @Transactional
  public Saved<VsicResponse> put(String code, Conditions conditions, VsicRequest request) {
    VsicLevel level = VsicLevel.ofCode(code);
    if (level == null) {
      throw Problems.validation(
          "code", "a VSIC code here is a section letter, 2-digit division or 4-digit class", code);
    }
    VsicNode node = aggregates.find(TYPE, code);
    if (node == null && level == VsicLevel.DIVISION) {
      throw Problems.validation(
          "code",
          "divisions are fixed by VSIC 2018 and seeded with their section; rename an existing one",
          code);
    }
    String parent = level == VsicLevel.CLASS ? code.substring(0, 2) : null;
    if (node == null && parent != null && VsicNode.findById(parent) == null) {
      throw Problems.validation("code", "division " + parent + " does not exist", code);
    }
    return aggregates.put(
        TYPE,
        code,
        conditions,
        node,
        () -> {
          VsicNode n = new VsicNode();
          n.code = code;
          n.level = level;
          n.parentCode = parent;
          return n;
        },
        n -> {
          n.nameVi = request.nameVi();
          n.nameEn = request.nameEn();
        });
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }

  /** Every node, by code: the hierarchy the IIP walks (class → division → section). */
  @Transactional
  public Map<String, VsicNode> all() {
    Map<String, VsicNode> out = new HashMap<>();
    VsicNode.<VsicNode>listAll().forEach(n -> out.put(n.code, n));
    return out;
  }

  static VsicNode find(String code) {
    VsicNode n = VsicNode.findById(code);
    if (n == null) throw Problems.notFound("VSIC code", code);
    return n;
  }
}
