package vn.tradehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The results of one run: bench/results/&lt;stamp&gt;.md, &lt;stamp&gt;.json and PNG charts
 * (JFreeChart). Rewritten after every scenario, so an interrupted run keeps what it measured.
 */
final class Report {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;
  private final String stamp;
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Object> headline = new LinkedHashMap<>();
  private final List<String> sections = new ArrayList<>();
  private final List<Map<String, Object>> runs = new ArrayList<>();
  private final Map<String, List<Pg.PgbenchResult>> pgbench = new LinkedHashMap<>();
  private final List<String> charts = new ArrayList<>();
  private final List<Runnable> chartWriters = new ArrayList<>();
  /** Sections and charts a scenario rewrites as it goes (one per key, kept in first-written order). */
  private final Map<String, Integer> sectionIndex = new LinkedHashMap<>();
  private final Map<String, Runnable> namedCharts = new LinkedHashMap<>();
  /** The headline keys read-scale wrote for its last step, replaced at the next one. */
  private final List<String> readScaleKeys = new ArrayList<>();
  private String commandLine = "";

  Report(Path dir, String stamp) {
    this.dir = dir;
    this.stamp = stamp;
    System.setProperty("java.awt.headless", "true");
  }

  Path markdownPath() {
    return dir.resolve(stamp + ".md");
  }

  void machine(Map<String, Object> m) {
    root.put("machine", m);
  }

  void command(String cmd, int seconds, int warmup, int concurrency, int pgbenchSeconds) {
    commandLine = cmd;
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("command", cmd);
    c.put("seconds per load run", seconds);
    c.put("warm-up seconds", warmup);
    c.put("closed-loop clients", concurrency);
    c.put("pgbench seconds", pgbenchSeconds);
    root.put("settings", c);
  }

  void failure(String scenario, Exception e) {
    sections.add("## " + scenario + ": not completed\n\n```\n" + e + "\n```\n");
    ((List<String>) root.computeIfAbsent("failures", k -> new ArrayList<String>())).add(scenario + ": " + e);
  }

  void pgbench(String group, Pg.PgbenchResult r) {
    pgbench.computeIfAbsent(group, k -> new ArrayList<>()).add(r);
  }

  // ---------------------------------------------------------------- scenario 1

  void post(Pg.PgbenchResult minimal, Pg.PgbenchResult full, Recorder d, Recorder g, Recorder dh, Recorder gh, long ids, long distinctIds, long dbRows) {
    for (Recorder r : List.of(d, g, dh, gh)) runs.add(run(r));
    double rd = d.throughput() / minimal.tps();
    double rg = g.throughput() / minimal.tps();
    headline.put("post direct, per s", round(d.throughput()));
    headline.put("post via gateway, per s", round(g.throughput()));
    headline.put("pgbench post (shipment + rollup + outbox), tps", round(minimal.tps()));
    headline.put("pgbench post, full transaction, tps", round(full.tps()));
    headline.put("ratio direct / pgbench", round(rd));
    headline.put("ratio gateway / pgbench", round(rg));
    headline.put("ratio direct / pgbench full", round(d.throughput() / full.tps()));
    headline.put("p99 at half max, direct, ms", round(dh.ms(99)));
    headline.put("p99 at half max, gateway, ms", round(gh.ms(99)));
    StringBuilder s = new StringBuilder("## 1. Single shipment POST\n\n");
    s.append("The machine's ceiling: `pgbench` running the transaction a post performs, against copies of the tables (schema `bench`, ")
        .append("same columns, checks, indexes, unique key, gate foreign key and outbox trigger), ")
        .append(minimal.clients()).append(" clients, prepared statements, ").append(minimal.seconds()).append(" s each.\n\n");
    s.append(pgbenchTable(pgbench.getOrDefault("post", List.of(minimal, full))));
    s.append(String.format("%nThe ratios below use the median run of `post-minimal` (%.0f tps).%n", minimal.tps()));
    s.append("\nThe service, ").append(d.name.contains("closed") ? "closed loop" : "").append(" (").append(countOf(d)).append("):\n\n");
    s.append(httpTable(List.of(d, g, dh, gh)));
    s.append(String.format("%n| ratio | measured | issue 8 target |%n| --- | --- | --- |%n"));
    s.append(String.format("| direct / pgbench (shipment + rollup + outbox) | **%.0f %%** | ≥ 60 %% %s |%n", rd * 100, rd >= 0.6 ? "met" : "**missed**"));
    s.append(String.format("| via gateway / pgbench | **%.0f %%** | ≥ 45 %% %s |%n", rg * 100, rg >= 0.45 ? "met" : "**missed**"));
    s.append(String.format("| direct / pgbench full (also reads gates and rates, writes the revision) | %.0f %% | (for the diagnosis) |%n", d.throughput() / full.tps() * 100));
    s.append(String.format("| p99 at half of max, direct | **%.1f ms** | ≤ 25 ms %s |%n", dh.ms(99), dh.ms(99) <= 25 ? "met" : "**missed**"));
    s.append(String.format("| p99 at half of max, via gateway | **%.1f ms** | ≤ 25 ms %s |%n", gh.ms(99), gh.ms(99) <= 25 ? "met" : "**missed**"));
    s.append(String.format("%nLedger check: %d lines answered 201 with %d distinct ids; the database holds %d rows of this run's prefix "
        + "(warm-up lines included, so rows ≥ answered 201s; every 201 is a row).%n", ids, distinctIds, dbRows));
    sections.add(s.toString());
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("pgbench", List.of(pg(minimal), pg(full)));
    j.put("http", List.of(run(d), run(g), run(dh), run(gh)));
    j.put("ratios", Map.of("directOverPgbench", rd, "gatewayOverPgbench", rg, "directOverPgbenchFull", d.throughput() / full.tps()));
    j.put("ledger", Map.of("accepted", ids, "distinctIds", distinctIds, "dbRowsWithPrefix", dbRows));
    root.put("post", j);

    chartWriters.add(
        () -> {
          DefaultCategoryDataset ds = new DefaultCategoryDataset();
          ds.addValue(minimal.tps(), "pgbench (ceiling)", "shipment + rollup + outbox");
          ds.addValue(full.tps(), "pgbench (ceiling)", "full transaction");
          ds.addValue(d.throughput(), "service", "POST direct");
          ds.addValue(g.throughput(), "service", "POST via gateway");
          bar("post-throughput", "Single shipment posts per second (" + stampHuman() + ")", "posts / s", ds, false);
          latencyChart();
        });
  }

  /** Single posts from wrk, against the same pgbench ceiling. */
  void wrk(List<Wrk.Result> rs, List<Long> rows, Pg.PgbenchResult ceiling) {
    if (rs.isEmpty()) return;
    StringBuilder s = new StringBuilder("### The same posts from a light client (wrk)\n\n");
    s.append("The JDK HttpClient of the harness costs milliseconds of CPU per request on the same two cores (see below); `wrk` (C, Debian's package) ")
        .append("with [`bench/wrk/post.lua`](../wrk/post.lua) costs far less, like pgbench's own client. Same lines, same concurrency, closed loop; ")
        .append("latency from wrk's histogram (every answer).\n\n");
    s.append("| run | connections | s | 201 per s | p50 | p90 | p99 | p99.9 | max | other answers | socket errors | rows with its prefix | vs pgbench | targets |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    List<Map<String, Object>> j = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      Wrk.Result w = rs.get(i);
      double ratio = w.perSecond() / ceiling.tps();
      boolean gw = w.name().contains("gateway");
      double target = gw ? 0.45 : 0.60;
      s.append(String.format("| %s | %d | %.0f | **%.0f** | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %d | %d | **%.0f %%** | ≥ %.0f %% %s |%n", w.name(), w.connections(),
          w.durationSeconds(), w.perSecond(), w.p50() / 1000, w.p90() / 1000, w.p99() / 1000, w.p999() / 1000, w.max() / 1000, w.others(), w.socketErrors(), rows.get(i),
          ratio * 100, target * 100, ratio >= target ? "met" : "**missed**"));

      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", w.name());
      x.put("command", w.command());
      x.put("statuses", w.statuses());
      x.put("perSecond", round(w.perSecond()));
      x.put("p50Ms", w.p50() / 1000);
      x.put("p99Ms", w.p99() / 1000);
      x.put("p999Ms", w.p999() / 1000);
      x.put("rowsWithPrefix", rows.get(i));
      x.put("ratioToPgbench", ratio);
      j.add(x);
    }
    s.append(String.format("%nEvery run has its own prefix, so none of its lines exists before it (a 201 that replayed a stored line would be listed under other answers as 2010). Ledger: every 201 must be a row, so rows ≥ 201s; rows can exceed them by at most the connections, posts still in flight when wrk stopped at its deadline (committed, never answered to wrk). Command: `%s`.%n", rs.get(0).command()));
    for (String path : List.of("post direct (wrk)", "post via gateway (wrk)")) {
      List<Wrk.Result> same = rs.stream().filter(w -> w.name().equals(path)).toList();
      if (same.isEmpty()) continue;
      Wrk.Result m = Bench.median(same, Wrk.Result::perSecond);
      double ratio = m.perSecond() / ceiling.tps();
      headline.put(path + ", median of " + same.size() + ", per s", round(m.perSecond()));
      headline.put(path + ", median run's p99 ms", round(m.p99() / 1000));
      headline.put("ratio " + path + " (median) / pgbench (median)", round(ratio));
      s.append(String.format("%n**%s**, median of %d runs: **%.0f posts/s = %.0f %% of pgbench** (target ≥ %d %%: %s), p99 %.1f ms.%n", path, same.size(), m.perSecond(),
          ratio * 100, path.contains("gateway") ? 45 : 60, ratio >= (path.contains("gateway") ? 0.45 : 0.60) ? "met" : "**missed**", m.p99() / 1000));
    }
    sections.add(s.toString());
    root.put("wrk", j);
  }

  /**
   * The project's posts against the peer (issue 15): Quarkus's own Hibernate ORM Panache quickstart,
   * one INSERT per POST, run in alternating rounds with the same wrk settings. Medians of the rounds.
   */
  void peer(List<Wrk.Result> peerRuns, List<Wrk.Result> postRuns, Map<String, List<Map<String, Double>>> roundCpu) {
    if (peerRuns.isEmpty()) return;
    StringBuilder s = new StringBuilder("### Against the peer: a plain Quarkus CRUD service\n\n");
    s.append("The peer is Quarkus's own Hibernate ORM with Panache quickstart (`../shared/peers/hibernate-orm-panache-quickstart`, built from a copy by ")
        .append("`bench/run.sh`): `POST /entity/fruits`, one INSERT per request, no outbox, idempotency, events or authentication. It runs on a database of ")
        .append("its own on the stack's PostgreSQL with the apps' JVM options (`deploy/local/lib/jvm.sh`) and SQL logging off, driven by wrk with ")
        .append("[`bench/wrk/peer.lua`](../wrk/peer.lua) at the same connections and duration as the posts, in alternating rounds (peer, direct, via gateway, ")
        .append("and again). CPU ms per request counts every process of the stack and the peer (as in the table above) over the round and until the ")
        .append("posts' events were relayed and applied; each figure is the median of the rounds.\n\n");
    s.append("| round | run | requests/s | p99 | CPU ms per request | other answers |\n| --- | --- | --- | --- | --- | --- |\n");
    Map<String, List<Wrk.Result>> byPath = new LinkedHashMap<>();
    byPath.put(Bench.PEER_RUN, peerRuns);
    for (Wrk.Result w : postRuns) byPath.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(w);
    int rounds = peerRuns.size();
    for (int i = 0; i < rounds; i++) {
      for (var e : byPath.entrySet()) {
        if (i >= e.getValue().size()) continue;
        Wrk.Result w = e.getValue().get(i);
        double c = roundCpu.getOrDefault(e.getKey(), List.of()).size() > i ? roundCpu.get(e.getKey()).get(i).get("total") : Double.NaN;
        s.append(String.format("| %d | %s | %.0f | %.1f ms | %.2f | %d |%n", i + 1, w.name(), w.perSecond(), w.p99() / 1000, c, w.others()));
      }
    }
    double peerRate = median(peerRuns.stream().map(Wrk.Result::perSecond).toList());
    double peerCpu = median(roundCpu.get(Bench.PEER_RUN).stream().map(m -> m.get("total")).toList());
    double peerP99 = median(peerRuns.stream().map(w -> w.p99() / 1000).toList());
    s.append("\n| path | requests/s (median) | p99 (median) | CPU ms per request (median) | requests/s ÷ peer | target | CPU ÷ peer | target |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    s.append(String.format("| peer | **%.0f** | %.1f ms | **%.2f** | 1 | | 1 | |%n", peerRate, peerP99, peerCpu));
    headline.put("peer requests/s (wrk, median)", round(peerRate));
    headline.put("peer CPU ms per request (median)", round(peerCpu));
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("peer", Map.of("perSecond", round(peerRate), "p99Ms", round(peerP99), "cpuMsPerRequest", round(peerCpu)));
    for (var e : byPath.entrySet()) {
      if (e.getKey().equals(Bench.PEER_RUN)) continue;
      boolean gw = e.getKey().contains("gateway");
      double rate = median(e.getValue().stream().map(Wrk.Result::perSecond).toList());
      double p99 = median(e.getValue().stream().map(w -> w.p99() / 1000).toList());
      double c = median(roundCpu.get(e.getKey()).stream().map(m -> m.get("total")).toList());
      double rateTarget = gw ? 0.5 : 0.6;
      double cpuTarget = gw ? 2.0 : 1.7;
      s.append(String.format("| %s | **%.0f** | %.1f ms | **%.2f** | **%.2f** | ≥ %.1f %s | **%.2f** | ≤ %.1f %s |%n", e.getKey(), rate, p99, c, rate / peerRate, rateTarget,
          rate / peerRate >= rateTarget ? "met" : "**missed**", c / peerCpu, cpuTarget, c / peerCpu <= cpuTarget ? "met" : "**missed**"));
      String path = gw ? "via gateway" : "direct";
      headline.put("post " + path + " / peer, requests/s", round(rate / peerRate));
      headline.put("post " + path + " / peer, CPU ms per request", round(c / peerCpu));
      j.put(e.getKey(), Map.of("perSecond", round(rate), "p99Ms", round(p99), "cpuMsPerRequest", round(c), "rateToPeer", round(rate / peerRate), "cpuToPeer", round(c / peerCpu)));
    }
    s.append("\nTargets of issue 15: CPU per post at most 1.7× the peer's direct and 2× through the gateway; at least 0.6× the peer's requests/s direct and 0.5× through the gateway.\n");
    sections.add(s.toString());
    root.put("peer", j);
  }

  private static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    v.removeIf(d -> d == null || d.isNaN());
    if (v.isEmpty()) return Double.NaN;
    java.util.Collections.sort(v);
    return v.get((v.size() - 1) / 2);
  }

  /** Where the CPU of one request goes, by process, and the throughput that CPU allows. */
  void cpu(Map<String, Map<String, Double>> perRequest, int cores) {
    List<String> procs = new ArrayList<>(perRequest.values().iterator().next().keySet());
    StringBuilder s = new StringBuilder("### Where the CPU goes\n\n");
    s.append("CPU milliseconds per request (transaction for pgbench), by process, from /proc user + system time over each run ")
        .append("(the service runs include relaying their events to Kafka and applying them to the gateway read model, measured until the pipeline was idle). ")
        .append("Everything shares ").append(cores).append(" cores, so no run can exceed ").append(cores).append(" × 1000 / total per second.\n\n| run | ");
    procs.forEach(p -> s.append(p).append(" | "));
    s.append("CPU-bound ceiling, per s |\n|").append(" --- |".repeat(procs.size() + 2)).append("\n");
    Map<String, Object> j = new LinkedHashMap<>();
    perRequest.forEach((run, m) -> {
      s.append("| ").append(run).append(" | ");
      procs.forEach(p -> s.append(String.format(p.equals("total") ? "**%.2f** | " : "%.2f | ", m.getOrDefault(p, 0.0))));
      double ceiling = cores * 1000 / Math.max(0.001, m.get("total"));
      s.append(String.format("%.0f |%n", ceiling));
      Map<String, Object> x = new LinkedHashMap<>(m);
      x.put("cpuBoundCeilingPerSecond", round(ceiling));
      j.put(run, x);
    });
    perRequest.forEach((run, m) -> headline.put("CPU ms per request, " + run, round(m.get("total"))));
    sections.add(s.toString());
    root.put("cpuPerRequest", j);
  }

  private String countOf(Recorder r) {
    return "every response recorded; latency of accepted requests in an HDR histogram";
  }

  // ---------------------------------------------------------------- scenario 2

  void batch(Pg.PgbenchResult minimal, Pg.PgbenchResult full, Recorder direct, Recorder viaGateway, long uploaded, long backlog, double relaySeconds, long applied,
      double readModelSeconds) {
    runs.add(run(direct));
    runs.add(run(viaGateway));
    double ceiling = minimal.tps() * 10_000;
    double ceilingFull = full.tps() * 10_000;
    double rowsDirect = direct.accepted * 10_000 / direct.seconds();
    double rowsGateway = viaGateway.accepted * 10_000 / viaGateway.seconds();
    headline.put("batch rows/s direct", round(rowsDirect));
    headline.put("batch rows/s via gateway", round(rowsGateway));
    headline.put("pgbench batch rows/s", round(ceiling));
    headline.put("ratio batch direct / pgbench", round(rowsDirect / ceiling));
    headline.put("ratio batch gateway / pgbench", round(rowsGateway / ceiling));
    StringBuilder s = new StringBuilder("## 2. Batch upload of 10,000-line CSV sheets\n\n");
    s.append("Ceiling: `pgbench`, one client, one transaction inserting 10,000 rows made by `generate_series` on the server ")
        .append("(shipments, rollup upsert grouped by key, outbox events; the full variant also the revisions).\n\n");
    s.append(pgbenchTable(pgbench.getOrDefault("batch", List.of(minimal, full))));
    s.append(String.format("%nThe ratios below use `batch-minimal` (%.2f sheets of 10,000 rows per s).%n", minimal.tps()));
    s.append(String.format("%n| upload | sheets | rows/s | sheet p50 | sheet max | vs pgbench | vs pgbench full | target (issue 15) |%n| --- | --- | --- | --- | --- | --- | --- | --- |%n"));
    for (Recorder r : List.of(direct, viaGateway)) {
      double rows = r.accepted * 10_000 / r.seconds();
      s.append(String.format("| %s | %d | %.0f | %.0f ms | %.0f ms | **%.0f %%** | %.0f %% | ≥ 60 %% %s |%n", r.name, r.accepted, rows, r.ms(50), r.ms(100),
          rows / ceiling * 100, rows / ceilingFull * 100, rows / ceiling >= 0.6 ? "met" : "**missed**"));
    }
    // Both stages work while the sheets are uploaded, so their rates are taken from the start of
    // the first upload to the moment each had everything: lower bounds of what each stage can do.
    double window = (direct.endNanos - direct.startNanos + viaGateway.endNanos - viaGateway.startNanos) / 1e9;
    double relayRate = uploaded / (window + relaySeconds);
    double readModelRate = uploaded / (window + readModelSeconds);
    s.append(String.format("%nEvents behind the uploads (%d lines, one event each): %d outbox rows were still unpublished when the last sheet was answered; "
        + "the relay had published everything %s later, the gateway read model had applied %d of the %d lines %s later. From the start of the first "
        + "upload (%.1f s of uploads), that is at least **%s events/s through the relay** and at least **%s events/s into the read model** "
        + "(lower bounds: both stages also waited for the uploads).%n", uploaded, backlog, secs(relaySeconds), applied, uploaded, secs(readModelSeconds), window,
        Double.isNaN(relayRate) ? "n/a" : String.format("%.0f", relayRate), Double.isNaN(readModelRate) ? "n/a" : String.format("%.0f", readModelRate)));
    sections.add(s.toString());
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("pgbench", List.of(pg(minimal), pg(full)));
    j.put("uploads", List.of(run(direct), run(viaGateway)));
    j.put("rowsPerSecond", Map.of("direct", rowsDirect, "gateway", rowsGateway, "pgbench", ceiling, "pgbenchFull", ceilingFull));
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("outboxBacklogAfterLastSheet", backlog);
    ev.put("relayDrainSeconds", relaySeconds);
    ev.put("readModelLinesApplied", applied);
    ev.put("linesUploaded", uploaded);
    ev.put("readModelCatchUpSeconds", readModelSeconds);
    j.put("events", ev);
    root.put("batch", j);
    ev.put("uploadSeconds", window);
    ev.put("relayEventsPerSecondAtLeast", relayRate);
    ev.put("readModelEventsPerSecondAtLeast", readModelRate);
    if (!Double.isNaN(relayRate)) headline.put("relay, events/s (at least; batch)", round(relayRate));
    if (!Double.isNaN(readModelRate)) headline.put("read model, events/s (at least; batch)", round(readModelRate));
    chartWriters.add(
        () -> {
          DefaultCategoryDataset ds = new DefaultCategoryDataset();
          ds.addValue(ceiling, "pgbench (ceiling)", "shipment + rollup + outbox");
          ds.addValue(ceilingFull, "pgbench (ceiling)", "full transaction");
          ds.addValue(rowsDirect, "service", "sheet direct");
          ds.addValue(rowsGateway, "service", "sheet via gateway");
          bar("batch-throughput", "Batch rows per second, 10,000-line sheets (" + stampHuman() + ")", "rows / s", ds, false);
        });
  }

  // ---------------------------------------------------------------- scenario 3

  void freshness(Recorder posts, Histogram fresh, long notSeen, int polls, long pollMs, long pollErrors, double rate, int clients) {
    runs.add(run(posts));
    double p50 = fresh.getTotalCount() == 0 ? Double.NaN : fresh.getValueAtPercentile(50) / 1000.0;
    double p99 = fresh.getTotalCount() == 0 ? Double.NaN : fresh.getValueAtPercentile(99) / 1000.0;
    double p999 = fresh.getTotalCount() == 0 ? Double.NaN : fresh.getValueAtPercentile(99.9) / 1000.0;
    double max = fresh.getTotalCount() == 0 ? Double.NaN : fresh.getMaxValue() / 1000.0;
    String at = String.format(" at %.0f/s offered", rate);
    headline.put("freshness" + at + ", posts accepted per s", round(posts.throughput()));
    headline.put("freshness" + at + ", p50 ms", round(p50));
    headline.put("freshness" + at + ", p99 ms", round(p99));
    StringBuilder s = new StringBuilder("## 3. End-to-end freshness" + at + "\n\n");
    s.append(String.format("Posts through the gateway at %.0f/s offered (open loop, up to %d in flight, one API key each), lines of 10,000 USD on one gate and flow, so one Kafka "
        + "partition and events applied in commit order; another client polls `GET /api/v1/province/indicators?year=2017` every %d ms and reads the border-gate turnover. "
        + "The k-th line to be acknowledged is fresh when the first poll answer counting k lines arrives; freshness = that moment − the moment its 201 arrived "
        + "(overstated by up to one poll interval plus one poll's latency; with several posts in flight, acknowledgement order can differ from commit order by "
        + "the few milliseconds they overlap). The posts' latency below is measured from each post's due time, so it includes the time a post waited for a free "
        + "client when the system fell behind the offered rate.%n%n", rate, clients, pollMs));
    s.append(String.format("| posts accepted | polls | poll errors | never seen in 60 s | freshness p50 | p99 | p99.9 | max | issue 8 target |%n| --- | --- | --- | --- | --- | --- | --- | --- | --- |%n"));
    s.append(String.format("| %d | %d | %d | %d | %.0f ms | **%.0f ms** | %.0f ms | %.0f ms | p99 ≤ 500 ms at 1,000 posts/s: %s |%n", posts.accepted, polls, pollErrors, notSeen, p50, p99, p999, max,
        rate >= 1000 ? (p99 <= 500 ? "met" : "**missed**") : String.format("not tested at that rate (run at %.0f/s)", rate)));
    s.append("\n").append(httpTable(List.of(posts)));
    sections.add(s.toString());
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("ratePerSecond", rate);
    j.put("pollMs", pollMs);
    j.put("posts", run(posts));
    j.put("freshnessMs", Map.of("p50", p50, "p99", p99, "p999", p999, "max", max, "count", fresh.getTotalCount()));
    j.put("neverSeen", notSeen);
    j.put("polls", polls);
    j.put("pollErrors", pollErrors);
    root.put("freshness" + (long) rate, j);
  }

  // ---------------------------------------------------------------- scenario 4

  @SuppressWarnings("unchecked")
  void fault(String fault, Recorder rec, long acceptedLines, Map<Long, String> failed, long dbRows, long lost, long idMismatch, long clientDuplicates, long unacknowledged,
      long readModelLines, long apiLines, double catchUp, double loadSeconds, long outboxPending) {
    runs.add(run(rec));
    List<Map<String, Object>> faults = (List<Map<String, Object>>) root.computeIfAbsent("faults", k -> new ArrayList<Map<String, Object>>());
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("fault", fault);
    j.put("load", run(rec));
    j.put("timeline", rec.events);
    j.put("clientAccepted", acceptedLines);
    j.put("clientGaveUp", failed.size());
    j.put("clientGaveUpLastStatus", failed.values().stream().collect(java.util.stream.Collectors.groupingBy(v -> v, java.util.stream.Collectors.counting())));
    j.put("dbRows", dbRows);
    j.put("lost", lost);
    j.put("idMismatch", idMismatch);
    j.put("clientSawTwoIdsForOneLine", clientDuplicates);
    j.put("dbRowsNotAcknowledged", unacknowledged);
    j.put("readModelLines", readModelLines);
    j.put("indicatorsApiLines", apiLines);
    j.put("readModelDuplicates", Math.max(0, readModelLines - dbRows));
    j.put("readModelMissing", Math.max(0, dbRows - readModelLines));
    j.put("catchUpSecondsAfterLoad", catchUp);
    j.put("outboxPendingAtEnd", outboxPending);
    faults.add(j);

    StringBuilder s = new StringBuilder("### Fault: " + fault + "\n\n");
    s.append("Timeline (seconds from the start of the load): ");
    List<String> ev = new ArrayList<>();
    rec.events.forEach((t, what) -> ev.add(String.format("%.1f s %s", t, what)));
    s.append(String.join("; ", ev)).append(String.format("; load ended %.1f s.%n%n", loadSeconds));
    s.append("| client accepted | client gave up | rows in border_trade | **lost** | **duplicates** | rows never acknowledged | read model lines | indicators API lines | read model caught up |\n");
    s.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    long dups = idMismatch + clientDuplicates + Math.max(0, readModelLines - dbRows) + Math.max(0, apiLines - dbRows);
    s.append(String.format("| %d | %d %s | %d | **%d** | **%d** | %d | %d | %d | %s after the load ended |%n", acceptedLines, failed.size(),
        failed.isEmpty() ? "" : j.get("clientGaveUpLastStatus"), dbRows, lost, dups, unacknowledged, readModelLines, apiLines,
        Double.isNaN(catchUp) ? "**not within 120 s** (missing " + Math.max(0, dbRows - readModelLines) + ")" : String.format("%.1f s", catchUp)));
    s.append(String.format("%nDuplicates counts: accepted ids that differ from the database's id for the line (%d), lines the client was told two different ids for (%d), "
        + "read-model lines beyond the database rows (%d), indicator-API lines beyond the rows (%d). Outbox rows still unpublished at the end: %d.%n%n", idMismatch,
        clientDuplicates, Math.max(0, readModelLines - dbRows), Math.max(0, apiLines - dbRows), outboxPending));
    s.append("What clients saw (every attempt, retries included):\n\n").append(seenTable(rec)).append("\n");
    s.append(String.format("Latency of a line from its due time to its 201, retries included: p50 %.0f ms, p99 %.0f ms, max %.0f ms.%n", rec.ms(50), rec.ms(99), rec.ms(100)));
    s.append(String.format("%n![%s](%s)%n", fault, stamp + "-fault-" + fault + ".png"));
    sections.add(s.toString());
    headline.put("fault " + fault + ": lost / duplicates", lost + " / " + dups);
    chartWriters.add(() -> timeline("fault-" + fault, "Fault " + fault + ": answers per second (" + stampHuman() + ")", rec));
  }

  // ---------------------------------------------------------------- Kafka

  void kafka(String command, String summary, String[] g) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("command", command);
    j.put("summary", summary);
    j.put("recordsPerSecond", Double.parseDouble(g[1]));
    j.put("mbPerSecond", Double.parseDouble(g[2]));
    j.put("p99Ms", Double.parseDouble(g[7]));
    root.put("kafkaProducerPerformance", j);
    headline.put("Kafka ProducerPerformance records/s (700 B, acks=all)", Double.parseDouble(g[1]));
    Object relay = headline.get("relay, events/s (at least; batch)");
    StringBuilder s = new StringBuilder("## Kafka's own ceiling\n\n");
    s.append("`").append(command).append("`\n\n").append("```\n").append(summary).append("\n```\n\n");
    if (relay instanceof Number n) {
      double ratio = n.doubleValue() / Double.parseDouble(g[1]);
      headline.put("ratio relay (at least) / ProducerPerformance", round(ratio));
      s.append(String.format("The outbox relay published at least %.0f events/s during the batch scenario: at least **%.1f %%** of what the broker takes from ProducerPerformance.%n", n.doubleValue(), ratio * 100));
    }
    sections.add(s.toString());
  }

  // ---------------------------------------------------------------- read scale

  void addRun(Recorder r) {
    runs.add(run(r));
  }

  private void section(String key, String text) {
    Integer i = sectionIndex.get(key);
    if (i == null) {
      sectionIndex.put(key, sections.size());
      sections.add(text);
    } else {
      sections.set(i, text);
    }
  }

  void readScale(List<ReadScale.Step> steps, ReadScale.Check check, int clients, int requests, int naiveMax, int naiveSeconds, double cleanupSeconds, boolean keep,
      long baseline) {
    ReadScale.Step last = steps.get(steps.size() - 1);
    String at = ReadScale.human(last.generated());
    readScaleKeys.forEach(headline::remove);
    readScaleKeys.clear();
    readScaleKeys.addAll(List.of("turnover p99 at " + at + " rows, direct, ms", "turnover p99 at " + at + " rows, via gateway, ms", "naive GROUP BY p99 at " + at + " rows, ms"));
    headline.put("turnover p99 at " + at + " rows, direct, ms", round(last.direct().ms(99)));
    headline.put("turnover p99 at " + at + " rows, via gateway, ms", round(last.viaGateway().ms(99)));
    headline.put("naive GROUP BY p99 at " + at + " rows, ms", round(last.naive().ms(99)));
    headline.put("indicators p99 via gateway (read model), ms", round(last.indicators().ms(99)));
    headline.put("shipment generation, rows/s", round(last.generated() / last.generationSeconds()));
    StringBuilder s = new StringBuilder("## 5. Read scale: turnover queries from 100 thousand to 5 million shipments\n\n");
    s.append(String.format("Shipments generated in the border_trade database by SQL (`insert .. select .. from generate_series`, %s in chunks of %,d rows), "
        + "a fifth in each year %d-%d (years no demo data and no other scenario uses), valid gates, HS codes and units; the `turnover_rollup` rows "
        + "are added from the very rows inserted, in the same statement and at the service's grain (month, gate, flow, trade form, HS chapter, partner, "
        + "unit). No outbox events are written for them, so the gateway read model never sees them. The table held %,d other rows before. "
        + "After each step: `ANALYZE`, then each series as a %d-request warm-up (discarded) and %d requests from %d closed-loop client(s) "
        + "(each request sent when the last was answered; at most 60 s per series).%n%n", "one transaction per chunk", ReadScale.CHUNK, ReadScale.FIRST_YEAR,
        ReadScale.FIRST_YEAR + ReadScale.YEARS - 1, baseline, 30, requests, clients));
    s.append(String.format("- **turnover direct**: `GET /api/v1/border-trade/turnover?from=%1$d-01&to=%1$d-12&groupBy=gate,month,flow` on border-trade with a service token "
        + "(the service reads the rollup: the year and the year before, by the groups, by flow and in total);%n", ReadScale.YEAR));
    s.append("- **turnover via gateway**: the same through the gateway with a CUSTOMS API key;\n");
    s.append(String.format("- **indicators**: `GET /api/v1/province/indicators?year=%d` through the gateway. It answers from the gateway's own read model, fed by events, "
        + "which these rows do not reach: it does not grow with the shipment table, and is measured at each step only as the control;%n", ReadScale.INDICATORS_YEAR));
    s.append(String.format("- **naive GROUP BY**: `%s` for %d over JDBC, one client, timed client-side (after 2 discarded runs), at most %d runs or %d s.%n%n", ReadScale.NAIVE,
        ReadScale.YEAR, naiveMax, naiveSeconds));
    s.append("| generated rows | rows in `shipment` | rollup rows of " + ReadScale.YEAR + " | generation so far | turnover direct p50 / **p99** / p99.9 | via gateway p50 / **p99** / p99.9 "
        + "| indicators p50 / **p99** | naive GROUP BY p50 / **p99** (runs) | error answers | load average after |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (ReadScale.Step st : steps) {
      long errors = st.direct().errors() + st.viaGateway().errors() + st.indicators().errors();
      s.append(String.format("| %,d | %,d | %,d | %.0f s | %.1f / **%.1f** / %.1f ms | %.1f / **%.1f** / %.1f ms | %.1f / **%.1f** ms | %.0f / **%.0f** ms (%d) | %d | %s |%n", st.generated(),
          st.tableRows(), st.rollupRowsYear(), st.generationSeconds(), st.direct().ms(50), st.direct().ms(99), st.direct().ms(99.9), st.viaGateway().ms(50),
          st.viaGateway().ms(99), st.viaGateway().ms(99.9), st.indicators().ms(50), st.indicators().ms(99), st.naive().ms(50), st.naive().ms(99), st.naive().accepted, errors, st.loadAverage()));
    }
    s.append(String.format("%nThe rollup of %d keeps one row per month, gate, flow, trade form, HS chapter, partner and unit present, so its size follows the variety of the "
        + "goods, not the number of shipments (%,d rows at the last step); the turnover queries read only the rollup.%n", ReadScale.YEAR, last.rollupRowsYear()));
    s.append(String.format("%n| at %,d generated rows | p99 | issue 8 target (≤ 20 ms) |%n| --- | --- | --- |%n", last.generated()));
    for (Recorder r : List.of(last.direct(), last.viaGateway(), last.indicators(), last.naive())) {
      s.append(String.format("| %s | **%.1f ms** | %s |%n", r.name, r.ms(99), r == last.naive() ? "(the comparison: no rollup)" : r.ms(99) <= 20 ? "met" : "**missed**"));
    }
    s.append(String.format("%nGeneration: %,d rows in %.0f s (%.0f rows/s, rollup maintained in the same statements, indexes and constraints in place; "
        + "no other scenario of the bench was running, the load average column shows what else the machine was doing).%n", last.generated(), last.generationSeconds(), last.generated() / last.generationSeconds()));
    if (check != null) {
      s.append(String.format("%nCheck at %,d rows: the turnover API's total for %d is %s USD over %,d lines; a `SUM` over the raw rows gives %s USD over %,d lines: **%s**.%n",
          last.generated(), ReadScale.YEAR, check.apiUsd().toPlainString(), check.apiLines(), check.sqlUsd().toPlainString(), check.sqlLines(),
          check.ok() ? "equal" : "DIFFERENT"));
    }
    if (keep) s.append("\nThe generated rows were kept (`BENCH_KEEP_SCALE=1`; `recorded_by = 'bench-scale'`).\n");
    else if (!Double.isNaN(cleanupSeconds))
      s.append(String.format("%nAfterwards the generated rows were deleted year by year, their amounts taken out of the rollup (rows reaching 0 lines removed), and both tables "
          + "vacuumed: %.0f s.%n", cleanupSeconds));
    s.append(String.format("%n![read scale](%s)%n", stamp + "-read-scale.png"));
    section("read-scale", s.toString());

    Map<String, Object> j = new LinkedHashMap<>();
    j.put("years", ReadScale.FIRST_YEAR + "-" + (ReadScale.FIRST_YEAR + ReadScale.YEARS - 1));
    j.put("measuredYear", ReadScale.YEAR);
    j.put("clients", clients);
    j.put("requestsPerSeries", requests);
    j.put("otherRowsBefore", baseline);
    List<Map<String, Object>> js = new ArrayList<>();
    for (ReadScale.Step st : steps) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("generatedRows", st.generated());
      m.put("tableRows", st.tableRows());
      m.put("rollupRowsOfYear", st.rollupRowsYear());
      m.put("generationSecondsSoFar", round(st.generationSeconds()));
      m.put("loadAverageAfter", st.loadAverage());
      m.put("turnoverDirect", run(st.direct()));
      m.put("turnoverViaGateway", run(st.viaGateway()));
      m.put("indicatorsViaGateway", run(st.indicators()));
      m.put("naiveGroupBy", run(st.naive()));
      js.add(m);
    }
    j.put("steps", js);
    if (check != null) j.put("check", Map.of("apiUsd", check.apiUsd(), "apiLines", check.apiLines(), "sqlUsd", check.sqlUsd(), "sqlLines", check.sqlLines(), "equal", check.ok()));
    j.put("cleanupSeconds", cleanupSeconds);
    j.put("kept", keep);
    root.put("readScale", j);

    namedCharts.put(
        "read-scale",
        () -> {
          XYSeriesCollection ds = new XYSeriesCollection();
          String[] names = {"turnover direct", "turnover via gateway", "indicators via gateway (read model)", "naive GROUP BY (JDBC)"};
          for (int k = 0; k < names.length; k++) {
            XYSeries x = new XYSeries(names[k]);
            for (ReadScale.Step st : steps) {
              Recorder r = List.of(st.direct(), st.viaGateway(), st.indicators(), st.naive()).get(k);
              if (!Double.isNaN(r.ms(99))) x.add(st.generated(), Math.max(0.1, r.ms(99)));
            }
            ds.addSeries(x);
          }
          JFreeChart chart =
              ChartFactory.createXYLineChart("p99 against shipment rows (" + stampHuman() + ")", "generated shipment rows (log scale)", "p99, ms (log scale)", ds,
                  PlotOrientation.VERTICAL, true, false, false);
          chart.setBackgroundPaint(Color.WHITE);
          XYPlot plot = chart.getXYPlot();
          LogAxis x = new LogAxis("generated shipment rows (log scale)");
          x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
          plot.setDomainAxis(x);
          LogAxis y = new LogAxis("p99, ms (log scale)");
          y.setSmallestValue(0.1);
          y.setNumberFormatOverride(new java.text.DecimalFormat("0.#"));
          plot.setRangeAxis(y);
          org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
          plot.setRenderer(r);
          ValueMarker target = new ValueMarker(20);
          target.setPaint(Color.RED);
          target.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
          target.setLabel("issue 8 target: 20 ms");
          target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
          target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
          plot.addRangeMarker(target);
          save("read-scale", chart, 1000, 550);
        });
  }

  // ---------------------------------------------------------------- IIP at scale

  void iipScale(Recorder products, Recorder enterprises, long[] inserted, double sqlSeconds, double firstRecompute, Recorder december, List<Double> recomputeSeconds,
      List<IipScale.Query> queries, JsonNode sample, int querySeconds, boolean keep) {
    List<Double> sorted = recomputeSeconds.stream().sorted().toList();
    double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    headline.put("IIP computation, 24 months (weights PUT), s", round(median));
    headline.put("IIP computation per month (on write), ms", round(median * 1000 / 24));
    headline.put("report PUT p99 (recomputes its month's IIP), ms", round(december.ms(99)));
    for (IipScale.Query q : queries) headline.put("IIP query p99, " + q.name() + ", ms", round(q.rec().ms(99)));
    StringBuilder s = new StringBuilder("## 6. IIP at scale: a year for 500 enterprises and 100 products\n\n");
    s.append(String.format("The industry service computes the IIP on two paths: on every write (a production report, or a base year's weights) it recomputes, in the "
        + "writing transaction, the indicators of every month the change affects (IIP of the month and year to date, output values) and publishes them on "
        + "`industry.indicators.v1`; and on every `GET /api/v1/industry/iip`, from the reports. Both are measured, on %d (compared with %d; weights of base "
        + "year %d, which the service picks for %d as the latest base year before it).%n%n", IipScale.YEAR, IipScale.BASE, IipScale.BASE, IipScale.YEAR));
    s.append(String.format("Data: %d products over the seed data's %d VSIC classes (sections B, C, D, E) and %d enterprises, created through the API "
        + "(PUT, ADMIN token; p99 %.0f ms and %.0f ms); each enterprise reports %d products of its class every month. %,d reports of %d and %d (%,d lines) "
        + "were inserted by **SQL** into the service's own tables (`production_report`, `production_line`; no revisions, no production events) in %.1f s, "
        + "because %,d PUTs each recomputing up to 24 months would take most of an hour on this machine. The weights of %d were computed from the %d figures and "
        + "**PUT through the API** (`/api/v1/industry/iip/base-years/%d`), which is the service's own trigger: it recomputes every month using them. The "
        + "other %d December %d reports went **through the API** afterwards, one PUT at a time.%n%n", IipScale.PRODUCTS, IipScale.CLASSES.length, IipScale.ENTERPRISES,
        products.ms(99), enterprises.ms(99), IipScale.LINES, inserted[0], IipScale.BASE, IipScale.YEAR, inserted[1], sqlSeconds, inserted[0] + december.accepted,
        IipScale.BASE, IipScale.BASE, IipScale.BASE, december.accepted, IipScale.YEAR));
    s.append("| computation (on write) | measured |\n| --- | --- |\n");
    s.append(String.format("| weights created: 24 months recomputed and published (%d-01 to %d-12, December without the API reports) | %.2f s |%n", IipScale.BASE,
        IipScale.YEAR, firstRecompute));
    s.append(String.format("| weights replaced (same figures, If-Match), all 24 months recomputed and published, × %d | **%s s** (median %.2f s, %.0f ms per month) |%n",
        recomputeSeconds.size(), String.join(" / ", recomputeSeconds.stream().map(v -> String.format("%.2f", v)).toList()), median, median * 1000 / 24));
    s.append(String.format("| a December report PUT (creates it, recomputes %d-12 in its transaction), %d of them, one at a time | p50 %.0f ms, **p99 %.0f ms**, max %.0f ms |%n",
        IipScale.YEAR, december.accepted, december.ms(50), december.ms(99), december.ms(100)));
    s.append(String.format("%nThe query (computed from the reports on every GET, level TOTAL, months %d-01 to %d-12 in turn), 12 discarded warm-up requests, then one "
        + "client sending each query when the last was answered (at most %d s per series); direct with a service token, via the gateway with a READER API key:%n%n",
        IipScale.YEAR, IipScale.YEAR, querySeconds));
    s.append(httpTable(queries.stream().map(IipScale.Query::rec).toList()));
    JsonNode cov = sample.path("coverage");
    s.append(String.format("%nThe answer for %d-12, year to date: index %s, base year %s, status %s, %s products used, %s products excluded, weight covered %s %%.%n", IipScale.YEAR,
        sample.path("index").asText(), sample.path("baseYear").asText(), sample.path("status").asText(), cov.path("productsUsed").asText(),
        cov.path("productsExcluded").size(), cov.path("weightCoveredPct").asText()));
    s.append(keep ? "\nThe data were kept (`BENCH_KEEP_SCALE=1`).\n"
        : String.format("%nAfterwards the bench's reports, weights, enterprises, products and their revisions were deleted by SQL, and the months of %d-%d removed from the "
            + "gateway's read model (the audit log keeps the writes).%n", IipScale.BASE, IipScale.YEAR));
    section("iip-scale", s.toString());
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("year", IipScale.YEAR);
    j.put("baseYear", IipScale.BASE);
    j.put("enterprises", IipScale.ENTERPRISES);
    j.put("products", IipScale.PRODUCTS);
    j.put("sqlReports", inserted[0]);
    j.put("sqlLines", inserted[1]);
    j.put("sqlSeconds", round(sqlSeconds));
    j.put("weightsCreatedRecomputeSeconds", round(firstRecompute));
    j.put("recompute24MonthsSeconds", recomputeSeconds);
    j.put("decemberReportPuts", run(december));
    j.put("productPuts", run(products));
    j.put("enterprisePuts", run(enterprises));
    List<Object> qj = new ArrayList<>();
    for (IipScale.Query q : queries) qj.add(run(q.rec()));
    j.put("queries", qj);
    j.put("sampleAnswer", Map.of("index", sample.path("index").asText(), "baseYear", sample.path("baseYear").asText(), "productsUsed", cov.path("productsUsed").asText()));
    root.put("iipScale", j);
  }

  // ---------------------------------------------------------------- footprint

  void footprint(List<Footprint.Seen> apps, int requests, long peerRssKb) {
    StringBuilder s = new StringBuilder("## 7. Footprint: start time and memory\n\n");
    s.append(String.format("Start time from each app's own log line (`started in X.XXXs`, the latest start in `.run/logs/<app>.log`; `deploy/local/run.sh` starts the four "
        + "apps at once, so they share the cores while starting, and the first start of a database includes loading its demo data). Resident memory from "
        + "`/proc/<pid>/status` before and after a warm-up of %d GETs per app (2 clients), VmHWM being the peak since the app started (so it includes whatever "
        + "the scenarios before this one made it do).%n%n", requests));
    s.append("| app | JVM memory flags | started in | RSS before warm-up | **RSS after warm-up** | peak RSS (VmHWM) | warm-up GET | p50 / p99 | start note |\n");
    s.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    List<Map<String, Object>> j = new ArrayList<>();
    for (Footprint.Seen a : apps) {
      s.append(String.format("| %s | `%s` | %.3f s | %d MiB | **%d MiB** | %d MiB | %s (%d, %d errors) | %.1f / %.1f ms | %s |%n", a.name(), a.jvmFlags(), a.startSeconds(),
          a.rssBeforeKb() / 1024, a.rssKb() / 1024, a.hwmKb() / 1024, a.warmup().name.replaceAll(".* GET ", ""), a.warmup().accepted, a.warmup().errors(), a.warmup().ms(50),
          a.warmup().ms(99), a.startNote().replace("|", "\\|")));
      headline.put("RSS " + a.name() + " after warm-up, MiB", a.rssKb() / 1024);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("app", a.name());
      m.put("pid", a.pid());
      m.put("startSeconds", a.startSeconds());
      m.put("startNote", a.startNote());
      m.put("jvmFlags", a.jvmFlags());
      m.put("rssBeforeKb", a.rssBeforeKb());
      m.put("rssAfterWarmupKb", a.rssKb());
      m.put("vmHwmKb", a.hwmKb());
      m.put("warmup", run(a.warmup()));
      j.add(m);
    }
    long total = apps.stream().mapToLong(Footprint.Seen::rssKb).sum() / 1024;
    headline.put("RSS of the four apps, MiB", total);
    s.append(String.format("%nThe four apps together: %d MiB resident after warm-up.%n", total));
    if (peerRssKb > 0) {
      s.append(String.format("%nThe peer (same JVM options, after the post scenario's rounds): **%d MiB** resident. Issue 15's target: each app at most 1.3× that (%d MiB).%n%n",
          peerRssKb / 1024, Math.round(peerRssKb * 1.3 / 1024)));
      s.append("| app | RSS after warm-up ÷ peer's | target ≤ 1.3 |\n| --- | --- | --- |\n");
      for (Footprint.Seen a : apps) {
        double ratio = (double) a.rssKb() / peerRssKb;
        s.append(String.format("| %s | **%.2f** | %s |%n", a.name(), ratio, ratio <= 1.3 ? "met" : "**missed**"));
        headline.put("RSS " + a.name() + " / peer", round(ratio));
      }
      headline.put("RSS peer, MiB", peerRssKb / 1024);
    }
    s.append(String.format("%n![footprint](%s)%n", stamp + "-footprint.png"));
    section("footprint", s.toString());
    root.put("footprint", j);
    namedCharts.put(
        "footprint",
        () -> {
          DefaultCategoryDataset ds = new DefaultCategoryDataset();
          for (Footprint.Seen a : apps) {
            ds.addValue(a.rssBeforeKb() / 1024.0, "RSS before warm-up", a.name());
            ds.addValue(a.rssKb() / 1024.0, "RSS after warm-up", a.name());
            ds.addValue(a.hwmKb() / 1024.0, "peak RSS (VmHWM)", a.name());
          }
          bar("footprint", "Resident memory per app, MiB (" + stampHuman() + ")", "MiB", ds, false);
        });
  }

  // ---------------------------------------------------------------- output

  synchronized void write() {
    try {
      Files.createDirectories(dir);
      charts.clear();
      for (Runnable w : chartWriters) w.run();
      for (Runnable w : namedCharts.values()) w.run();
      root.put("headline", headline);
      root.put("runs", runs);
      Map<String, Object> pgj = new LinkedHashMap<>();
      pgbench.forEach((k, v) -> pgj.put(k, v.stream().map(Report::pg).toList()));
      root.put("pgbenchRuns", pgj);
      JSON.writeValue(dir.resolve(stamp + ".json").toFile(), root);
      Files.writeString(markdownPath(), markdown());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String markdown() throws IOException {
    StringBuilder s = new StringBuilder("# Benchmark run " + stampHuman() + "\n\n");
    s.append("Command: `").append(commandLine).append("` (see bench/README.md). Figures are single measurements on a shared 2-core machine: noisy; compare ratios.\n\n");
    s.append("## Machine and versions\n\n| | |\n| --- | --- |\n");
    ((Map<String, Object>) root.get("machine")).forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    s.append("\n## Settings\n\n| | |\n| --- | --- |\n");
    ((Map<String, Object>) root.get("settings")).forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    s.append("\n## Headline\n\n");
    JsonNode previous = previous();
    s.append(previous == null ? "| figure | this run |\n| --- | --- |\n" : "| figure | this run | previous run (" + previous.path("_file").asText() + ") |\n| --- | --- | --- |\n");
    headline.forEach((k, v) -> {
      s.append("| ").append(k).append(" | ").append(v);
      if (previous != null) s.append(" | ").append(previous.path("headline").path(k).isMissingNode() ? "–" : previous.path("headline").path(k).asText());
      s.append(" |\n");
    });
    s.append("\n");
    for (String c : charts) s.append("![").append(c).append("](").append(c).append(")\n");
    s.append("\n");
    boolean faultHeader = false;
    for (String sec : sections) {
      if (sec.startsWith("### Fault") && !faultHeader) {
        s.append("## 4. Fault injection\n\nA steady load of posts through the gateway at a fixed rate; clients retry a line (identical, so the natural key ")
            .append("makes it idempotent) after 429, 5xx or no answer, honouring Retry-After, for up to 90 s. Then three ledgers are compared: the lines clients ")
            .append("were told were accepted, the rows in the border_trade database, and the gateway read model (border_rollup lines of the fault year, and the ")
            .append("indicators API's border turnover, 10,000 USD per line).\n\n");
        faultHeader = true;
      }
      s.append(sec).append("\n");
    }
    s.append("## All load runs\n\n").append(httpTableFromJson()).append("\n");
    return s.toString();
  }

  /** The newest results JSON before this run's, for the comparison column. */
  private JsonNode previous() {
    try (Stream<Path> files = Files.list(dir)) {
      Path p = files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json"))
          .filter(f -> f.getFileName().toString().compareTo(stamp + ".json") < 0)
          .max(Path::compareTo).orElse(null);
      if (p == null) return null;
      com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(p.toFile());
      n.put("_file", p.getFileName().toString());
      return n;
    } catch (IOException e) {
      return null;
    }
  }

  private String stampHuman() {
    return stamp.substring(0, 10) + " " + stamp.substring(11, 13) + ":" + stamp.substring(13) + " UTC";
  }

  private static Map<String, Object> run(Recorder r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name);
    m.put("seconds", round(r.seconds()));
    m.put("accepted", r.accepted);
    m.put("attempts", r.attempts);
    m.put("errors", r.errors());
    m.put("gaveUp", r.gaveUp);
    m.put("throughputPerSecond", round(r.throughput()));
    m.put("p50Ms", round(r.ms(50)));
    m.put("p90Ms", round(r.ms(90)));
    m.put("p99Ms", round(r.ms(99)));
    m.put("p999Ms", round(r.ms(99.9)));
    m.put("maxMs", round(r.ms(100)));
    Map<String, Object> seen = new LinkedHashMap<>();
    r.seen.forEach((k, v) -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("count", v.count);
      x.put("withRetryAfter", v.withRetryAfter);
      x.put("problemJson", v.problemJson);
      x.put("stackTraceLike", v.stackTraceLike);
      if (v.sample != null) x.put("sample", v.sample);
      seen.put(k, x);
    });
    m.put("seen", seen);
    return m;
  }

  private static Map<String, Object> pg(Pg.PgbenchResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("script", "bench/sql/" + r.script());
    m.put("clients", r.clients());
    m.put("seconds", r.seconds());
    m.put("tps", r.tps());
    m.put("latencyAvgMs", r.latencyAvgMs());
    m.put("transactions", r.transactions());
    m.put("failed", r.failed());
    m.put("command", r.command());
    return m;
  }

  private static String pgbenchTable(List<Pg.PgbenchResult> rs) {
    StringBuilder s = new StringBuilder("| pgbench script | clients | tps | latency avg | transactions | failed |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Pg.PgbenchResult r : rs) {
      s.append(String.format("| `bench/sql/%s` | %d | **%.0f** | %.2f ms | %d | %d |%n", r.script(), r.clients(), r.tps(), r.latencyAvgMs(), r.transactions(), r.failed()));
    }
    s.append("\nCommand: `").append(rs.get(0).command().replaceAll("^\\S*/pgbench", "pgbench")).append("` (with `PGOPTIONS='-c search_path=bench,public'`).\n");
    return s.toString();
  }

  private static String httpTable(List<Recorder> rs) {
    StringBuilder s = new StringBuilder("| run | s | accepted | per s | p50 | p99 | p99.9 | max | other answers |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Recorder r : rs) {
      List<String> other = new ArrayList<>();
      r.seen.forEach((k, v) -> {
        if (!k.startsWith("2")) other.add(k + " × " + v.count);
      });
      s.append(String.format("| %s | %.0f | %d | **%.0f** | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms | %s |%n", r.name, r.seconds(), r.accepted, r.throughput(), r.ms(50), r.ms(99),
          r.ms(99.9), r.ms(100), other.isEmpty() ? "none" : String.join(", ", other)));
    }
    return s.toString();
  }

  private String httpTableFromJson() {
    StringBuilder s = new StringBuilder("| run | s | accepted | attempts | per s | p50 ms | p99 ms | p99.9 ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Map<String, Object> r : runs) {
      s.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.get("name"), r.get("seconds"), r.get("accepted"), r.get("attempts"), r.get("throughputPerSecond"),
          r.get("p50Ms"), r.get("p99Ms"), r.get("p999Ms"), r.get("maxMs")));
    }
    return s.toString();
  }

  private static String seenTable(Recorder r) {
    StringBuilder s = new StringBuilder("| answer | count | with Retry-After | problem+json | stack trace in body | sample |\n| --- | --- | --- | --- | --- | --- |\n");
    r.seen.forEach((k, v) -> s.append(String.format("| %s | %d | %s | %s | %s | %s |%n", k, v.count, k.startsWith("2") ? "" : v.withRetryAfter, k.startsWith("2") ? "" : v.problemJson,
        k.startsWith("2") ? "" : v.stackTraceLike, v.sample == null ? "" : "`" + v.sample.replace("|", "\\|").replace("\n", " ").replace("`", "'") + "`")));
    return s.toString();
  }

  private static String secs(double s) {
    return Double.isNaN(s) ? "**more than the 180 s waited**" : String.format("%.1f s", s);
  }

  static double round(double v) {
    return Double.isNaN(v) ? Double.NaN : Math.round(v * 100) / 100.0;
  }

  // ---------------------------------------------------------------- charts

  private void bar(String name, String title, String axis, DefaultCategoryDataset ds, boolean log) {
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, ds, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    if (log) {
      CategoryPlot plot = (CategoryPlot) chart.getPlot();
      org.jfree.chart.renderer.category.BarRenderer r = (org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer();
      r.setIncludeBaseInRange(false);
      r.setBase(0.1);
      LogAxis a = new LogAxis(axis);
      a.setSmallestValue(0.1);
      a.setNumberFormatOverride(new java.text.DecimalFormat("0.#"));
      plot.setRangeAxis(a);
    }
    save(name, chart, 900, 500);
  }

  private void latencyChart() {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    for (Map<String, Object> r : runs) {
      String n = String.valueOf(r.get("name"));
      if (!n.startsWith("post")) continue;
      String label = n.replace("(closed loop)", "max").replace("post ", "");
      ds.addValue((Number) r.get("p50Ms"), "p50", label);
      ds.addValue((Number) r.get("p99Ms"), "p99", label);
      ds.addValue((Number) r.get("p999Ms"), "p99.9", label);
    }
    bar("post-latency", "Single post latency, ms (log scale) (" + stampHuman() + ")", "ms", ds, true);
  }

  private void timeline(String name, String title, Recorder rec) {
    int last = 0;
    for (int i = 0; i < rec.okPerSecond.length; i++) if (rec.okPerSecond[i] + rec.errorsPerSecond[i] > 0) last = i;
    XYSeries ok = new XYSeries("2xx per s");
    XYSeries err = new XYSeries("errors and no answers per s");
    for (int i = 0; i <= last; i++) {
      ok.add(i, rec.okPerSecond[i]);
      err.add(i, rec.errorsPerSecond[i]);
    }
    XYSeriesCollection ds = new XYSeriesCollection();
    ds.addSeries(ok);
    ds.addSeries(err);
    JFreeChart chart = ChartFactory.createXYLineChart(title, "seconds from start of load", "answers per second", ds, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    rec.events.forEach((t, what) -> {
      ValueMarker m = new ValueMarker(t);
      m.setPaint(Color.DARK_GRAY);
      m.setStroke(new BasicStroke(1.5f));
      m.setLabel(what);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addDomainMarker(m);
    });
    save(name, chart, 1000, 450);
  }

  private void save(String name, JFreeChart chart, int w, int h) {
    String file = stamp + "-" + name + ".png";
    try {
      ChartUtils.saveChartAsPNG(new File(dir.toFile(), file), chart, w, h);
      if (!name.startsWith("fault-")) charts.add(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
