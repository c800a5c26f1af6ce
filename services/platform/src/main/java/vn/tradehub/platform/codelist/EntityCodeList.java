package vn.tradehub.platform.codelist;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * A code list kept as entities keyed by their code: reading, paging by code, revisions and the
 * create-or-replace flow are the same for every one, so a service says only how an entry is made,
 * how a request is applied to it and which rules a request must keep.
 *
 * @param <E> the entity, keyed by its code
 * @param <Q> the request record of a PUT
 * @param <R> the API record of an entry
 */
public abstract class EntityCodeList<E extends PanacheEntityBase, Q, R extends Versioned>
    implements CodeList<Q, R> {
  // Not final: CDI's client proxies of a subclass need the no-args constructor below.
  protected Aggregates aggregates;
  private AggregateType<E, R> type;
  private String key;

  protected EntityCodeList() {}

  /**
   * @param key the entity attribute holding the code, which lists are ordered by
   */
  protected EntityCodeList(Aggregates aggregates, AggregateType<E, R> type, String key) {
    this.aggregates = aggregates;
    this.type = type;
    this.key = key;
  }

  /** A new entity with its code set. */
  protected abstract E create(String code);

  /** Copies the request onto the entity. */
  protected abstract void apply(E entity, Q request);

  /** The rules the request's constraints cannot say (a 422 problem when broken). */
  protected void validate(String code, Q request) {}

  /** After a create or a change that changed something (republish, drop a cache). */
  protected void saved(Saved<R> saved, R before) {}

  @Override
  public R get(String code) {
    return aggregates.get(type, code);
  }

  @Override
  public Long version(R entry) {
    return entry.version();
  }

  /** Entries with codes after {@code after} (all when null), by code. */
  @Transactional
  public List<R> page(String after, int limit) {
    return Panache.getEntityManager(type.entity())
        .createQuery(
            "from "
                + type.entity().getSimpleName()
                + " e where (:after is null or e."
                + key
                + " > :after) order by e."
                + key,
            type.entity())
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultStream()
        .map(type.view())
        .toList();
  }

  @Override
  @Transactional
  public Saved<R> put(String code, Conditions conditions, Q request) {
    validate(code, request);
    E existing = aggregates.find(type, code);
    R before = existing == null ? null : type.view().apply(existing);
    Saved<R> saved =
        aggregates.put(
            type, code, conditions, existing, () -> create(code), e -> apply(e, request));
    if (saved.outcome() != Saved.Outcome.UNCHANGED) saved(saved, before);
    return saved;
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(type, code, code);
  }

  protected AggregateType<E, R> type() {
    return type;
  }
}
