package vn.tradehub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each process of the local stack between two snapshots, from /proc (user +
 * system, in clock ticks of 10 ms). Throughput on a shared 2-core machine is bounded by the CPU
 * every request costs across all the processes it touches: this says where that CPU went.
 */
final class Cpu {
  static final String[] APPS = {"border-trade", "gateway", "industry", "commerce"};
  private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

  private final Path state;

  Cpu(Path state) {
    this.state = state;
  }

  /** Ticks used so far by postgres (all backends), kafka, each app, the peer and this harness. */
  Map<String, Long> snapshot() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("postgres", postgres());
    m.put("kafka", ticks(pid(state.resolve("kafka/kafka.pid"))));
    for (String app : APPS) m.put(app, ticks(pid(state.resolve(app + ".pid"))));
    // The peer (bench/run.sh starts it beside the stack); 0 when it is not running.
    m.put("peer", ticks(pid(state.resolve("peer.pid"))));
    m.put("load generator or pgbench", ticksWithChildren(ProcessHandle.current().pid()));
    return m;
  }

  /** CPU milliseconds per request between two snapshots, by process, with the total. */
  static Map<String, Double> perRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
    Map<String, Double> m = new LinkedHashMap<>();
    double total = 0;
    for (String k : after.keySet()) {
      double ms = (after.get(k) - before.getOrDefault(k, 0L)) * MS_PER_TICK / Math.max(1, requests);
      m.put(k, ms);
      total += ms;
    }
    m.put("total", total);
    return m;
  }

  private long postgres() {
    long postmaster = pid(state.resolve("pg/postmaster.pid"));
    if (postmaster <= 0) return 0;
    // Backends that ended (pgbench's, at the end of its run) were reaped by the postmaster: their
    // time is in its cutime/cstime.
    long sum = ticksWithChildren(postmaster);
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) continue;
        String[] f = stat(Long.parseLong(name));
        if (f != null && Long.parseLong(f[1]) == postmaster) sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      }
    } catch (IOException e) {
      return sum;
    }
    return sum;
  }

  private static long pid(Path file) {
    try {
      return Long.parseLong(Files.readAllLines(file).get(0).trim());
    } catch (Exception e) {
      return -1;
    }
  }

  private static long ticks(long pid) {
    String[] f = stat(pid);
    return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static long ticksWithChildren(long pid) {
    String[] f = stat(pid);
    return f == null
        ? 0
        : Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
  }

  /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
  private static String[] stat(long pid) {
    if (pid <= 0) return null;
    try {
      String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return s.substring(s.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
