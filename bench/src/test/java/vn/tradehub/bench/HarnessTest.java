package vn.tradehub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own logic, without a stack and without any timing assertion. */
class HarnessTest {
  /**
   * Both loop shapes against a local server: the closed loop stops at its request count, every
   * worker is one of the clients asked for and every accepted line reaches the hook; the fixed rate
   * sends every line, retries a 503 (Retry-After 0) once and then has it accepted.
   */
  @Test
  void loadRunsItsWorkersAndRetriesUntilAccepted() throws Exception {
    Set<String> refusedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Set<String> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String seq = ex.getRequestHeaders().getFirst("X-Seq");
      workers.add(ex.getRequestHeaders().getFirst("X-Worker"));
      boolean retry = ex.getRequestURI().getPath().equals("/retry") && refusedOnce.add(seq);
      if (retry) ex.getResponseHeaders().add("Retry-After", "0");
      ex.sendResponseHeaders(retry ? 503 : 201, -1);
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Load load = new Load(java.net.http.HttpClient.newHttpClient());
      java.util.function.Function<String, Load.Call> call = path -> (worker, seq) -> Load.post(base + path, Duration.ofSeconds(10))
          .header("X-Seq", Long.toString(seq)).header("X-Worker", Integer.toString(worker)).GET().build();
      Set<Long> hooked = java.util.concurrent.ConcurrentHashMap.newKeySet();

      Recorder closed = load.closed("closed", 3, Duration.ofSeconds(30), 30, new java.util.concurrent.atomic.AtomicLong(), call.apply("/ok"), (seq, r) -> hooked.add(seq));
      assertEquals(30, closed.accepted);
      assertEquals(30, closed.attempts);
      assertEquals(30, hooked.size());
      assertTrue(Set.of("0", "1", "2").containsAll(workers), workers.toString());

      Recorder open = load.open("open", 40, Duration.ofSeconds(1), 4, Duration.ofSeconds(20), new java.util.concurrent.atomic.AtomicLong(1000), call.apply("/retry"), null, null);
      assertEquals(40, open.accepted);
      assertEquals(80, open.attempts);
      assertEquals(0, open.gaveUp);
      assertEquals(40, open.seen.get("503").count);
      assertEquals(40, open.seen.get("503").withRetryAfter);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void linesHaveUniqueNaturalKeysAndAreReproducible() throws Exception {
    Lines lines = new Lines("PTEST", 2023, "10000.00", false);
    Set<String> keys = new HashSet<>();
    for (long i = 0; i < 50_000; i++) assertTrue(keys.add(lines.line(i).key()));
    assertEquals(lines.line(1234).json(), lines.line(1234).json());
    JsonNode n = new ObjectMapper().readTree(lines.line(7).json());
    assertEquals("USD", n.path("value").path("currency").asText());
    assertTrue(n.path("declarationNumber").asText().matches("[0-9A-Za-z/-]{1,30}"));
    assertTrue(n.path("lineNumber").asInt() >= 1 && n.path("lineNumber").asInt() <= 9999);
  }

  @Test
  void sheetHasHeaderAndOneRowPerLine() {
    String csv = new Lines("BTEST", 2022, "10000.00", false).sheet(0, 10_000);
    String[] rows = csv.split("\n");
    assertEquals(10_001, rows.length);
    assertEquals(Lines.CSV_HEADER, rows[0]);
    for (int i = 1; i < rows.length; i++) assertEquals(15, rows[i].split(",", -1).length, rows[i]);
  }

  @Test
  void oneGateLinesStayOnOneKey() {
    Lines lines = new Lines("RTEST", 2017, "10000.00", true);
    for (long i = 0; i < 100; i++) {
      assertEquals("THANH_THUY", lines.line(i).gate());
      assertEquals("EXPORT", lines.line(i).flow());
    }
  }

  @Test
  void serviceTokenIsAnRs256JwtWithTheGatewaysClaims(@TempDir Path state) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    Files.createDirectories(state.resolve("jwt"));
    Files.writeString(
        state.resolve("jwt/private.pem"),
        "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    String token = new Auth(null, "http://127.0.0.1:1", state).serviceToken("bench-direct", Duration.ofMinutes(5));
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(kp.getPublic());
    s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(s.verify(Base64.getUrlDecoder().decode(parts[2])));
    JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertEquals("urn:tradehub:gateway", claims.path("iss").asText());
    assertEquals("tradehub-services", claims.path("aud").asText());
    assertEquals("CUSTOMS", claims.path("groups").get(0).asText());
  }

  @Test
  void reportWritesMarkdownJsonAndCharts(@TempDir Path dir) throws Exception {
    Report r = new Report(dir, "2026-01-01-0000");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores (nproc)", 2);
    r.machine(m);
    r.command("bench/run.sh post", 30, 5, 16, 20);
    Recorder d = fake("post direct (closed loop)", 1000);
    Recorder g = fake("post via gateway (closed loop)", 600);
    Pg.PgbenchResult pg = new Pg.PgbenchResult("post-minimal.sql", 16, 20, 2000, 8, 40000, 0, "pgbench ...", "");
    Pg.PgbenchResult full = new Pg.PgbenchResult("post-full.sql", 16, 20, 1500, 10, 30000, 0, "pgbench ...", "");
    r.post(pg, full, d, g, fake("post direct at half max", 500), fake("post via gateway at half max", 300), 10, 10, 10);
    Recorder f = fake("fault kafka", 40);
    f.events.put(10.0, "kill -9 Kafka");
    r.fault("kafka", f, 100, Map.of(), 100, 0, 0, 0, 0, 100, 100, 2.5, 45, 0);
    r.write();
    String md = Files.readString(dir.resolve("2026-01-01-0000.md"));
    assertTrue(md.contains("## 1. Single shipment POST"), md);
    assertTrue(md.contains("### Fault: kafka"), md);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("2026-01-01-0000.json").toFile());
    assertEquals(0.5, json.path("post").path("ratios").path("directOverPgbench").asDouble(), 1e-9);
    for (String png : List.of("post-throughput", "post-latency", "fault-kafka")) {
      assertTrue(Files.size(dir.resolve("2026-01-01-0000-" + png + ".png")) > 1000, png);
    }
  }

  /** A recorder with {@code n} accepted requests of 1..n ms over a nominal 1 s (no clock involved). */
  private static Recorder fake(String name, int n) {
    Recorder r = new Recorder(name);
    r.startNanos = 0;
    r.endNanos = 1_000_000_000L;
    for (int i = 1; i <= n; i++) r.accepted(0, i * 1_000_000L);
    return r;
  }
}
