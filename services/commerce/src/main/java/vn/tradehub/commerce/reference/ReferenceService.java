package vn.tradehub.commerce.reference;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Retail categories and ownership sectors: admin-managed, seeded by migration. One service for both
 * kinds; {@link #list(ReferenceKind)} gives each its {@link CodeList}.
 */
@ApplicationScoped
public class ReferenceService {
  /**
   * Codes of these lists are stricter than the platform's: a letter first, then capitals, digits
   * and '_' (the tables check it), so a code such as {@code 1X} or {@code A-B} is refused here.
   */
  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

  private final Aggregates aggregates;

  public ReferenceService(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  /** The code list of one kind, for its resource. */
  public CodeList<ReferenceItemRequest, ReferenceItemResponse> list(ReferenceKind kind) {
    return new KindList(kind);
  }

  /** Entries of a kind in code order, after {@code after} (null for the first page). */
  @Transactional
  public List<ReferenceItemResponse> page(ReferenceKind kind, String after, int limit) {
    return Panache.getEntityManager(kind.entity())
        .createQuery(
            "from "
                + kind.entity().getSimpleName()
                + " where ?1 is null or code > ?1 order by code",
            kind.entity())
        .setParameter(1, after)
        .setMaxResults(limit)
        .getResultStream()
        .map(ReferenceItemResponse::of)
        .collect(Collectors.toList());
  }

  @Transactional
  public ReferenceItemResponse get(ReferenceKind kind, String code) {
    return aggregates.get(kind.type(), code);
  }

  /** All codes of a kind, for validating the lines of reports. */
  @Transactional
  public Set<String> codes(ReferenceKind kind) {
    return Panache.getEntityManager(kind.entity())
        .createQuery("select code from " + kind.entity().getSimpleName(), String.class)
        .getResultStream()
        .collect(Collectors.toUnmodifiableSet());
  }

  @Transactional
  public boolean exists(ReferenceKind kind, String code) {
    return code != null && aggregates.find(kind.type(), code) != null;
  }

  /** Creates an entry, or renames it; codes never change (reports refer to them). */
  @Transactional
  public Saved<ReferenceItemResponse> put(
      ReferenceKind kind, String code, Conditions conditions, ReferenceItemRequest request) {
    if (!CODE.matcher(code).matches()) {
      throw Problems.validation("code", "must match " + CODE.pattern() + " (e.g. NON_STATE)", code);
    }
    return aggregates.put(
        kind.type(),
        code,
        conditions,
        aggregates.find(kind.type(), code),
        () -> {
          ReferenceItem item = kind.newItem();
          item.code = code;
          return item;
        },
        item -> {
          item.nameVi = request.nameVi();
          item.nameEn = request.nameEn();
        });
  }

  @Transactional
  public List<Revision> revisions(ReferenceKind kind, String code) {
    return aggregates.revisions(kind.type(), code, code);
  }

  /** One kind seen as a code list; each call runs in a transaction of the service. */
  private final class KindList implements CodeList<ReferenceItemRequest, ReferenceItemResponse> {
    private final ReferenceKind kind;

    KindList(ReferenceKind kind) {
      this.kind = kind;
    }

    @Override
    public ReferenceItemResponse get(String code) {
      return ReferenceService.this.get(kind, code);
    }

    @Override
    public Long version(ReferenceItemResponse entry) {
      return entry.version();
    }

    @Override
    public Saved<ReferenceItemResponse> put(
        String code, Conditions conditions, ReferenceItemRequest request) {
      return ReferenceService.this.put(kind, code, conditions, request);
    }

    @Override
    public List<Revision> revisions(String code) {
      return ReferenceService.this.revisions(kind, code);
    }
  }
}
