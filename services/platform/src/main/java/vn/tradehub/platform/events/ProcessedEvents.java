package vn.tradehub.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Remembers which events a consumer applied, inside the consumer's own transaction. */
@ApplicationScoped
public class ProcessedEvents {
  private final EntityManager em;

  public ProcessedEvents(EntityManager em) {
    this.em = em;
  }

  /** True the first time this consumer sees the event id; false for a redelivery. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, UUID eventId) {
    return em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .executeUpdate()
        == 1;
  }

  /**
   * The ids this consumer sees for the first time, of {@code eventIds}, recorded in one statement;
   * an id that appears twice in the list counts once.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<UUID> firstDeliveries(String consumer, List<UUID> eventIds) {
    if (eventIds.isEmpty()) return new HashSet<>();
    Session session = em.unwrap(Session.class);
    return session.doReturningWork(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "insert into processed_event (consumer, event_id) select ?, unnest(?::uuid[])"
                      + " on conflict do nothing returning event_id")) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("uuid", eventIds.toArray()));
            Set<UUID> fresh = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) fresh.add(rs.getObject(1, UUID.class));
            }
            return fresh;
          }
        });
  }

  /** Forgets a consumer's history, before a rebuild of its read model from the topics. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(String consumer) {
    em.createNativeQuery("delete from processed_event where consumer = ?1")
        .setParameter(1, consumer)
        .executeUpdate();
  }
}
