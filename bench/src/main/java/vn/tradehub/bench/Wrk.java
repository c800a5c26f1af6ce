package vn.tradehub.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs wrk (Debian's package) with bench/wrk/post.lua: single posts from a client that costs far
 * less CPU than the JDK HttpClient, the counterpart of pgbench's own light client.
 */
final class Wrk {
  /** What wrk and the script reported; latencies in microseconds (wrk's own histogram). */
  record Result(
      String name, String url, int connections, int seconds, Map<Integer, Long> statuses, double p50, double p90, double p99, double p999, double max,
      double durationSeconds, long socketErrors, String command, String prefix) {
    long created() {
      return statuses.getOrDefault(201, 0L);
    }

    double perSecond() {
      return created() / durationSeconds;
    }

    long others() {
      return statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToLong(Map.Entry::getValue).sum();
    }
  }

  private final Path wrk;
  private final Path script;

  Wrk(Path wrk, Path script) {
    this.wrk = wrk;
    this.script = script;
  }

  Result post(String name, String baseUrl, List<String> authorizations, String prefix, int year, int connections, int seconds) throws Exception {
    return run(name, script, baseUrl, prefix, connections, seconds, List.of(prefix, Integer.toString(year), String.join(",", authorizations)), true);
  }

  /** The peer's POST /entity/fruits with {@code script} (bench/wrk/peer.lua): unique names, no credentials. */
  Result peer(String name, Path peerScript, String baseUrl, String prefix, int connections, int seconds) throws Exception {
    return run(name, peerScript, baseUrl, prefix, connections, seconds, List.of(prefix), false);
  }

  private Result run(String name, Path script, String baseUrl, String prefix, int connections, int seconds, List<String> args, boolean lastIsSecret)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(wrk.toString(), "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s", "-s", script.toString(), baseUrl, "--"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) lines.add(line);
    }
    int rc = p.waitFor();
    if (rc != 0) throw new IllegalStateException("wrk failed (" + rc + "):\n" + String.join("\n", lines));
    Map<Integer, Long> statuses = new TreeMap<>();
    Map<String, Double> latency = new TreeMap<>();
    double duration = 0;
    long socketErrors = 0;
    for (String l : lines) {
      String[] f = l.trim().split(" ");
      if (f.length == 3 && f[0].equals("status")) statuses.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
      else if (f.length == 3 && f[0].equals("latency")) latency.put(f[1], Double.parseDouble(f[2]));
      else if (f.length == 2 && f[0].equals("duration_us")) duration = Double.parseDouble(f[1]) / 1e6;
      else if (f.length == 2 && f[0].equals("socket_errors")) socketErrors = Long.parseLong(f[1]);
    }
    if (duration == 0) throw new IllegalStateException("wrk output without the script's summary:\n" + String.join("\n", lines));
    // The command as reported, without the credentials.
    String shown = lastIsSecret ? String.join(" ", cmd.subList(0, cmd.size() - 1)) + " <authorizations>" : String.join(" ", cmd);
    return new Result(name, baseUrl, connections, seconds, statuses, latency.getOrDefault("50", 0.0), latency.getOrDefault("90", 0.0),
        latency.getOrDefault("99", 0.0), latency.getOrDefault("99.9", 0.0), latency.getOrDefault("max", 0.0), duration, socketErrors, shown, prefix);
  }
}
