package vn.tradehub.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

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

  /** Forgets a consumer's history, before a rebuild of its read model from the topics. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(String consumer) {
    em.createNativeQuery("delete from processed_event where consumer = ?1")
        .setParameter(1, consumer)
        .executeUpdate();
  }
}
