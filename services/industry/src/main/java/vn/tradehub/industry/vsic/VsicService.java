package vn.tradehub.industry.vsic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.industry.common.Preconditions;
import vn.tradehub.industry.common.Saved;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class VsicService {
  static final String AGGREGATE = "Vsic";
  private final Revisions revisions;
  private final Caller caller;

  public VsicService(Revisions revisions, Caller caller) {
    this.revisions = revisions;
    this.caller = caller;
  }

  @Transactional
  public List<VsicResponse> list(VsicLevel level, String parent, String after, int limit) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (level != null) {
      q.append(" and level = :level");
      params.put("level", level);
    }
    if (parent != null) {
      q.append(" and parentCode = :parent");
      params.put("parent", parent);
    }
    if (after != null) {
      q.append(" and code > :after");
      params.put("after", after);
    }
    List<VsicNode> rows = VsicNode.find(q + " order by code", params).range(0, limit).list();
    return rows.stream().map(VsicResponse::of).toList();
  }

  @Transactional
  public VsicResponse get(String code) {
    return VsicResponse.of(find(code));
  }

  /** Creates or renames a node. The parent of a division or class is implied by its code. */
  @Transactional
  public Saved<VsicResponse> put(String code, String ifMatch, @Valid VsicRequest request) {
    VsicLevel level = VsicLevel.ofCode(code);
    if (level == null) {
      throw Problems.validation(
          "code", "a VSIC code here is a section letter, 2-digit division or 4-digit class", code);
    }
    VsicNode node = VsicNode.findById(code);
    Preconditions.check(ifMatch, node == null ? null : node.version);
    VsicResponse before = node == null ? null : VsicResponse.of(node);
    if (node == null) {
      node = new VsicNode();
      node.code = code;
      node.level = level;
      node.parentCode = level == VsicLevel.CLASS ? code.substring(0, 2) : null;
      if (level == VsicLevel.DIVISION) {
        throw Problems.validation(
            "code",
            "divisions are fixed by VSIC 2018 and seeded with their section; rename an existing one",
            code);
      }
      if (node.parentCode != null && VsicNode.findById(node.parentCode) == null) {
        throw Problems.validation("code", "division " + node.parentCode + " does not exist", code);
      }
    }
    node.nameVi = request.nameVi();
    node.nameEn = request.nameEn();
    node.persistAndFlush();
    VsicResponse after = VsicResponse.of(node);
    if (before == null || after.version() != before.version()) {
      revisions.record(
          AGGREGATE,
          code,
          node.version,
          before == null ? "CREATED" : "AMENDED",
          caller.name(),
          before,
          after);
    }
    return new Saved<>(after, before == null, node.version);
  }

  @Transactional
  public List<Revision> revisions(String code) {
    find(code);
    return revisions.list(AGGREGATE, code);
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
