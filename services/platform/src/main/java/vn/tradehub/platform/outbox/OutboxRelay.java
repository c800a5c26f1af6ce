package vn.tradehub.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tradehub.contracts.CloudEvents;

/**
 * Sends outbox rows to Kafka, in insertion order, with an idempotent producer ({@code acks=all}).
 *
 * <p>One relay per database is active: it holds a PostgreSQL session advisory lock on its own
 * connection (outside the pool, so the lock dies with the connection), and other replicas stand by
 * until it is released. It wakes when a transaction that wrote to the outbox commits on this
 * replica, and on a short timer for rows other replicas wrote (no NOTIFY: it serialises commits,
 * see V0_6__outbox_without_notify.sql). A row is marked published only after Kafka acknowledged it
 * and every row before it; after a failure the rest are sent again, so delivery is at least once
 * and consumers drop duplicates by {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** Advisory lock key shared by all replicas of one service (they share one database). */
  static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

  public enum State {
    STOPPED,
    STANDBY,
    ACTIVE
  }

  private final OutboxConfig config;
  private final Map<String, Object> kafkaConfig;
  private final String jdbcUrl;
  private final Optional<String> dbUser;
  private final Optional<String> dbPassword;
  private final String source;

  private volatile boolean running;
  private volatile State state = State.STOPPED;
  private volatile Instant lastSuccess;
  private volatile String lastError;
  private volatile Thread thread;
  private volatile Connection connection;
  private KafkaProducer<String, byte[]> producer;
  private final Semaphore wakeUps = new Semaphore(0);

  public OutboxRelay(
      OutboxConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> dbUser,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> dbPassword,
      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
    this.source = "urn:tradehub:" + applicationName;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.relayEnabled()) {
      start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  public synchronized void start() {
    if (running) return;
    running = true;
    thread = new Thread(this::loop, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  public synchronized void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      closeQuietly(connection);
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeProducer();
    state = State.STOPPED;
  }

  /** Called after a transaction that wrote outbox rows committed. */
  public void wake() {
    if (wakeUps.availablePermits() == 0) wakeUps.release();
  }

  public State state() {
    return state;
  }

  public Instant lastSuccess() {
    return lastSuccess;
  }

  public String lastError() {
    return lastError;
  }

  private void loop() {
    Duration backoff = Duration.ofMillis(200);
    while (running) {
      try (Connection conn =
          DriverManager.getConnection(jdbcUrl, dbUser.orElse(null), dbPassword.orElse(null))) {
        connection = conn;
        conn.setAutoCommit(true);
        if (!tryLock(conn)) {
          state = State.STANDBY;
          sleep(config.standbyRetry());
          continue;
        }
        state = State.ACTIVE;
        LOG.infof("Outbox relay active (source %s)", source);
        while (running) {
          int sent;
          try {
            sent = relayBatch(conn);
            backoff = Duration.ofMillis(200);
          } catch (KafkaUnavailable e) {
            lastError = e.getMessage();
            LOG.warnf(
                "Outbox relay cannot reach Kafka, events wait in the outbox: %s", e.getMessage());
            closeProducer();
            sleep(backoff);
            backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            continue;
          }
          if (sent < config.batchSize()) {
            // Wakes on a local commit, or after the poll interval at the latest.
            awaitWakeUp();
          }
        }
      } catch (SQLException e) {
        if (running) {
          lastError = "database: " + e.getMessage();
          LOG.warnf("Outbox relay lost its database connection: %s", e.getMessage());
          state = State.STANDBY;
          sleep(backoff);
          backoff = min(backoff.multipliedBy(2), config.maxBackoff());
        }
      } finally {
        connection = null;
      }
    }
    state = State.STOPPED;
  }

  private boolean tryLock(Connection conn) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("select pg_try_advisory_lock(?)")) {
      ps.setLong(1, LOCK_KEY);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private record Row(
      UUID id,
      String topic,
      String key,
      String type,
      String subject,
      String payload,
      OffsetDateTime createdAt) {}

  /** Sends one batch; returns how many rows were published. */
  int relayBatch(Connection conn) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "select id, topic, record_key, event_type, subject, payload::text, created_at"
                + " from outbox where published_at is null order by seq limit ?")) {
      ps.setInt(1, config.batchSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getObject(7, OffsetDateTime.class)));
        }
      }
    }
    if (rows.isEmpty()) return 0;

    KafkaProducer<String, byte[]> p = producer();
    List<Future<?>> acks = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Future<?> ack;
      try {
        ack = p.send(toRecord(row));
      } catch (RuntimeException e) {
        break;
      }
      acks.add(ack);
      // A record refused before it was queued (no metadata within max.block.ms) comes back as an
      // already-failed future: stop there, or a later record of the same key could go out first.
      if (ack.isDone() && failedNow(ack)) break;
    }
    // Every acknowledged row is marked, so nothing Kafka holds is sent again; a failed one is.
    List<UUID> done = new ArrayList<>();
    String failure = null;
    for (int i = 0; i < acks.size(); i++) {
      try {
        acks.get(i).get();
        done.add(rows.get(i).id());
      } catch (Exception e) {
        if (failure == null) failure = rootMessage(e);
      }
    }
    if (acks.size() < rows.size() && failure == null) failure = "Kafka metadata unavailable";
    markPublished(conn, done);
    if (!done.isEmpty()) lastSuccess = Instant.now();
    if (failure != null) throw new KafkaUnavailable(failure);
    lastError = null;
    return done.size();
  }

  private void markPublished(Connection conn, List<UUID> ids) throws SQLException {
    if (ids.isEmpty()) return;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "update outbox set published_at = clock_timestamp() where id = any(?)")) {
      Array array = conn.createArrayOf("uuid", ids.toArray());
      ps.setArray(1, array);
      ps.executeUpdate();
    }
  }

  private ProducerRecord<String, byte[]> toRecord(Row row) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
    header(record, CloudEvents.H_SPECVERSION, CloudEvents.SPEC_VERSION);
    header(record, CloudEvents.H_ID, row.id().toString());
    header(record, CloudEvents.H_TYPE, row.type());
    header(record, CloudEvents.H_SOURCE, source);
    header(record, CloudEvents.H_TIME, row.createdAt().toInstant().toString());
    if (row.subject() != null) header(record, CloudEvents.H_SUBJECT, row.subject());
    header(record, CloudEvents.H_CONTENT_TYPE, CloudEvents.CONTENT_TYPE_JSON);
    return record;
  }

  private static void header(ProducerRecord<?, ?> record, String name, String value) {
    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Map<String, Object> props = new HashMap<>(kafkaConfig);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
      props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
      props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
      // Metadata waits are short (send() fails before anything is queued), but a queued record is
      // retried for 10 minutes rather than expired: an expired batch lets later records of the
      // same key overtake it, while a retried one keeps the idempotent producer's order.
      props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
      props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
      props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, source.replace(':', '-') + "-outbox");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  private void closeProducer() {
    KafkaProducer<String, byte[]> p = producer;
    producer = null;
    if (p != null) {
      try {
        p.close(Duration.ZERO);
      } catch (RuntimeException e) {
        LOG.debug("closing producer", e);
      }
    }
  }

  private static boolean failedNow(Future<?> done) {
    try {
      done.get();
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  private void awaitWakeUp() {
    try {
      wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stop() interrupts; the loop sees running == false
    }
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing to unblock the relay thread; nothing to do
    }
  }

  static final class KafkaUnavailable extends RuntimeException {
    KafkaUnavailable(String message) {
      super(message, null, false, false);
    }
  }
}
