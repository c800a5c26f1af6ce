package vn.tradehub.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The real PostgreSQL server and Kafka broker the tests run against. {@code deploy/local/test.sh}
 * starts one pair for the whole run and passes it in {@code TRADEHUB_TEST_*} variables; a test
 * started any other way (an IDE, a single module) gets its own pair through the same script,
 * stopped when the JVM exits.
 */
public final class TestInfra {
  private static TestInfra instance;

  private final String pgUrl;
  private final String pgUser;
  private final String pgPassword;
  private final String kafka;

  private TestInfra(Map<String, String> env) {
    this.pgUrl = env.get("TRADEHUB_TEST_PG_URL");
    this.pgUser = env.get("TRADEHUB_TEST_PG_USER");
    this.pgPassword = env.get("TRADEHUB_TEST_PG_PASSWORD");
    this.kafka = env.get("TRADEHUB_TEST_KAFKA");
  }

  public static synchronized TestInfra get() {
    if (instance == null) {
      Map<String, String> env = System.getenv();
      instance =
          env.containsKey("TRADEHUB_TEST_PG_URL") && env.containsKey("TRADEHUB_TEST_KAFKA")
              ? new TestInfra(env)
              : startOwn();
    }
    return instance;
  }

  /** JDBC URL of the server (no database), e.g. {@code jdbc:postgresql://127.0.0.1:5999/}. */
  public String pgServerUrl() {
    return pgUrl;
  }

  public String pgUser() {
    return pgUser;
  }

  public String pgPassword() {
    return pgPassword;
  }

  public String kafkaBootstrap() {
    return kafka;
  }

  /**
   * Creates an empty database with a random name starting with {@code prefix}, so each app under
   * test migrates its own schema; returns its JDBC URL. Databases go with the throw-away server.
   */
  public String createDatabase(String prefix) {
    String db =
        prefix
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(pgUrl + "postgres", pgUser, pgPassword);
        Statement st = c.createStatement()) {
      st.execute("create database " + db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + pgUrl, e);
    }
    return pgUrl + db;
  }

  private static TestInfra startOwn() {
    try {
      Path dir = Files.createTempDirectory("tradehub-test-infra");
      String out = Scripts.run(List.of("start", dir.toString()));
      Map<String, String> env = new HashMap<>();
      for (String line : out.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0 && line.startsWith("TRADEHUB_TEST_"))
          env.put(line.substring(0, eq), line.substring(eq + 1).trim());
      }
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> Scripts.runQuietly(List.of("stop", dir.toString()))));
      return new TestInfra(env);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code deploy/local/test-infra.sh}, found by walking up from the working directory. */
  static final class Scripts {
    private Scripts() {}

    static Path repoRoot() {
      Path p = Path.of("").toAbsolutePath();
      while (p != null && !Files.exists(p.resolve("deploy/local/test-infra.sh"))) p = p.getParent();
      if (p == null)
        throw new IllegalStateException(
            "deploy/local/test-infra.sh not found above " + Path.of("").toAbsolutePath());
      return p;
    }

    static String run(List<String> args) {
      try {
        var command = new java.util.ArrayList<String>();
        command.add("bash");
        command.add(repoRoot().resolve("deploy/local/test-infra.sh").toString());
        command.addAll(args);
        Process process =
            new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code != 0)
          throw new IllegalStateException(
              "test-infra.sh " + args + " failed with exit code " + code);
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    static void runQuietly(List<String> args) {
      try {
        run(args);
      } catch (RuntimeException ignored) {
        // best effort at JVM exit
      }
    }
  }
}
