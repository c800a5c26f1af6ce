package vn.tradehub.commerce.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tradehub.commerce.web.Codes;
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;

/** Districts, retail categories and ownership sectors: admin-managed, seeded by migration. */
@ApplicationScoped
public class ReferenceService {
  private final EntityManager em;
  private final Revisions revisions;

  public ReferenceService(EntityManager em, Revisions revisions) {
    this.em = em;
    this.revisions = revisions;
  }

  @Transactional
  public List<ReferenceItemResponse> list(ReferenceKind kind) {
    return em
        .createQuery("from " + kind.entity().getSimpleName() + " order by code", kind.entity())
        .getResultList()
        .stream()
        .map(ReferenceItemResponse::of)
        .toList();
  }

  @Transactional
  public ReferenceItemResponse get(ReferenceKind kind, String code) {
    ReferenceItem item = em.find(kind.entity(), code);
    if (item == null) throw Problems.notFound(kind.label(), code);
    return ReferenceItemResponse.of(item);
  }

  /** All codes of a kind, for validating the lines of reports. */
  @Transactional
  public Set<String> codes(ReferenceKind kind) {
    return em.createQuery("select code from " + kind.entity().getSimpleName(), String.class)
        .getResultStream()
        .collect(Collectors.toUnmodifiableSet());
  }

  @Transactional
  public boolean exists(ReferenceKind kind, String code) {
    return code != null && em.find(kind.entity(), code) != null;
  }

  /** Creates an entry, or renames it with If-Match; codes never change (reports refer to them). */
  @Transactional
  public Saved<ReferenceItemResponse> put(
      ReferenceKind kind,
      String code,
      String ifMatch,
      @Valid ReferenceItemRequest request,
      String by) {
    Codes.require("code", code);
    ReferenceItem item = em.find(kind.entity(), code);
    String type = kind.name();
    if (item == null) {
      vn.tradehub.commerce.web.IfMatch.requireAbsentOrStar(ifMatch, kind.label() + " " + code);
      item = kind.newItem();
      item.code = code;
      item.nameVi = request.nameVi();
      item.nameEn = request.nameEn();
      em.persist(item);
      em.flush();
      ReferenceItemResponse after = ReferenceItemResponse.of(item);
      revisions.record(type, code, item.version, "CREATED", by, null, after);
      return new Saved<>(after, Saved.Outcome.CREATED);
    }
    if (request.nameVi().equals(item.nameVi) && request.nameEn().equals(item.nameEn)) {
      return new Saved<>(ReferenceItemResponse.of(item), Saved.Outcome.UNCHANGED);
    }
    Versions.requireMatch(ifMatch, item.version);
    ReferenceItemResponse before = ReferenceItemResponse.of(item);
    item.nameVi = request.nameVi();
    item.nameEn = request.nameEn();
    em.flush();
    ReferenceItemResponse after = ReferenceItemResponse.of(item);
    revisions.record(type, code, item.version, "AMENDED", by, before, after);
    return new Saved<>(after, Saved.Outcome.REPLACED);
  }

  @Transactional
  public List<Revision> revisions(ReferenceKind kind, String code) {
    get(kind, code);
    return revisions.list(kind.name(), code);
  }
}
