package vn.tradehub.platform.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * The one way an aggregate is read, created, replaced or retired: the conditional-write policy of
 * {@link Conditions}, the version, and a revision for every change, all in the caller's
 * transaction. Services validate the request first, then hand over how to create and how to apply.
 */
@ApplicationScoped
public class Aggregates {
  /** Numbers compare by value: 60 and 60.00 are the same area. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private final Revisions revisions;
  private final Caller caller;
  private final ObjectMapper mapper;

  public Aggregates(Revisions revisions, Caller caller, ObjectMapper mapper) {
    this.revisions = revisions;
    this.caller = caller;
    this.mapper = mapper;
  }

  /** The entity under {@code id}, or null. */
  public <E extends PanacheEntityBase> E find(AggregateType<E, ?> type, Object id) {
    return Panache.getEntityManager(type.entity()).find(type.entity(), id);
  }

  /** The entity under {@code id}, or a 404 problem. */
  public <E extends PanacheEntityBase> E require(AggregateType<E, ?> type, Object id) {
    E e = find(type, id);
    if (e == null) throw Problems.notFound(type.label(), id);
    return e;
  }

  /** The API view of the entity under {@code id}, or a 404 problem. */
  @Transactional
  public <E extends PanacheEntityBase, R> R get(AggregateType<E, R> type, Object id) {
    return type.view().apply(require(type, id));
  }

  /**
   * Creates ({@code existing} null) or replaces an aggregate. A replacement that changes nothing
   * keeps the version and records no revision.
   *
   * @param key the aggregate's key in the revision history and in error details
   * @param create a new, empty entity with its key set
   * @param apply copies the request onto the entity
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E extends PanacheEntityBase, R> Saved<R> put(
      AggregateType<E, R> type,
      String key,
      Conditions conditions,
      E existing,
      Supplier<E> create,
      Consumer<E> apply) {
    return put(type, key, conditions, existing, create, apply, e -> {});
  }

  /**
   * As {@link #put(AggregateType, String, Conditions, PanacheEntityBase, Supplier, Consumer)}, with
   * {@code touch} applied only when the entity is created or really changes (an updatedAt), so that
   * a repeated request is still seen as changing nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E extends PanacheEntityBase, R> Saved<R> put(
      AggregateType<E, R> type,
      String key,
      Conditions conditions,
      E existing,
      Supplier<E> create,
      Consumer<E> apply,
      Consumer<E> touch) {
    if (existing == null) {
      conditions.checkCreate(type.label() + " " + key);
      E e = create.get();
      apply.accept(e);
      touch.accept(e);
      e.persistAndFlush();
      R after = type.view().apply(e);
      long version = type.version().applyAsLong(e);
      revisions.record(type.name(), key, version, "CREATED", author(), null, after);
      return Saved.created(after, version);
    }
    return change(type, key, conditions, existing, type.changed(), apply, touch);
  }

  /**
   * Changes an existing aggregate (an amendment, a retirement): If-Match is required unless the
   * change turns out to change nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E extends PanacheEntityBase, R> Saved<R> change(
      AggregateType<E, R> type,
      String key,
      Conditions conditions,
      E existing,
      String change,
      Consumer<E> apply) {
    return change(type, key, conditions, existing, change, apply, e -> {});
  }

  /** A change with a {@code touch} applied only when it really changes something. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E extends PanacheEntityBase, R> Saved<R> change(
      AggregateType<E, R> type,
      String key,
      Conditions conditions,
      E existing,
      String change,
      Consumer<E> apply,
      Consumer<E> touch) {
    long before = type.version().applyAsLong(existing);
    R beforeView = type.view().apply(existing);
    apply.accept(existing);
    boolean changes =
        !mapper
            .valueToTree(type.view().apply(existing))
            .equals(BY_VALUE, mapper.valueToTree(beforeView));
    conditions.checkReplace(type.label() + " " + key, before, changes);
    if (changes) {
      touch.accept(existing);
      existing.persistAndFlush();
    }
    long version = type.version().applyAsLong(existing);
    // Equal values in another form (60.0 and 60.00) change nothing in the row: no new version.
    if (version == before) return Saved.unchanged(beforeView, before);
    R after = type.view().apply(existing);
    revisions.record(type.name(), key, version, change, author(), beforeView, after);
    return Saved.updated(after, version);
  }

  /**
   * The revisions of an existing aggregate, oldest first. Readers see what changed, not who changed
   * it (the name and any {@code postedBy} of the snapshot are left out).
   */
  @Transactional
  public List<Revision> revisions(AggregateType<?, ?> type, Object id, String key) {
    require(type, id);
    return history(type, key);
  }

  /** The revisions under {@code key}, for an aggregate the caller has found itself. */
  @Transactional
  public List<Revision> history(AggregateType<?, ?> type, String key) {
    List<Revision> all = revisions.list(type.name(), key);
    return caller.seesAuthors() ? all : all.stream().map(Aggregates::anonymous).toList();
  }

  /** Who makes the change: the caller, or "system" for work outside a request (demo loading). */
  private String author() {
    return Arc.container().requestContext().isActive() ? caller.name() : "system";
  }

  /** The fields of a snapshot that name a person or client. */
  static final java.util.Set<String> AUTHOR_FIELDS = java.util.Set.of("recordedBy", "postedBy");

  public static Revision anonymous(Revision r) {
    JsonNode snapshot = r.snapshot();
    if (snapshot instanceof ObjectNode o) {
      o = o.deepCopy();
      o.remove(AUTHOR_FIELDS);
      snapshot = o;
    }
    List<Revision.FieldChange> changes =
        r.changes() == null
            ? null
            : r.changes().stream().filter(c -> !AUTHOR_FIELDS.contains(c.field())).toList();
    return new Revision(r.version(), r.change(), r.changedAt(), null, changes, snapshot);
  }
}
