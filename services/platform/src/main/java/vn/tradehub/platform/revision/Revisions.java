package vn.tradehub.platform.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** Keeps every revision of an aggregate, in the same transaction as the change itself. */
@ApplicationScoped
public class Revisions {
  private final EntityManager em;
  private final ObjectMapper mapper;

  public Revisions(EntityManager em, ObjectMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  /**
   * Records a revision.
   *
   * @param before the API view of the aggregate before the change, or null when it was created
   * @param after the API view after the change
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String type, String id, long version, String change, String by, Object before, Object after) {
    recordAll(List.of(new Entry(type, id, version, change, by, before, after)));
  }

  /** A revision to record with {@link #recordAll}. */
  public record Entry(
      String type,
      String id,
      long version,
      String change,
      String by,
      Object before,
      Object after) {}

  /** Records many revisions in one JDBC batch, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Entry> entries) {
    if (entries.isEmpty()) return;
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps =
                  connection.prepareStatement(
                      "insert into revision (aggregate_type, aggregate_id, version, change, changed_by, snapshot, changes)"
                          + " values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
                int n = 0;
                for (Entry e : entries) {
                  JsonNode after = mapper.valueToTree(e.after());
                  JsonNode before =
                      e.before() == null
                          ? MissingNode.getInstance()
                          : mapper.valueToTree(e.before());
                  List<Revision.FieldChange> changes = new ArrayList<>();
                  diff("", before, after, changes);
                  ps.setString(1, e.type());
                  ps.setString(2, e.id());
                  ps.setLong(3, e.version());
                  ps.setString(4, e.change());
                  ps.setString(5, e.by());
                  ps.setString(6, mapper.writeValueAsString(after));
                  ps.setString(7, mapper.writeValueAsString(changes));
                  ps.addBatch();
                  if (++n % 1000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
              } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
              }
            });
  }

  /**
   * Records the creation of an aggregate whose creation was not recorded when it happened, unless
   * it is recorded already. Aggregates created in bulk (a shipment line, ten thousand to a sheet)
   * write no revision row when they are created: the row itself is their first revision, shown by
   * {@link #creation}. Their first change writes it here, from the state before the change, so the
   * history stays whole.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordCreationIfMissing(
      String type,
      String id,
      long version,
      String change,
      String by,
      OffsetDateTime at,
      Object after) {
    JsonNode snapshot = mapper.valueToTree(after);
    List<Revision.FieldChange> changes = new ArrayList<>();
    diff("", MissingNode.getInstance(), snapshot, changes);
    try {
      em.createNativeQuery(
              "insert into revision (aggregate_type, aggregate_id, version, change, changed_at, changed_by, snapshot, changes)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb)) on conflict do nothing")
          .setParameter(1, type)
          .setParameter(2, id)
          .setParameter(3, version)
          .setParameter(4, change)
          .setParameter(5, at)
          .setParameter(6, by)
          .setParameter(7, mapper.writeValueAsString(snapshot))
          .setParameter(8, mapper.writeValueAsString(changes))
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The creation revision of an aggregate that has no revision row yet (see {@link
   * #recordCreationIfMissing}): every field of its current state, which is still its first.
   */
  public Revision creation(
      long version, String change, OffsetDateTime at, String by, Object after) {
    JsonNode snapshot = mapper.valueToTree(after);
    List<Revision.FieldChange> changes = new ArrayList<>();
    diff("", MissingNode.getInstance(), snapshot, changes);
    return new Revision(version, change, at, by, changes, snapshot);
  }

  /** All revisions of an aggregate, oldest first. */
  @Transactional
  public List<Revision> list(String type, String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select version, change, changed_at, changed_by, cast(changes as text), cast(snapshot as text)"
                    + " from revision where aggregate_type = ?1 and aggregate_id = ?2 order by version")
            .setParameter(1, type)
            .setParameter(2, id)
            .getResultList();
    List<Revision> out = new ArrayList<>(rows.size());
    try {
      for (Object[] r : rows) {
        out.add(
            new Revision(
                ((Number) r[0]).longValue(),
                (String) r[1],
                toOffset(r[2]),
                (String) r[3],
                mapper.readValue((String) r[4], new TypeReference<List<Revision.FieldChange>>() {}),
                mapper.readTree((String) r[5])));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime o) return o;
    if (value instanceof java.time.Instant i) return i.atOffset(java.time.ZoneOffset.UTC);
    if (value instanceof java.sql.Timestamp t)
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  /** Field-level differences between two JSON trees, by dotted path (arrays compared whole). */
  static void diff(String path, JsonNode before, JsonNode after, List<Revision.FieldChange> out) {
    if (before.isObject() && after.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      before.fieldNames().forEachRemaining(names::add);
      for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) names.add(it.next());
      for (String name : names) {
        diff(path.isEmpty() ? name : path + "." + name, before.path(name), after.path(name), out);
      }
    } else if (!before.equals(after)) {
      out.add(
          new Revision.FieldChange(
              path, before.isMissingNode() ? null : before, after.isMissingNode() ? null : after));
    }
  }
}
