package vn.tradehub.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ConsumerDedupTest {
  @Inject AgroalDataSource ds;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  void redeliveredEventChangesNothing() throws Exception {
    UUID eventId = UUID.randomUUID();
    UUID widget = UUID.randomUUID();
    UUID marker = UUID.randomUUID();
    try (KafkaProducer<String, String> producer = producer(Map.of())) {
      // The same event three times (a relay retry, a replay), then a different one as a marker.
      for (int i = 0; i < 3; i++) producer.send(record(eventId, widget)).get();
      producer.send(record(marker, widget)).get();
    }
    awaitProcessed(marker, Duration.ofSeconds(30));
    assertThat(tally(widget)).isEqualTo(2);
    assertThat(
            Db.count(
                ds,
                "select count(*) from processed_event where consumer = 'widget-tally' and event_id = ?",
                eventId))
        .isEqualTo(1);
  }

  @Test
  void aFailingEventIsRetriedAloneAndItsNeighboursCountOnce() throws Exception {
    // Events of one poll are applied in one transaction; when one fails, that transaction rolls
    // back and they are applied one by one, the failing one retried until it succeeds.
    UUID widget = UUID.randomUUID();
    UUID failing = UUID.randomUUID();
    UUID marker = UUID.randomUUID();
    // one produce request, so most likely one poll
    try (KafkaProducer<String, String> producer =
        producer(Map.of(ProducerConfig.LINGER_MS_CONFIG, 50))) {
      for (int i = 0; i < 3; i++) producer.send(record(UUID.randomUUID(), widget, "ok"));
      producer.send(record(failing, widget, "fail-2"));
      for (int i = 0; i < 3; i++) producer.send(record(UUID.randomUUID(), widget, "ok"));
      producer.send(record(marker, widget, "ok")).get();
    }
    awaitProcessed(marker, Duration.ofSeconds(60));
    assertThat(tally(widget)).isEqualTo(8);
    assertThat(WidgetTally.failures.get(failing)).hasValue(3); // two refusals, then applied
  }

  /** A producer of plain strings to the test's broker, with {@code extra} settings. */
  private KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.putAll(extra);
    return new KafkaProducer<>(p);
  }

  /** Waits until the consumer has recorded {@code eventId}, sent last, so all before it too. */
  private void awaitProcessed(UUID eventId, Duration within) {
    await()
        .atMost(within)
        .until(
            () ->
                Db.count(ds, "select count(*) from processed_event where event_id = ?", eventId)
                    == 1);
  }

  /** How many WidgetChanged events the consumer applied to {@code widget}. */
  private long tally(UUID widget) {
    String tally = "vn.tradehub.platformtest.WidgetChanged:" + widget;
    return Db.count(ds, "select n from widget_tally where event_type = ?", tally);
  }

  private static ProducerRecord<String, String> record(UUID eventId, UUID widget) {
    return record(eventId, widget, "dup");
  }

  private static ProducerRecord<String, String> record(UUID eventId, UUID widget, String name) {
    ProducerRecord<String, String> r =
        new ProducerRecord<>(
            WidgetService.TOPIC,
            "dup",
            "{\"id\":\"" + widget + "\",\"name\":\"" + name + "\",\"colour\":null}");
    r.headers().add("ce_specversion", bytes("1.0"));
    r.headers().add("ce_id", bytes(eventId.toString()));
    r.headers().add("ce_type", bytes("vn.tradehub.platformtest.WidgetChanged"));
    r.headers().add("ce_source", bytes("urn:tradehub:test"));
    r.headers().add("ce_subject", bytes(widget.toString()));
    r.headers().add("content-type", bytes("application/json"));
    return r;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
