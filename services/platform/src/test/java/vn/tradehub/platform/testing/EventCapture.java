package vn.tradehub.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.tradehub.contracts.EventSchemas;

/**
 * Reads the events a test caused. Open it before the action ({@link #fromNow}) or read a topic
 * whole ({@link #fromBeginning}); every event read is checked against its JSON Schema in the
 * contracts module, so a test that sees an event also proves the event keeps its contract.
 */
public final class EventCapture implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<CapturedEvent> seen = new ArrayList<>();
  private final String topic;

  private EventCapture(String bootstrap, String topic, boolean fromBeginning) {
    this.topic = topic;
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-capture-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(p);
    List<TopicPartition> partitions = new ArrayList<>();
    Duration wait = Duration.ofSeconds(30);
    long deadline = System.nanoTime() + wait.toNanos();
    // The topic may not exist yet: asking for its partitions creates it (auto-create is on).
    while (partitions.isEmpty() && System.nanoTime() < deadline) {
      consumer
          .partitionsFor(topic, Duration.ofSeconds(10))
          .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
    }
    consumer.assign(partitions);
    if (fromBeginning) consumer.seekToBeginning(partitions);
    else {
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve now, before the action under test
    }
  }

  public static EventCapture fromNow(String bootstrap, String topic) {
    return new EventCapture(bootstrap, topic, false);
  }

  public static EventCapture fromBeginning(String bootstrap, String topic) {
    return new EventCapture(bootstrap, topic, true);
  }

  /**
   * Polls until {@code count} matching events were read or the timeout passes; returns the matches.
   */
  public List<CapturedEvent> await(Predicate<CapturedEvent> match, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<CapturedEvent> matches = matching(match);
    while (matches.size() < count && System.nanoTime() < deadline) {
      poll(Duration.ofMillis(200));
      matches = matching(match);
    }
    return matches;
  }

  /**
   * Reads for the whole duration (to prove that nothing more arrives), then returns the matches.
   */
  public List<CapturedEvent> readFor(Predicate<CapturedEvent> match, Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) poll(Duration.ofMillis(200));
    return matching(match);
  }

  private List<CapturedEvent> matching(Predicate<CapturedEvent> match) {
    return seen.stream().filter(match).toList();
  }

  private void poll(Duration d) {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(d)) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (Header h : r.headers())
        headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
      try {
        CapturedEvent event =
            new CapturedEvent(r.topic(), r.key(), headers, MAPPER.readTree(r.value()));
        String type = event.type();
        if (type != null && EventSchemas.exists(type)) {
          List<String> errors = EventSchemas.validate(type, event.payload());
          if (!errors.isEmpty())
            throw new AssertionError(
                "event " + type + " breaks its schema: " + errors + "\n" + event.payload());
        } else if (type != null) {
          throw new AssertionError(
              "event type " + type + " on " + topic + " has no JSON Schema in services/contracts");
        }
        seen.add(event);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public List<CapturedEvent> all() {
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
