package vn.tradehub.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.tradehub.contracts.CloudEvents;

/**
 * Idempotent Kafka consumers: a poll's records are applied in one transaction together with the
 * records of their {@code ce_id}s (one by one, each in its own, when that fails), so a redelivered
 * event changes nothing. Offsets are committed after the records are applied; a crash in between
 * only causes redeliveries, which are dropped.
 */
@ApplicationScoped
public class EventConsumers {
  private static final Logger LOG = Logger.getLogger(EventConsumers.class);

  @FunctionalInterface
  public interface Handler {
    void apply(IncomingEvent event);

    /**
     * Applies a poll's first deliveries, in topic order, inside one transaction. One by one unless
     * the handler can do better with set-based statements.
     */
    default void applyAll(List<IncomingEvent> events) {
      for (IncomingEvent event : events) apply(event);
    }
  }

  private final Map<String, Object> kafkaConfig;
  private final ProcessedEvents processed;
  private final ObjectMapper mapper;
  private final List<Running> running = new CopyOnWriteArrayList<>();

  public EventConsumers(
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      ProcessedEvents processed,
      ObjectMapper mapper) {
    this.kafkaConfig = kafkaConfig;
    this.processed = processed;
    this.mapper = mapper;
  }

  /** A running consumer loop; close it to stop. */
  public final class Running implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean open = true;

    private Running(String group, Collection<String> topics, Handler handler) {
      Map<String, Object> props = new HashMap<>(kafkaConfig);
      props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      // A replica killed without leaving the group holds its partitions until the session times
      // out (45 s by default, measured as a 45 s stall in bench/); 10 s hands them over sooner.
      props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
      props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
      props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      props.put(
          ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
      consumer = new KafkaConsumer<>(props);
      consumer.subscribe(topics);
      thread = new Thread(() -> loop(group, handler), "consumer-" + group);
      thread.setDaemon(true);
      thread.start();
    }

    private void loop(String group, Handler handler) {
      try {
        while (open) {
          ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
          if (records.isEmpty()) continue;
          if (!applyAll(group, handler, records)) {
            for (ConsumerRecord<String, byte[]> record : records) {
              applyWithRetry(group, handler, record);
            }
          }
          consumer.commitSync();
        }
      } catch (WakeupException e) {
        if (open) throw e;
      } catch (RuntimeException e) {
        LOG.errorf(e, "Consumer %s stopped", group);
      } finally {
        consumer.close(Duration.ofSeconds(5));
      }
    }

    /**
     * Applies a whole poll in one transaction: one commit (one WAL flush) for up to {@code
     * max.poll.records} events instead of one each. False when it failed, and then nothing of it
     * was applied: the caller goes event by event to isolate the failing one.
     */
    private boolean applyAll(
        String group, Handler handler, ConsumerRecords<String, byte[]> records) {
      if (records.count() < 2) return false;
      List<IncomingEvent> events = new ArrayList<>(records.count());
      for (ConsumerRecord<String, byte[]> record : records) {
        IncomingEvent event = parse(record);
        if (event != null) events.add(event);
      }
      try {
        QuarkusTransaction.requiringNew()
            .run(
                () -> {
                  // Duplicates are dropped by ce_id in one statement, the rest applied together.
                  Set<UUID> fresh =
                      processed.firstDeliveries(
                          group, events.stream().map(IncomingEvent::id).toList());
                  handler.applyAll(events.stream().filter(e -> fresh.remove(e.id())).toList());
                });
        return true;
      } catch (RuntimeException e) {
        LOG.warnf(
            "Consumer %s could not apply %d events together (%s); applying them one by one",
            group, events.size(), e.getMessage());
        return false;
      }
    }

    private void applyWithRetry(
        String group, Handler handler, ConsumerRecord<String, byte[]> record) {
      IncomingEvent event = parse(record);
      if (event == null) return;
      Duration backoff = Duration.ofMillis(100);
      while (open) {
        try {
          QuarkusTransaction.requiringNew()
              .run(
                  () -> {
                    if (processed.firstDelivery(group, event.id())) handler.apply(event);
                  });
          return;
        } catch (RuntimeException e) {
          // A poison event must not be skipped silently (it would be lost); retry with backoff.
          LOG.errorf(
              e,
              "Consumer %s failed on %s %s at %s-%d@%d; retrying",
              group,
              event.type(),
              event.id(),
              record.topic(),
              record.partition(),
              record.offset());
          sleep(backoff);
          backoff =
              backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                  ? Duration.ofSeconds(10)
                  : backoff.multipliedBy(2);
        }
      }
    }

    @Override
    public void close() {
      open = false;
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.remove(this);
    }
  }

  public Running start(String group, Collection<String> topics, Handler handler) {
    Running r = new Running(group, topics, handler);
    running.add(r);
    return r;
  }

  IncomingEvent parse(ConsumerRecord<String, byte[]> record) {
    String id = header(record, CloudEvents.H_ID);
    if (id == null) {
      LOG.warnf(
          "Skipping a record without ce_id at %s-%d@%d",
          record.topic(), record.partition(), record.offset());
      return null;
    }
    try {
      String time = header(record, CloudEvents.H_TIME);
      return new IncomingEvent(
          UUID.fromString(id),
          header(record, CloudEvents.H_TYPE),
          header(record, CloudEvents.H_SOURCE),
          time == null ? null : Instant.parse(time),
          header(record, CloudEvents.H_SUBJECT),
          record.key(),
          mapper.readTree(record.value()),
          record.topic(),
          record.partition(),
          record.offset());
    } catch (IOException | RuntimeException e) {
      LOG.errorf(
          "Skipping an unreadable record %s at %s-%d@%d: %s",
          id, record.topic(), record.partition(), record.offset(), e.getMessage());
      return null;
    }
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void shutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
    for (Running r : running) r.close();
  }
}
