package vn.tradehub.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.indicators.TestEvents;
import vn.tradehub.platform.testing.RealInfraResource;

/** The SSE stream: changes as they are applied, and the replay after Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class EventStreamTest {
  @TestHTTPResource("/api/v1/province/events")
  URI events;

  /** One open stream, its lines collected in the background. */
  static final class Stream implements AutoCloseable {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;
    volatile java.util.stream.Stream<String> body;

    Stream(HttpClient client, URI uri, String lastEventId) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
      if (lastEventId != null) b.header("Last-Event-ID", lastEventId);
      response = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines());
      response.thenAcceptAsync(
          r -> {
            body = r.body();
            try {
              body.forEach(lines::add);
            } catch (RuntimeException closed) {
              // the test closed the stream
            }
          });
    }

    /** The ids and data lines of the events about gate {@code gate}, in order. */
    List<String> idsFor(String gate) {
      List<String> ids = new java.util.ArrayList<>();
      String id = null;
      for (String line : lines) {
        if (line.startsWith("id:")) id = line.substring(3).trim();
        if (line.startsWith("data:")
            && line.replace(" ", "").contains("\"gateCode\":\"" + gate + "\"")) ids.add(id);
      }
      return ids;
    }

    @Override
    public void close() {
      response.cancel(true);
      if (body != null) body.close();
    }
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aReconnectingClientGetsWhatItMissed() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String gate = "SSE" + Long.toString(System.nanoTime() % 100000);
    try (TestEvents kafka = new TestEvents()) {
      String firstId;
      try (Stream s = new Stream(client, events, null)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(s.lines).anyMatch(l -> l.startsWith(":")));
        kafka.recorded(TestEvents.line(gate, "S-1", LocalDate.of(2033, 1, 5), "EXPORT", "1000.00"));
        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(() -> assertThat(s.idsFor(gate)).as("events in %s", s.lines).hasSize(1));
        firstId = s.idsFor(gate).get(0);
        assertThat(s.lines).anyMatch(l -> l.replace(" ", "").equals("event:shipments"));
        assertThat(s.lines)
            .anyMatch(
                l ->
                    l.startsWith("data:")
                        && l.replace(" ", "").contains("\"period\":\"2033-01\"")
                        && l.replace(" ", "").contains("\"source\":\"border-trade\""));
      }
      // while the client is away, two more changes are applied
      kafka.recorded(TestEvents.line(gate, "S-2", LocalDate.of(2033, 1, 6), "EXPORT", "2000.00"));
      kafka.recorded(TestEvents.line(gate, "S-3", LocalDate.of(2033, 1, 7), "IMPORT", "3000.00"));
      try (Stream s = new Stream(client, events, firstId)) {
        await().atMost(Duration.ofSeconds(60)).until(() -> s.idsFor(gate).size() == 2);
        List<String> ids = s.idsFor(gate);
        assertThat(Long.parseLong(ids.get(0))).isGreaterThan(Long.parseLong(firstId));
        assertThat(Long.parseLong(ids.get(1))).isGreaterThan(Long.parseLong(ids.get(0)));
        // and it follows new changes after the replay
        kafka.recorded(TestEvents.line(gate, "S-4", LocalDate.of(2033, 1, 8), "IMPORT", "4000.00"));
        await().atMost(Duration.ofSeconds(60)).until(() -> s.idsFor(gate).size() == 3);
      }
      // a fresh client without Last-Event-ID does not get the history
      try (Stream s = new Stream(client, events, null)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(s.lines).anyMatch(l -> l.startsWith(":")));
        kafka.recorded(TestEvents.line(gate, "S-5", LocalDate.of(2033, 1, 9), "IMPORT", "5000.00"));
        await().atMost(Duration.ofSeconds(60)).until(() -> s.idsFor(gate).size() == 1);
      }
    }
  }

  @Test
  void theStreamNeedsAnIdentity() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }
}
