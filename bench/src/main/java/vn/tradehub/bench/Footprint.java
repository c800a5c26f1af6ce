package vn.tradehub.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footprint (issue 8): start time of each app (from its "started in X.XXXs" log line in
 * .run/logs) and its resident memory (VmRSS, and VmHWM, the peak since it started, from
 * /proc/PID/status) before and after a short warm-up of GETs, with the JVM's heap settings from its
 * command line.
 */
final class Footprint {
  static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
  static final Pattern DEMO = Pattern.compile("(?i)[^\\n\\]]*(demo[^\\n]*loaded|loaded[^\\n]*demo)[^\\n]*");

  record App(String name, String base, String path, String authorization) {}

  /** What was measured of one app. */
  record Seen(String name, long pid, double startSeconds, String startNote, String jvmFlags, long rssBeforeKb, long rssKb, long hwmKb, Recorder warmup) {}

  private final Bench b;
  private final int requests = Integer.getInteger("bench.footprintRequests", 300);

  Footprint(Bench b) {
    this.b = b;
  }

  void run() throws Exception {
    String token = b.auth.serviceToken("bench-footprint", Duration.ofMinutes(30), "READER");
    List<String> keys = b.auth.keys("bench-" + b.runId + "-footprint", 1, "READER");
    List<App> apps =
        List.of(
            new App("gateway", b.gateway, "/api/v1/province/indicators?year=2020", "ApiKey " + keys.get(0)),
            new App("industry", b.industry, "/api/v1/industry/iip?period=2020-12&cumulative=true", "Bearer " + token),
            new App("commerce", b.commerce, "/api/v1/commerce/summary", "Bearer " + token),
            new App("border-trade", b.borderTrade, "/api/v1/border-trade/turnover?from=2020-01&to=2020-12&groupBy=gate,flow", "Bearer " + token));
    List<Seen> seen = new ArrayList<>();
    for (App a : apps) {
      long pid = Long.parseLong(Files.readString(b.state.resolve(a.name() + ".pid")).trim());
      String log = Files.readString(b.state.resolve("logs/" + a.name() + ".log"));
      double started = Double.NaN;
      for (Matcher m = STARTED.matcher(log); m.find(); ) started = Double.parseDouble(m.group(1)); // the latest start
      Matcher demo = DEMO.matcher(log);
      String note = demo.find() ? demo.group().replaceFirst("^.*\\] ", "").trim() : ""; // the message, without time, level and logger
      long before = status(pid, "VmRSS");
      // Up to 1 request per client at a time and well under the gateway's rate limit for READER.
      Recorder r =
          b.load.closed("footprint warm-up " + a.name() + " GET " + a.path().replaceAll("\\?.*", ""), 2, Duration.ofSeconds(60), requests, new AtomicLong(),
              (w, seq) -> ReadScale.get(a.base() + a.path(), a.authorization()), null);
      b.report.addRun(r);
      Seen s = new Seen(a.name(), pid, started, note, jvmFlags(pid), before, status(pid, "VmRSS"), status(pid, "VmHWM"), r);
      Bench.log(String.format("footprint %s: started in %.3f s, RSS %d → %d MiB, peak %d MiB, %s", s.name(), s.startSeconds(), s.rssBeforeKb() / 1024, s.rssKb() / 1024,
          s.hwmKb() / 1024, s.jvmFlags()));
      seen.add(s);
    }
    // The peer (issue 15: each app at most 1.3x its RSS), as the post scenario's rounds left it; no
    // warm-up of its own (its GET lists every row the rounds created).
    long peerRss = 0;
    if (!b.peer.isEmpty() && Files.exists(b.state.resolve("peer.pid"))) {
      long pid = Long.parseLong(Files.readString(b.state.resolve("peer.pid")).trim());
      peerRss = status(pid, "VmRSS");
      Bench.log(String.format("footprint peer: RSS %d MiB, %s", peerRss / 1024, jvmFlags(pid)));
    }
    b.report.footprint(seen, requests, peerRss);
  }

  /** A field of /proc/PID/status in kB. */
  static long status(long pid, String field) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D", ""));
    }
    throw new IllegalStateException("no " + field + " for pid " + pid);
  }

  /** The memory and GC options on the command line. */
  static String jvmFlags(long pid) throws Exception {
    String cmd = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
    return String.join(" ", Arrays.stream(cmd.split("\0")).filter(f -> f.startsWith("-Xm") || f.startsWith("-Xss") || f.matches("-XX:[+-]Use\\w*GC") || f.contains("RAM")
        || f.contains("Metaspace")).toList());
  }
}
