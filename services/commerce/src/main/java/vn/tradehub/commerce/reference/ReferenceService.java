package vn.tradehub.commerce.reference;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tradehub.platform.aggregate.Aggregates;

/**
 * Retail categories and ownership sectors as the reports check them (each kind is a {@link
 * ReferenceList}, admin-managed and seeded by migration).
 */
@ApplicationScoped
public class ReferenceService {
  private final Aggregates aggregates;

  public ReferenceService(Aggregates aggregates) {
    this.aggregates = aggregates;
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
}
