package vn.tradehub.platform.codelist;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * A code list kept as entities keyed by their code: reading, paging by code (with filters, and by
 * location), revisions and the create-or-replace flow are the same for every one, so a service says
 * only how an entry is made and viewed, and how a request is checked and applied.
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

  /** A list whose entries are viewed by {@link #view}, which may use the subclass's beans. */
  protected EntityCodeList(
      Aggregates aggregates,
      String name,
      String label,
      Class<E> entity,
      String key,
      ToLongFunction<E> version) {
    this.aggregates = aggregates;
    this.type = AggregateType.of(name, label, entity, this::view, version);
    this.key = key;
  }

  /** The API record of an entity (for lists built with the viewing constructor). */
  protected R view(E entity) {
    throw new UnsupportedOperationException("viewed by its AggregateType");
  }

  /** A new entity with its code set: for a {@link CodeEntity}, a new one of its class. */
  protected E create(String code) {
    E e;
    try {
      e = type.entity().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException x) {
      throw new IllegalStateException(type.entity() + " needs a no-args constructor", x);
    }
    if (!(e instanceof CodeEntity c)) {
      throw new IllegalStateException(type.entity() + " is not a CodeEntity: override create");
    }
    c.code = code;
    return e;
  }

  /**
   * Checks the request against the rules its constraints cannot say (422 problems), knowing the
   * entry it replaces ({@code existing}, null for a create), and answers how it is applied.
   */
  protected abstract Consumer<E> prepare(String code, Q request, E existing);

  /** Applied only when the entry is created or really changes (an updatedAt). */
  protected void touch(E entity) {}

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

  @Override
  @Transactional
  public List<R> page(Filter filter, String after, int limit) {
    TypedQuery<E> q =
        Panache.getEntityManager(type.entity())
            .createQuery(
                "from "
                    + type.entity().getSimpleName()
                    + " e where ("
                    + filter.where()
                    + ") and (:after is null or e."
                    + key
                    + " > :after) order by e."
                    + key,
                type.entity())
            .setParameter("after", after)
            .setMaxResults(limit);
    filter.parameters().forEach(q::setParameter);
    return q.getResultStream().map(type.view()).toList();
  }

  @Override
  @Transactional
  public Saved<R> put(String code, Conditions conditions, Q request) {
    E existing = aggregates.find(type, code);
    Consumer<E> apply = prepare(code, request, existing);
    R before = existing == null ? null : type.view().apply(existing);
    Saved<R> saved =
        aggregates.put(type, code, conditions, existing, () -> create(code), apply, this::touch);
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
