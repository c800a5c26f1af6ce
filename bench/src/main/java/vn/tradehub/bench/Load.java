package vn.tradehub.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The load generator: JDK HttpClient, blocking calls from a bounded number of threads, every run
 * bounded both in time and in request count. Two shapes:
 * <ul>
 *   <li>closed loop: {@code concurrency} clients, each sending its next request when the last is
 *       answered (finds the maximum throughput);
 *   <li>fixed rate (open loop): request i is due at start + i/rate; its latency is measured from
 *       that due time, so a stalled server is not hidden by a stalled client (no coordinated
 *       omission). With retries on, a line that fails with 429, 5xx or no answer is sent again,
 *       identical, after Retry-After (or 250 ms), until it is accepted or its deadline passes;
 *       the latency is then that of the line, retries included.
 * </ul>
 */
final class Load {
  /** Builds the request for line {@code seq}, sent by client {@code worker}. */
  interface Call {
    HttpRequest request(int worker, long seq);
  }

  /** Told of every accepted line (2xx), with its response. */
  interface Hook {
    void accepted(long seq, HttpResponse<String> response);
  }

  /** Told of a line given up (permanent error, or retries past its deadline). */
  interface Failed {
    void failed(long seq, String last);
  }

  private final HttpClient http;

  Load(HttpClient http) {
    this.http = http;
  }

  Recorder closed(String name, int concurrency, Duration duration, long maxRequests, AtomicLong seqs, Call call, Hook hook) throws InterruptedException {
    Recorder rec = new Recorder(name);
    AtomicLong sent = new AtomicLong();
    rec.start();
    long end = rec.startNanos + duration.toNanos();
    onWorkers(name, concurrency, duration.toMillis() + 180_000, worker -> {
      while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
        long seq = seqs.getAndIncrement();
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> r = http.send(call.request(worker, seq), HttpResponse.BodyHandlers.ofString());
          long t1 = System.nanoTime();
          rec.attempt(t1, r);
          if (r.statusCode() / 100 == 2) {
            rec.accepted(t0, t1);
            if (hook != null) hook.accepted(seq, r);
          }
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          rec.attempt(System.nanoTime(), e);
        }
      }
    });
    rec.stop();
    return rec;
  }

  /**
   * Fixed rate for {@code duration}; {@code retryFor} zero means one attempt per line. Returns once
   * every line is accepted or given up (bounded by the deadline).
   */
  Recorder open(String name, double rate, Duration duration, int threads, Duration retryFor, AtomicLong seqs, Call call, Hook hook, Failed failed)
      throws InterruptedException {
    return open(name, rate, duration, threads, retryFor, 1, seqs, call, hook, failed);
  }

  /**
   * As above; with {@code copies} &gt; 1 every attempt is sent that many times at once (a storm of
   * identical retries), and every copy's answer is recorded and passed to the hook.
   */
  Recorder open(String name, double rate, Duration duration, int threads, Duration retryFor, int copies, AtomicLong seqs, Call call, Hook hook, Failed failed)
      throws InterruptedException {
    Recorder rec = new Recorder(name);
    long total = (long) Math.floor(rate * duration.toNanos() / 1e9);
    long period = (long) (1e9 / rate);
    AtomicLong next = new AtomicLong();
    long base = seqs.getAndAdd(total);
    rec.start();
    long start = rec.startNanos;
    onWorkers(name, threads, duration.toMillis() + retryFor.toMillis() + 180_000, worker -> {
      for (long i; (i = next.getAndIncrement()) < total; ) {
        long due = start + i * period;
        long wait = due - System.nanoTime();
        if (wait > 0) LockSupport.parkNanos(wait);
        long seq = base + i;
        long deadline = due + retryFor.toNanos();
        String last = null;
        boolean ok = false;
        while (true) {
          long retryAfterMs = 250;
          try {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> extra = new ArrayList<>();
            for (int c = 1; c < copies; c++) extra.add(http.sendAsync(call.request(worker, seq), HttpResponse.BodyHandlers.ofString()));
            HttpResponse<String> r;
            try {
              r = http.send(call.request(worker, seq), HttpResponse.BodyHandlers.ofString());
            } finally {
              for (var f : extra) {
                try {
                  HttpResponse<String> x = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                  rec.attempt(System.nanoTime(), x);
                  if (x.statusCode() / 100 == 2 && hook != null) hook.accepted(seq, x);
                } catch (java.util.concurrent.ExecutionException e) {
                  rec.attempt(System.nanoTime(), e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                  rec.attempt(System.nanoTime(), e);
                }
              }
            }
            long now = System.nanoTime();
            rec.attempt(now, r);
            int s = r.statusCode();
            if (s / 100 == 2) {
              rec.accepted(due, now);
              if (hook != null) hook.accepted(seq, r);
              ok = true;
              break;
            }
            last = Integer.toString(s);
            if (s != 429 && s < 500) break; // a permanent answer: retrying cannot change it
            retryAfterMs = r.headers().firstValue("Retry-After").map(v -> parseSeconds(v) * 1000).orElse(250L);
          } catch (InterruptedException e) {
            return;
          } catch (Exception e) {
            rec.attempt(System.nanoTime(), e);
            last = e.getClass().getSimpleName();
          }
          if (System.nanoTime() + retryAfterMs * 1_000_000 > deadline) break;
          try {
            Thread.sleep(Math.min(retryAfterMs, 5000));
          } catch (InterruptedException e) {
            return;
          }
        }
        if (!ok) {
          rec.gaveUp();
          if (failed != null) failed.failed(seq, last);
        }
      }
    });
    rec.stop();
    return rec;
  }

  /**
   * Runs {@code body} for workers 0..n-1, each on a daemon thread of its own (name-worker), and
   * waits for them, each at most {@code joinMillis}: the client threads of both loop shapes.
   */
  private static void onWorkers(String name, int n, long joinMillis, IntConsumer body) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      final int worker = w;
      Thread t = new Thread(() -> body.accept(worker), name + "-" + w);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join(joinMillis);
  }

  private static long parseSeconds(String v) {
    try {
      return Math.max(0, Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static HttpRequest.Builder post(String url, Duration timeout) {
    return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(timeout);
  }
}
