package vn.tradehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The benchmark and fault-injection harness of issue 8. Started by bench/run.sh against the local
 * stack; every scenario is bounded in time and count and touches loopback addresses only.
 *
 * <p>Scenarios: post, batch, freshness, faults, kafka, read-scale, iip-scale, footprint (see
 * bench/README.md).
 */
public final class Bench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern LOCATION_ID = Pattern.compile("/shipments/([0-9a-f-]{36})");
  static final int POST_YEAR = 2023;
  static final int BATCH_YEAR = 2022;
  static final int FRESHNESS_YEAR = 2017;
  static final int FAULT_YEAR = 2016;
  static final List<String> DEFAULT_SCENARIOS = List.of("post", "batch", "freshness", "faults", "kafka", "read-scale", "iip-scale", "footprint");

  final Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
  final Path state = repo.resolve(".run");
  final Path out = Path.of(System.getProperty("bench.out", repo.resolve("bench/results").toString()));
  final String gateway = System.getProperty("bench.gateway", "http://127.0.0.1:8080");
  final String borderTrade = System.getProperty("bench.borderTrade", "http://127.0.0.1:8083");
  final String industry = System.getProperty("bench.industry", "http://127.0.0.1:8081");
  final String commerce = System.getProperty("bench.commerce", "http://127.0.0.1:8082");
  final String kafkaBootstrap = System.getProperty("bench.kafka", "127.0.0.1:9092");
  /** The peer's base URL (bench/run.sh started it), empty when it is not running. */
  final String peer = System.getProperty("bench.peer", "");
  static final String PEER_RUN = "peer (wrk)";
  final int seconds = Integer.getInteger("bench.seconds", 30);
  final int warmup = Integer.getInteger("bench.warmup", 5);
  final int concurrency = Integer.getInteger("bench.concurrency", 16);
  final int pgbenchSeconds = Integer.getInteger("bench.pgbenchSeconds", 20);
  final int sheetsPerPath = Integer.getInteger("bench.sheets", 3);
  final Path pgbench = Path.of(System.getProperty("bench.pgbench", "/usr/lib/postgresql/15/bin/pgbench"));
  final Path wrkBinary = Path.of(System.getProperty("bench.wrk", "/usr/bin/wrk"));
  final int repeats = Math.max(1, Integer.getInteger("bench.repeats", 3));
  final String runId = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
  final String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC).format(Instant.now());

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  final Load load = new Load(http);
  final Auth auth = new Auth(http, gateway, state);
  final Pg pg;
  final Report report;
  final Cpu cpu = new Cpu(state);

  Bench() {
    Map<String, String> pw = new HashMap<>();
    pw.put("border_trade", System.getenv("BORDER_TRADE_LOCAL_DB_PASSWORD"));
    pw.put("gateway", System.getenv("GATEWAY_LOCAL_DB_PASSWORD"));
    pw.put("industry", System.getenv("INDUSTRY_LOCAL_DB_PASSWORD"));
    pg = new Pg("127.0.0.1", Integer.getInteger("bench.pgPort", 5432), pw);
    report = new Report(out, stamp);
  }

  public static void main(String[] args) throws Exception {
    List<String> scenarios = args.length == 0 ? DEFAULT_SCENARIOS : List.of(args);
    Bench b = new Bench();
    b.run(scenarios);
  }

  void run(List<String> scenarios) throws Exception {
    Files.createDirectories(out);
    report.machine(machine());
    report.command("bench/run.sh " + String.join(" ", scenarios), seconds, warmup, concurrency, pgbenchSeconds);
    try {
      for (String s : scenarios) {
        log("scenario " + s);
        try {
          switch (s) {
            case "post" -> post();
            case "batch" -> batch();
            case "freshness" -> freshness();
            case "faults" -> faults(List.of("kafka", "border-trade", "gateway", "retry-storm", "postgres"));
            case "fault-kafka", "fault-border-trade", "fault-gateway", "fault-retry-storm", "fault-postgres" -> faults(List.of(s.substring(6)));
            case "kafka" -> kafka();
            case "probe-direct", "probe-gateway" -> probe(s.endsWith("gateway"));
            case "probe-wrk" -> probeWrk();
            case "read-scale" -> new ReadScale(this).run();
            case "iip-scale" -> new IipScale(this).run();
            case "footprint" -> new Footprint(this).run();
            default -> throw new IllegalArgumentException("unknown scenario " + s + " (post, batch, freshness, faults, fault-<kafka|border-trade|gateway|retry-storm|postgres>, kafka, read-scale, iip-scale, footprint, probe-direct, probe-gateway)");
          }
        } catch (Exception e) {
          e.printStackTrace();
          report.failure(s, e);
        }
        report.write(); // after every scenario, so an interrupted run still leaves its figures
      }
    } finally {
      auth.revokeAll();
      try {
        pg.execute("border_trade", "drop schema if exists bench cascade");
      } catch (Exception e) {
        log("dropping the bench schema: " + e.getMessage());
      }
      report.write();
      log("results: " + report.markdownPath());
    }
  }

  // ---------------------------------------------------------------- scenario 1: single posts

  void post() throws Exception {
    setupPgbenchSchema();
    Map<String, Map<String, Double>> cpuPerRequest = new LinkedHashMap<>();
    // The ceiling is run several times and its median run is the one the ratios use.
    List<Pg.PgbenchResult> minimals = new ArrayList<>();
    Map<String, Long> c1 = null;
    for (int i = 0; i < repeats; i++) {
      Map<String, Long> c0 = cpu.snapshot();
      Pg.PgbenchResult m = pg.pgbench(pgbench, repo.resolve("bench/sql/post-minimal.sql"), "border_trade", concurrency, 2, pgbenchSeconds);
      c1 = cpu.snapshot();
      if (i == 0) cpuPerRequest.put("pgbench post-minimal", Cpu.perRequest(c0, c1, m.transactions()));
      log(String.format("pgbench post-minimal: %.0f tps", m.tps()));
      minimals.add(m);
      report.pgbench("post", m);
    }
    Pg.PgbenchResult minimal = median(minimals, Pg.PgbenchResult::tps);
    Pg.PgbenchResult full = pg.pgbench(pgbench, repo.resolve("bench/sql/post-full.sql"), "border_trade", concurrency, 2, pgbenchSeconds);
    cpuPerRequest.put("pgbench post-full", Cpu.perRequest(c1, cpu.snapshot(), full.transactions()));
    log(String.format("pgbench post-full: %.0f tps", full.tps()));
    report.pgbench("post", full);

    Lines lines = new Lines("P" + runId, POST_YEAR, "10000.00", false);
    AtomicLong seqs = new AtomicLong();
    Map<Long, String> ids = new ConcurrentHashMap<>();
    Load.Hook hook = (seq, r) -> ids.put(seq, idOf(r));

    String token = auth.serviceToken("bench-direct", Duration.ofMinutes(30));
    Load.Call direct = (w, seq) -> postRequest(borderTrade, "Bearer " + token, lines.line(seq), Duration.ofSeconds(30));
    load.closed("warm-up direct", concurrency, Duration.ofSeconds(warmup), Long.MAX_VALUE, seqs, direct, hook);
    Map<String, Long> c2 = cpu.snapshot();
    Recorder d = load.closed("post direct (closed loop)", concurrency, Duration.ofSeconds(seconds), 2_000_000, seqs, direct, hook);
    log(String.format("direct: %.0f/s p99 %.1f ms", d.throughput(), d.ms(99)));

    settle(); // the direct run's events are still being relayed and applied: let them finish first
    // (and count the CPU of relaying and applying them: part of what a post costs)
    cpuPerRequest.put("POST direct, with its events", Cpu.perRequest(c2, cpu.snapshot(), d.accepted));
    List<String> keys = auth.customsKeys("bench-" + runId + "-customs", concurrency);
    Load.Call viaGateway = (w, seq) -> postRequest(gateway, "ApiKey " + keys.get(w % keys.size()), lines.line(seq), Duration.ofSeconds(30));
    load.closed("warm-up gateway", concurrency, Duration.ofSeconds(warmup), Long.MAX_VALUE, seqs, viaGateway, hook);
    Map<String, Long> c3 = cpu.snapshot();
    Recorder g = load.closed("post via gateway (closed loop)", concurrency, Duration.ofSeconds(seconds), 2_000_000, seqs, viaGateway, hook);
    log(String.format("gateway: %.0f/s p99 %.1f ms", g.throughput(), g.ms(99)));

    settle();
    cpuPerRequest.put("POST via gateway, with its events", Cpu.perRequest(c3, cpu.snapshot(), g.accepted));
    double halfDirect = Math.max(1, d.throughput() / 2);
    Recorder dh = load.open(String.format("post direct at half max (%.0f/s)", halfDirect), halfDirect, Duration.ofSeconds(seconds), 64, Duration.ZERO, seqs, direct, hook, null);
    log(String.format("direct half: %.0f/s p99 %.1f ms", dh.throughput(), dh.ms(99)));
    settle();
    double halfGateway = Math.max(1, g.throughput() / 2);
    Recorder gh = load.open(String.format("post via gateway at half max (%.0f/s)", halfGateway), halfGateway, Duration.ofSeconds(seconds), 64, Duration.ZERO, seqs, viaGateway, hook, null);
    log(String.format("gateway half: %.0f/s p99 %.1f ms", gh.throughput(), gh.ms(99)));

    // The same posts from wrk, a client as light as pgbench's (a prefix per run: new lines, no replays): what the services take when the load
    // generator does not compete with them for the two cores as much.
    WrkRounds rounds = wrkRounds(token, keys, cpuPerRequest);
    List<Wrk.Result> wrkRuns = rounds.posts();
    List<Long> wrkRows = rounds.rows();
    report.cpu(cpuPerRequest, Runtime.getRuntime().availableProcessors());
    report.wrk(wrkRuns, wrkRows, minimal);
    report.peer(rounds.peer(), wrkRuns, rounds.cpu());

    // The accepted ids against the database: every 201 is a row, every row of this run was answered.
    List<String> db = pg.row("border_trade", "select count(*), count(distinct id) from shipment where declaration_number like ?", lines.prefix() + "%");
    long distinctIds = ids.values().stream().distinct().count();
    report.post(minimal, full, d, g, dh, gh, ids.size(), distinctIds, Long.parseLong(db.get(0)));
  }

  /** wrk rounds: the posts direct and via the gateway, and the peer's, with the CPU of each round. */
  record WrkRounds(List<Wrk.Result> posts, List<Long> rows, List<Wrk.Result> peer, Map<String, List<Map<String, Double>>> cpu) {}

  /**
   * Alternating wrk rounds (peer, direct, via gateway; {@code repeats} times); each path's median
   * round's CPU per request goes into {@code cpuPerRequest}.
   */
  WrkRounds wrkRounds(String token, List<String> keys, Map<String, Map<String, Double>> cpuPerRequest) throws Exception {
    List<Wrk.Result> wrkRuns = new ArrayList<>();
    List<Long> wrkRows = new ArrayList<>();
    List<Wrk.Result> peerRuns = new ArrayList<>();
    Map<String, List<Map<String, Double>>> roundCpu = new LinkedHashMap<>();
    if (Files.isExecutable(wrkBinary)) {
      Wrk wrk = new Wrk(wrkBinary, repo.resolve("bench/wrk/post.lua"));
      List<String> gatewayAuth = keys.stream().map(k -> "ApiKey " + k).toList();
      // Alternating rounds (peer, direct, via gateway; again), so a change in what else the machine
      // does touches every path alike; the peer's rounds count the same processes' CPU.
      List<String> paths = new ArrayList<>();
      if (!peer.isEmpty()) paths.add(PEER_RUN);
      paths.addAll(List.of("post direct (wrk)", "post via gateway (wrk)"));
      // A warm-up round first (discarded): a freshly started JVM spends its first seconds compiling.
      for (String path : paths) {
        String prefix = "WU" + runId + (path.equals(PEER_RUN) ? "P" : path.contains("gateway") ? "G" : "D");
        if (path.equals(PEER_RUN)) wrk.peer(path, repo.resolve("bench/wrk/peer.lua"), peer, prefix, concurrency, Math.max(1, warmup));
        else if (path.contains("gateway")) wrk.post(path, gateway, gatewayAuth, prefix, POST_YEAR, concurrency, Math.max(1, warmup));
        else wrk.post(path, borderTrade, List.of("Bearer " + token), prefix, POST_YEAR, concurrency, Math.max(1, warmup));
      }
      for (int round = 0; round < repeats; round++) {
        for (String path : paths) {
          settle();
          Map<String, Long> w0 = cpu.snapshot();
          String prefix = "W" + runId + (path.equals(PEER_RUN) ? "P" : path.contains("gateway") ? "G" : "D") + round;
          Wrk.Result w =
              switch (path) {
                case PEER_RUN -> wrk.peer(path, repo.resolve("bench/wrk/peer.lua"), peer, prefix, concurrency, seconds);
                case "post via gateway (wrk)" -> wrk.post(path, gateway, gatewayAuth, prefix, POST_YEAR, concurrency, seconds);
                default -> wrk.post(path, borderTrade, List.of("Bearer " + token), prefix, POST_YEAR, concurrency, seconds);
              };
          settle();
          Map<String, Double> used = Cpu.perRequest(w0, cpu.snapshot(), w.created());
          roundCpu.computeIfAbsent(path, k -> new ArrayList<>()).add(used);
          log(String.format("%s: %.0f/s p99 %.1f ms, CPU %.2f ms per request, statuses %s", w.name(), w.perSecond(), w.p99() / 1000, used.get("total"), w.statuses()));
          if (path.equals(PEER_RUN)) {
            peerRuns.add(w);
            continue;
          }
          wrkRuns.add(w);
          wrkRows.add(Long.parseLong(pg.row("border_trade", "select count(*) from shipment where declaration_number like ?", w.prefix() + "%").get(0)));
        }
      }
      // Each path's CPU per request is its median round's.
      roundCpu.forEach(
          (path, rounds) ->
              cpuPerRequest.put(
                  (path.equals(PEER_RUN) ? "peer POST /entity/fruits" : path.contains("gateway") ? "POST via gateway" : "POST direct")
                      + " from wrk" + (path.equals(PEER_RUN) ? "" : ", with its events") + " (median of " + rounds.size() + ")",
                  median(rounds, m -> m.get("total"))));
    } else {
      log("wrk not found at " + wrkBinary + ": skipping the light-client runs");
    }
    return new WrkRounds(wrkRuns, wrkRows, peerRuns, roundCpu);
  }

  /** The run with the median value (the lower middle one of an even count). */
  static <T> T median(List<T> runs, java.util.function.ToDoubleFunction<T> value) {
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(value));
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** A closed-loop load only, no ceiling and no report: to profile an app beside it. */
  void probe(boolean viaGateway) throws Exception {
    Lines lines = new Lines("Q" + runId, POST_YEAR, "10000.00", false);
    List<String> keys = viaGateway ? auth.customsKeys("bench-" + runId + "-probe", concurrency) : List.of();
    String token = viaGateway ? null : auth.serviceToken("bench-direct", Duration.ofMinutes(30));
    Load.Call call = (w, seq) -> viaGateway
        ? postRequest(gateway, "ApiKey " + keys.get(w % keys.size()), lines.line(seq), Duration.ofSeconds(30))
        : postRequest(borderTrade, "Bearer " + token, lines.line(seq), Duration.ofSeconds(30));
    AtomicLong seqs = new AtomicLong();
    Map<String, Long> before = cpu.snapshot();
    Recorder r = load.closed("probe", concurrency, Duration.ofSeconds(seconds), 2_000_000, seqs, call, (seq, resp) -> {});
    settle();
    log("CPU ms per request: " + Cpu.perRequest(before, cpu.snapshot(), r.accepted));
    log(String.format("probe %s: %.0f/s p50 %.1f ms p99 %.1f ms, other answers %s", viaGateway ? "gateway" : "direct", r.throughput(), r.ms(50), r.ms(99), r.seen));
  }

  /** The wrk rounds of the post scenario alone (peer, direct, via gateway), printed, no report: for profiling. */
  void probeWrk() throws Exception {
    String token = auth.serviceToken("bench-direct", Duration.ofMinutes(30));
    List<String> keys = auth.customsKeys("bench-" + runId + "-probe", concurrency);
    Map<String, Map<String, Double>> cpuPerRequest = new LinkedHashMap<>();
    wrkRounds(token, keys, cpuPerRequest);
    cpuPerRequest.forEach((run, m) -> log(run + ": " + m.entrySet().stream().map(e -> e.getKey() + "=" + String.format("%.2f", e.getValue())).toList()));
  }

  void setupPgbenchSchema() throws Exception {
    pg.execute("border_trade", Files.readString(repo.resolve("bench/sql/setup.sql")));
  }

  static HttpRequest postRequest(String base, String authorization, Lines.Line line, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/border-trade/shipments"))
        .timeout(timeout)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(line.json()))
        .build();
  }

  static String idOf(HttpResponse<String> r) {
    String loc = r.headers().firstValue("Location").orElse("");
    Matcher m = LOCATION_ID.matcher(loc);
    if (m.find()) return m.group(1);
    Matcher b = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body() == null ? "" : r.body());
    return b.find() ? b.group(1) : "?";
  }

  // ---------------------------------------------------------------- scenario 2: batch sheets

  void batch() throws Exception {
    settle();
    setupPgbenchSchema();
    Pg.PgbenchResult minimal = pg.pgbench(pgbench, repo.resolve("bench/sql/batch-minimal.sql"), "border_trade", 1, 1, pgbenchSeconds);
    log(String.format("pgbench batch-minimal: %.0f rows/s", minimal.tps() * 10_000));
    Pg.PgbenchResult full = pg.pgbench(pgbench, repo.resolve("bench/sql/batch-full.sql"), "border_trade", 1, 1, pgbenchSeconds);
    log(String.format("pgbench batch-full: %.0f rows/s", full.tps() * 10_000));
    report.pgbench("batch", minimal);
    report.pgbench("batch", full);

    List<String> keys = auth.customsKeys("bench-" + runId + "-batch", 1);
    String token = auth.serviceToken("bench-direct", Duration.ofMinutes(30));
    Lines lines = new Lines("B" + runId, BATCH_YEAR, "10000.00", false);
    long baseline = readModelLines(BATCH_YEAR);
    AtomicLong next = new AtomicLong();
    Recorder direct = sheets("batch direct", borderTrade, "Bearer " + token, lines, next);
    Recorder viaGateway = sheets("batch via gateway", gateway, "ApiKey " + keys.get(0), lines, next);
    long uploaded = (direct.accepted + viaGateway.accepted) * 10_000;

    // The event pipeline behind the uploads: relay (outbox -> Kafka) and read model (Kafka -> gateway).
    long t0 = System.nanoTime();
    long backlog = Long.parseLong(pg.row("border_trade", "select count(*) from outbox where published_at is null").get(0));
    double relaySeconds = Double.NaN;
    double readModelSeconds = Double.NaN;
    long deadline = t0 + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      if (Double.isNaN(relaySeconds) && Long.parseLong(pg.row("border_trade", "select count(*) from outbox where published_at is null").get(0)) == 0) {
        relaySeconds = (System.nanoTime() - t0) / 1e9;
      }
      if (readModelLines(BATCH_YEAR) - baseline >= uploaded) {
        readModelSeconds = (System.nanoTime() - t0) / 1e9;
        break;
      }
      Thread.sleep(100);
    }
    long applied = readModelLines(BATCH_YEAR) - baseline;
    report.batch(minimal, full, direct, viaGateway, uploaded, backlog, relaySeconds, applied, readModelSeconds);
  }

  /** Uploads 10,000-line sheets one after another for at most {@code seconds} and {@code sheetsPerPath} sheets. */
  Recorder sheets(String name, String base, String authorization, Lines lines, AtomicLong next) throws Exception {
    Recorder rec = new Recorder(name);
    rec.start();
    long end = rec.startNanos + Duration.ofSeconds(seconds).toNanos();
    for (int i = 0; i < sheetsPerPath && System.nanoTime() < end; i++) {
      String csv = lines.sheet(next.getAndAdd(10_000), 10_000);
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/border-trade/shipments/batch"))
                    .timeout(Duration.ofSeconds(180))
                    .header("Authorization", authorization)
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        rec.attempt(t1, r);
        if (r.statusCode() == 200) {
          JsonNode body = JSON.readTree(r.body());
          if (body.path("created").asInt() != 10_000) throw new IllegalStateException("sheet not created whole: " + r.body().substring(0, 200));
          rec.accepted(t0, t1);
        } else {
          log(name + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
      } catch (java.io.IOException e) {
        rec.attempt(System.nanoTime(), e);
      }
    }
    rec.stop();
    log(String.format("%s: %d sheets, %.0f rows/s", name, rec.accepted, rec.accepted * 10_000 / rec.seconds()));
    return rec;
  }

  long readModelLines(int year) throws Exception {
    return Long.parseLong(pg.row("gateway", "select coalesce(sum(lines), 0) from border_rollup where year = ?", year).get(0));
  }

  /**
   * Waits (at most 240 s) until the event pipeline is idle: border-trade's outbox empty and the
   * gateway's border rollups unchanged for 3 s, so one scenario's backlog does not leak into the next.
   */
  double settle() throws Exception {
    long started = System.nanoTime();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    String last = "";
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long pending = Long.parseLong(pg.row("border_trade", "select count(*) from outbox where published_at is null").get(0));
      String now = pg.row("gateway", "select coalesce(sum(lines), 0) || '/' || count(*) from border_rollup").get(0);
      if (!now.equals(last)) {
        last = now;
        stableSince = System.nanoTime();
      }
      if (pending == 0 && System.nanoTime() - stableSince > 3_000_000_000L) {
        double waited = (System.nanoTime() - started) / 1e9;
        log(String.format("event pipeline idle after %.1f s", waited));
        return waited;
      }
      Thread.sleep(250);
    }
    log("the event pipeline did not settle within 240 s; going on");
    return Double.NaN;
  }

  // ---------------------------------------------------------------- scenario 3: freshness

  void freshness() throws Exception {
    // The issue's point is 1,000 posts/s; a rate this machine sustains is measured beside it.
    for (String r : System.getProperty("bench.freshnessRates", "50,300,1000").split(",")) freshness(Double.parseDouble(r.trim()));
  }

  void freshness(double rate) throws Exception {
    settle();
    long pollMs = Long.getLong("bench.pollMs", 20);
    // One key per in-flight client: a CUSTOMS key may post 100 lines/s.
    int clients = (int) Math.max(1, Math.min(64, Math.ceil(rate / 50)));
    List<String> keys = auth.customsKeys("bench-" + runId + "-fresh" + (long) rate, clients + 1);
    String reader = "ApiKey " + keys.get(clients);
    BigDecimal base = borderTurnover(reader, FRESHNESS_YEAR);
    Lines lines = new Lines("R" + runId + (long) rate + "X", FRESHNESS_YEAR, "10000.00", true);

    // The poller: (time of answer, lines visible) for every poll.
    List<long[]> polls = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLong pollErrors = new AtomicLong();
    Thread poll =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  BigDecimal v = borderTurnover(reader, FRESHNESS_YEAR);
                  long visible = v.subtract(base).movePointRight(2).longValue();
                  polls.add(new long[] {System.nanoTime(), visible});
                  Thread.sleep(pollMs);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  pollErrors.incrementAndGet();
                }
              }
            },
            "freshness-poller");
    poll.setDaemon(true);
    poll.start();

    long[] acked = new long[(int) (rate * seconds) + 1];
    AtomicLong seqs = new AtomicLong();
    Load.Call call = (w, seq) -> postRequest(gateway, "ApiKey " + keys.get(w % clients), lines.line(seq), Duration.ofSeconds(30));
    Recorder posts =
        load.open(String.format("freshness posts via gateway (%.0f/s offered, %d clients)", rate, clients), rate, Duration.ofSeconds(seconds), clients, Duration.ZERO, seqs, call,
            (seq, r) -> acked[(int) seq] = System.nanoTime(), null);
    long wait = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int n = (int) posts.accepted;
    while (System.nanoTime() < wait) {
      List<long[]> snap;
      synchronized (polls) {
        snap = polls.isEmpty() ? List.of() : List.of(polls.get(polls.size() - 1));
      }
      if (!snap.isEmpty() && snap.get(0)[1] >= n) break;
      Thread.sleep(50);
    }
    poll.interrupt();
    poll.join(5000);

    Histogram fresh = new Histogram(Duration.ofSeconds(600).toMillis() * 1000, 3);
    List<long[]> all;
    synchronized (polls) {
      all = new ArrayList<>(polls);
    }
    int p = 0;
    long notSeen = 0;
    long cumulative = 0;
    // In acknowledgement order (lines not accepted are not in the total either).
    long[] ackTimes = java.util.Arrays.stream(acked).filter(t -> t != 0).sorted().toArray();
    for (long ack : ackTimes) {
      cumulative++;
      while (p < all.size() && all.get(p)[1] < cumulative) p++;
      if (p == all.size()) {
        notSeen++;
        continue;
      }
      // visible in the first poll answer that includes it (at most one poll interval late)
      fresh.recordValue(Math.max(1, (all.get(p)[0] - ack) / 1000));
    }
    report.freshness(posts, fresh, notSeen, all.size(), pollMs, pollErrors.get(), rate, clients);
  }

  /** The province's border-gate turnover for the year (million USD), 0 when there is none yet. */
  BigDecimal borderTurnover(String authorization, int year) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(gateway + "/api/v1/province/indicators?year=" + year))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("indicators: " + r.statusCode() + " " + r.body());
    for (JsonNode i : JSON.readTree(r.body()).path("indicators")) {
      if (i.path("code").asText().equals("BORDER_TURNOVER")) return i.path("value").isNull() || i.path("value").isMissingNode() ? BigDecimal.ZERO : i.path("value").decimalValue();
    }
    throw new IllegalStateException("no BORDER_TURNOVER in " + r.body());
  }

  // ---------------------------------------------------------------- scenario 4: faults

  void faults(List<String> which) throws Exception {
    settle();
    double rate = Double.parseDouble(System.getProperty("bench.faultRate", "40"));
    int phaseSeconds = Integer.getInteger("bench.faultSeconds", 45);
    List<String> keys = auth.customsKeys("bench-" + runId + "-faults", 9);
    String reader = "ApiKey " + keys.get(8);
    for (String fault : which) {
      log("fault " + fault);
      try {
        faultPhase(fault, rate, phaseSeconds, keys.subList(0, 8), reader);
      } catch (Exception e) {
        e.printStackTrace();
        report.failure("fault " + fault, e);
      }
      report.write();
    }
  }

  void faultPhase(String fault, double rate, int phaseSeconds, List<String> keys, String reader) throws Exception {
    Lines lines = new Lines("F" + fault.charAt(0) + runId, FAULT_YEAR, "10000.00", false);
    long rmBase = readModelLines(FAULT_YEAR);
    BigDecimal apiBase = borderTurnover(reader, FAULT_YEAR);
    Map<Long, String> accepted = new ConcurrentHashMap<>();
    Map<Long, String> failed = new ConcurrentHashMap<>();
    Map<String, Set<String>> idsByKey = new ConcurrentHashMap<>();
    AtomicLong seqs = new AtomicLong();
    // The retry storm: every attempt sent three times at once, with a client timeout shorter than
    // a busy server's answer, so lines are sent again while the first copy is still being stored.
    boolean storm = fault.equals("retry-storm");
    Duration timeout = storm ? Duration.ofMillis(50) : Duration.ofSeconds(10);
    Load.Call call = (w, seq) -> postRequest(gateway, "ApiKey " + keys.get(w % keys.size()), lines.line(seq), timeout);
    Map<String, Double> marks = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    Thread injector =
        new Thread(
            () -> {
              try {
                Thread.sleep(10_000);
                switch (fault) {
                  case "kafka" -> {
                    stack("kill-kafka");
                    marks.put("kill -9 Kafka", (System.nanoTime() - t0) / 1e9);
                    Thread.sleep(10_000);
                    marks.put("start Kafka", (System.nanoTime() - t0) / 1e9);
                    stack("start-kafka");
                    marks.put("Kafka listening", (System.nanoTime() - t0) / 1e9);
                  }
                  case "border-trade", "gateway" -> {
                    stack("kill-app", fault);
                    marks.put("kill -9 " + fault, (System.nanoTime() - t0) / 1e9);
                    stack("start-app", fault);
                    marks.put(fault + " ready", (System.nanoTime() - t0) / 1e9);
                  }
                  case "retry-storm" -> marks.put("(the storm lasts the whole load)", 0.0);
                  case "postgres" -> {
                    marks.put("PostgreSQL immediate stop", (System.nanoTime() - t0) / 1e9);
                    stack("restart-postgres");
                    marks.put("PostgreSQL started", (System.nanoTime() - t0) / 1e9);
                  }
                  default -> throw new IllegalArgumentException(fault);
                }
              } catch (Exception e) {
                marks.put("injection failed: " + e.getMessage(), (System.nanoTime() - t0) / 1e9);
              }
            },
            "fault-" + fault);
    injector.start();
    Recorder rec =
        load.open(String.format("fault %s: posts via gateway at %.0f/s%s", fault, rate, storm ? " x 3 copies, 50 ms client timeout" : ""), rate,
            Duration.ofSeconds(phaseSeconds), 64, Duration.ofSeconds(90), storm ? 3 : 1, seqs, call,
            (seq, r) -> {
              String id = idOf(r);
              accepted.put(seq, id);
              idsByKey.computeIfAbsent(lines.line(seq).key(), k -> ConcurrentHashMap.newKeySet()).add(id);
            },
            (seq, last) -> failed.put(seq, last));
    injector.join(120_000);
    long loadEnd = System.nanoTime();

    // Ledger 2: the rows in the border-trade database.
    Map<String, String> rows = new HashMap<>();
    try (var c = pg.connect("border_trade");
        var ps = c.prepareStatement("select gate_code || '/' || declaration_number || '/' || line_number, id from shipment where declaration_number like ?")) {
      ps.setString(1, lines.prefix() + "%");
      try (var rs = ps.executeQuery()) {
        while (rs.next()) rows.put(rs.getString(1), rs.getString(2));
      }
    }
    long lost = 0;
    long idMismatch = 0;
    for (var e : accepted.entrySet()) {
      String dbId = rows.get(lines.line(e.getKey()).key());
      if (dbId == null) lost++;
      else if (!dbId.equals(e.getValue())) idMismatch++;
    }
    long clientDuplicates = idsByKey.values().stream().filter(s -> s.size() > 1).count();
    Set<String> acceptedKeys = new java.util.HashSet<>();
    for (Long seq : accepted.keySet()) acceptedKeys.add(lines.line(seq).key());
    long unacknowledged = rows.keySet().stream().filter(k -> !acceptedKeys.contains(k)).count();

    // Ledger 3: the gateway read model, until it has every row (or 120 s).
    long target = rows.size();
    double catchUp = Double.NaN;
    long rm = readModelLines(FAULT_YEAR) - rmBase;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      rm = readModelLines(FAULT_YEAR) - rmBase;
      if (rm >= target) {
        catchUp = (System.nanoTime() - loadEnd) / 1e9;
        break;
      }
      Thread.sleep(250);
    }
    Thread.sleep(2000); // and a moment more, to see any late duplicate
    rm = readModelLines(FAULT_YEAR) - rmBase;
    BigDecimal api = borderTurnover(reader, FAULT_YEAR).subtract(apiBase).movePointRight(2);
    long outboxPending = Long.parseLong(pg.row("border_trade", "select count(*) from outbox where published_at is null").get(0));
    marks.forEach((k, v) -> rec.events.put(v, k));
    report.fault(fault, rec, accepted.size(), failed, rows.size(), lost, idMismatch, clientDuplicates, unacknowledged, rm, api.longValue(), catchUp,
        (loadEnd - t0) / 1e9, outboxPending);
  }

  void stack(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", repo.resolve("bench/lib/stack.sh").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("logs/bench-stack.log").toFile())).start();
    if (!p.waitFor(150, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("stack.sh " + String.join(" ", args) + " timed out");
    }
    if (p.exitValue() != 0) throw new IllegalStateException("stack.sh " + String.join(" ", args) + " failed (see .run/logs/bench-stack.log)");
  }

  // ---------------------------------------------------------------- Kafka's own ceiling

  void kafka() throws Exception {
    String cpFile = System.getProperty("bench.kafkaToolsClasspath");
    if (cpFile == null || !Files.exists(Path.of(cpFile))) throw new IllegalStateException("no kafka-tools classpath (bench.kafkaToolsClasspath)");
    long records = Long.getLong("bench.kafkaRecords", 300_000);
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", Files.readString(Path.of(cpFile)).trim(),
            "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.producer-performance", "--num-records", Long.toString(records),
            "--record-size", "700", "--throughput", "-1", "--producer-props", "bootstrap.servers=" + kafkaBootstrap, "acks=all", "enable.idempotence=true");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    StringBuilder text = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
                for (String line; (line = r.readLine()) != null; ) text.append(line).append('\n');
              } catch (java.io.IOException ignored) {
              }
            });
    reader.start();
    if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("ProducerPerformance did not finish in 120 s:\n" + text);
    }
    reader.join(5000);
    String s = text.toString();
    Matcher m = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), ([0-9.]+) ms avg latency, ([0-9.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th").matcher(s);
    String last = null;
    String[] g = null;
    while (m.find()) {
      last = m.group();
      g = new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), m.group(9)};
    }
    if (g == null) throw new IllegalStateException("no summary from ProducerPerformance:\n" + s);
    report.kafka(String.join(" ", cmd.subList(0, 3)) + " <kafka-tools classpath> " + String.join(" ", cmd.subList(4, cmd.size())), last, g);
  }

  // ---------------------------------------------------------------- the machine

  Map<String, Object> machine() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores (nproc)", Runtime.getRuntime().availableProcessors());
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
    m.put("cpu", cpu);
    String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst().orElse("?");
    m.put("memory", String.format("%.1f GiB", Long.parseLong(mem.replaceAll("\\D", "")) / 1024.0 / 1024.0));
    m.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("quarkus", "3.33.2");
    m.put("kafka", "4.1.2 (broker from deploy/local/kafka, single node, KRaft)");
    try {
      m.put("postgresql", pg.info("border_trade"));
    } catch (Exception e) {
      m.put("postgresql", "unreachable: " + e.getMessage());
    }
    m.put("commit", System.getProperty("bench.commit", "?"));
    m.put("load average at start (1, 5, 15 min)", Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1"));
    m.put("co-located", "everything on this machine: PostgreSQL, Kafka, 4 apps (-Xmx512m, SerialGC) and the load generator");
    return m;
  }

  static void log(String s) {
    System.out.println("[bench " + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now()) + "] " + s);
  }
}
