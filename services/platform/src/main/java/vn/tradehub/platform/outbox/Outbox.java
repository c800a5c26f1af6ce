package vn.tradehub.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;
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

  /** Up to this many events go in one JDBC batch; more (a sheet) go through COPY. */
  static final int BATCH_MAX = 50;

  /**
   * Publishes many events, in list order, in the caller's transaction: a few in one JDBC batch,
   * many (a 10,000-line upload publishes 10,000 events) through COPY, which the database takes in
   * one statement instead of one insert each.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publishAll(List<Message> messages) {
    if (messages.isEmpty()) return;
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              if (messages.size() > BATCH_MAX) {
                copy(connection, messages);
                return;
              }
              try (PreparedStatement ps =
                  connection.prepareStatement(
                      "insert into outbox (id, topic, record_key, event_type, subject, payload)"
                          + " values (?, ?, ?, ?, ?, cast(? as jsonb))")) {
                for (Message m : messages) {
                  ps.setObject(1, UUID.randomUUID());
                  ps.setString(2, m.topic());
                  ps.setString(3, m.key());
                  ps.setString(4, CloudEvents.typeOf(m.payload().getClass()));
                  ps.setString(5, m.subject());
                  ps.setString(6, toJson(m.payload()));
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
    wakeRelayAfterCommit();
  }

  /** The rows as CSV through COPY; the identity column keeps their order (the relay's order). */
  private void copy(Connection connection, List<Message> messages) throws SQLException {
    StringBuilder csv = new StringBuilder(messages.size() * 768);
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
      for (Message m : messages) {
        printer.printRecord(
            UUID.randomUUID(),
            m.topic(),
            m.key(),
            CloudEvents.typeOf(m.payload().getClass()),
            m.subject(),
            toJson(m.payload()));
      }
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy outbox (id, topic, record_key, event_type, subject, payload) from stdin with (format csv)",
              new StringReader(csv.toString()));
    } catch (IOException e) {
      throw new SQLException("outbox COPY failed", e);
    }
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
