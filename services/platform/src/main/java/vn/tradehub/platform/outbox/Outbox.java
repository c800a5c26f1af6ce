package vn.tradehub.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.tradehub.contracts.CloudEvents;
import vn.tradehub.platform.tx.AfterCommit;

/**
 * Writes events to the outbox table. It joins the caller's transaction and refuses to run without
 * one, so an event exists exactly when the change that caused it was committed.
 */
@ApplicationScoped
public class Outbox {
  private static final Object WAKE_RELAY = new Object();

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final AfterCommit afterCommit;
  private final OutboxRelay relay;

  public Outbox(EntityManager em, ObjectMapper mapper, AfterCommit afterCommit, OutboxRelay relay) {
    this.em = em;
    this.mapper = mapper;
    this.afterCommit = afterCommit;
    this.relay = relay;
  }

  private void wakeRelayAfterCommit() {
    afterCommit.run(WAKE_RELAY, relay::wake);
  }

  /**
   * @param topic Kafka topic
   * @param key record key: the aggregate's partition key, so order is kept per key
   * @param subject the aggregate id, sent as {@code ce_subject}
   * @param payload a record from the contracts module; its class names the event type
   * @return the event id ({@code ce_id})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(String topic, String key, String subject, Object payload) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "insert into outbox (id, topic, record_key, event_type, subject, payload)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))")
        .setParameter(1, id)
        .setParameter(2, topic)
        .setParameter(3, key)
        .setParameter(4, CloudEvents.typeOf(payload.getClass()))
        .setParameter(5, subject)
        .setParameter(6, toJson(payload))
        .executeUpdate();
    wakeRelayAfterCommit();
    return id;
  }

  /** An event to publish with {@link #publishAll}. */
  public record Message(String topic, String key, String subject, Object payload) {}

  /**
   * Publishes many events in one JDBC batch (a 10,000-line upload publishes 10,000 events), in list
   * order, in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishAll(List<Message> messages) {
    if (messages.isEmpty()) return;
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps =
                  connection.prepareStatement(
                      "insert into outbox (id, topic, record_key, event_type, subject, payload)"
                          + " values (?, ?, ?, ?, ?, cast(? as jsonb))")) {
                int n = 0;
                for (Message m : messages) {
                  ps.setObject(1, UUID.randomUUID());
                  ps.setString(2, m.topic());
                  ps.setString(3, m.key());
                  ps.setString(4, CloudEvents.typeOf(m.payload().getClass()));
                  ps.setString(5, m.subject());
                  ps.setString(6, toJson(m.payload()));
                  ps.addBatch();
                  if (++n % 1000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
              }
            });
    wakeRelayAfterCommit();
  }

  private String toJson(Object payload) {
    try {
      return mapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "event payload is not serialisable: " + payload.getClass(), e);
    }
  }
}
