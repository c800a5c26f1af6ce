package vn.tradehub.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Every response of one load run: latency of each accepted request (microseconds, HDR
 * histogram; for fixed-rate runs measured from the intended send time, so queueing counts),
 * every status or exception seen, and completions per second.
 */
final class Recorder {
  /** What clients saw for one status (or exception class). */
  static final class Seen {
    long count;
    long withRetryAfter;
    long problemJson;
    long stackTraceLike;
    String sample;
  }

  final String name;
  final Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(600), 3);
  final Map<String, Seen> seen = new TreeMap<>();
  final long[] okPerSecond = new long[3600];
  final long[] errorsPerSecond = new long[3600];
  final Map<Double, String> events = new LinkedHashMap<>();
  long startNanos;
  long endNanos;
  long accepted;
  long attempts;
  long gaveUp;

  Recorder(String name) {
    this.name = name;
  }

  void start() {
    startNanos = System.nanoTime();
  }

  void stop() {
    endNanos = System.nanoTime();
  }

  double seconds() {
    return (endNanos - startNanos) / 1e9;
  }

  double throughput() {
    return accepted / seconds();
  }

  synchronized void event(String what) {
    events.put((System.nanoTime() - startNanos) / 1e9, what);
  }

  /** One accepted request or line: latency from {@code fromNanos}. */
  synchronized void accepted(long fromNanos, long nowNanos) {
    accepted++;
    latency.recordValue(Math.max(1, (nowNanos - fromNanos) / 1000));
  }

  /** One attempt's answer (accepted or not). */
  synchronized void attempt(long nowNanos, HttpResponse<String> r) {
    attempts++;
    int s = r.statusCode();
    tick(nowNanos, s >= 200 && s < 300);
    Seen x = seen.computeIfAbsent(Integer.toString(s), k -> new Seen());
    x.count++;
    if (s >= 300) {
      if (r.headers().firstValue("Retry-After").isPresent()) x.withRetryAfter++;
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) x.problemJson++;
      String body = r.body() == null ? "" : r.body();
      if (body.contains("\tat ") || body.contains(".java:") || body.contains("Exception:")) x.stackTraceLike++;
      if (x.sample == null) x.sample = body.length() > 300 ? body.substring(0, 300) : body;
    }
  }

  /** One attempt that got no answer (refused, reset, timed out). */
  synchronized void attempt(long nowNanos, Throwable t) {
    attempts++;
    tick(nowNanos, false);
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    Seen x = seen.computeIfAbsent(root.getClass().getSimpleName(), k -> new Seen());
    x.count++;
    if (x.sample == null) x.sample = String.valueOf(root.getMessage());
  }

  synchronized void gaveUp() {
    gaveUp++;
  }

  private void tick(long nowNanos, boolean ok) {
    int sec = (int) Math.min(okPerSecond.length - 1, Math.max(0, (nowNanos - startNanos) / 1_000_000_000L));
    if (ok) okPerSecond[sec]++;
    else errorsPerSecond[sec]++;
  }

  double ms(double percentile) {
    return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
  }

  long errors() {
    long n = 0;
    for (var e : seen.entrySet()) if (!e.getKey().startsWith("2")) n += e.getValue().count;
    return n;
  }
}
