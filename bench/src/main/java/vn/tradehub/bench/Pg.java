package vn.tradehub.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local PostgreSQL: reconciliation queries, and pgbench for the machine's own ceiling. */
final class Pg {
  final String host;
  final int port;
  private final Map<String, String> passwords;

  Pg(String host, int port, Map<String, String> passwords) {
    this.host = host;
    this.port = port;
    this.passwords = passwords;
  }

  Connection connect(String db) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, db, passwords.get(db));
  }

  /** Runs a query whose answer is one row; the columns as strings. */
  List<String> row(String db, String sql, Object... args) throws SQLException {
    try (Connection c = connect(db);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> out = new ArrayList<>();
        if (rs.next()) for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) out.add(rs.getString(i));
        return out;
      }
    }
  }

  void execute(String db, String sql) throws SQLException {
    try (Connection c = connect(db);
        var st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** What pgbench reported. */
  record PgbenchResult(String script, int clients, int seconds, double tps, double latencyAvgMs, long transactions, long failed, String command, String output) {}

  /**
   * pgbench with a custom script against {@code db}, as the app's own role, with search_path set
   * to the bench schema first (so it writes copies of the tables, not the app's).
   */
  PgbenchResult pgbench(Path pgbench, Path script, String db, int clients, int threads, int seconds) throws Exception {
    List<String> cmd =
        List.of(
            pgbench.toString(), "-h", host, "-p", Integer.toString(port), "-U", db, "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j",
            Integer.toString(threads), "-T", Integer.toString(seconds), "-f", script.toString(), db);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", passwords.get(db));
    pb.environment().put("PGOPTIONS", "-c search_path=bench,public");
    Process p = pb.start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) out.append(line).append('\n');
    }
    int rc = p.waitFor();
    String text = out.toString();
    if (rc != 0) throw new IllegalStateException("pgbench failed (" + rc + "):\n" + text);
    return new PgbenchResult(
        script.getFileName().toString(), clients, seconds, num(text, "tps = ([0-9.]+)"), num(text, "latency average = ([0-9.]+) ms"),
        (long) num(text, "number of transactions actually processed: ([0-9]+)"), (long) orZero(text, "number of failed transactions: ([0-9]+)"),
        String.join(" ", cmd), text);
  }

  private static double num(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) throw new IllegalStateException("pgbench output without " + regex + ":\n" + text);
    return Double.parseDouble(m.group(1));
  }

  private static double orZero(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** Key figures of PostgreSQL for the report. */
  Map<String, String> info(String db) throws SQLException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("version", row(db, "select version()").get(0));
    for (String s : List.of("shared_buffers", "max_connections", "synchronous_commit", "fsync")) m.put(s, row(db, "select current_setting(?)", s).get(0));
    return m;
  }
}
