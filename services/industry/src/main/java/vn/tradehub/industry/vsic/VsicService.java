package vn.tradehub.industry.vsic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.problem.Problems;

@ApplicationScoped
public class VsicService extends EntityCodeList<VsicNode, VsicRequest, VsicResponse> {
  static final AggregateType<VsicNode, VsicResponse> TYPE =
      AggregateType.of("Vsic", "VSIC code", VsicNode.class, VsicResponse::of, n -> n.version);

  VsicService() {}

  @Inject
  public VsicService(Aggregates aggregates) {
    super(aggregates, TYPE, "code");
  }

  /** The parent of a division or class is implied by its code. */
  @Override
  protected VsicNode create(String code) {
    VsicNode n = new VsicNode();
    n.code = code;
    n.level = VsicLevel.ofCode(code);
    n.parentCode = n.level == VsicLevel.CLASS ? code.substring(0, 2) : null;
    return n;
  }

  /** Creates or renames a node; divisions are fixed, a new class needs its division. */
  @Override
  protected Consumer<VsicNode> prepare(String code, VsicRequest request, VsicNode node) {
    VsicLevel level = VsicLevel.ofCode(code);
    if (level == null) {
      throw Problems.validation(
          "code", "a VSIC code here is a section letter, 2-digit division or 4-digit class", code);
    }
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
    return n -> {
      n.nameVi = request.nameVi();
      n.nameEn = request.nameEn();
    };
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
