package vn.tradehub.platform.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real TradeHub service, started from its built jar as a separate process, on a fresh database of
 * the test PostgreSQL and the test Kafka broker. For gateway tests that need the services
 * themselves (routing, OpenAPI, overview, the read model fed by their events). Build the services
 * first ({@code mvn package}); the test command does.
 */
public final class ServiceProcess implements AutoCloseable {
  private final String module;
  private final Map<String, String> env;
  private final int port;
  private final int managementPort;
  private final Path log;
  private Process process;

  private ServiceProcess(
      String module, Map<String, String> env, int port, int managementPort, Path log) {
    this.module = module;
    this.env = env;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
  }

  /**
   * Starts {@code module} (e.g. "services/border-trade") and waits until it is ready.
   *
   * @param extraEnv more environment, e.g. {@code TRADEHUB_DEMO_ENABLED=true}
   */
  public static ServiceProcess start(String module, Map<String, String> extraEnv) {
    TestInfra infra = TestInfra.get();
    String dbUrl = infra.createDatabase("s_");
    int port = freePort();
    int managementPort = freePort();
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    // Health and metrics are on the management interface, a port of its own.
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", dbUrl);
    env.put("QUARKUS_DATASOURCE_USERNAME", infra.pgUser());
    env.put("QUARKUS_DATASOURCE_PASSWORD", infra.pgPassword());
    env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestKeys.publicKeyLocation());
    env.putAll(extraEnv);
    Path root = TestInfra.Scripts.repoRoot();
    Path log = root.resolve(module).resolve("target").resolve("service-process-" + port + ".log");
    ServiceProcess p = new ServiceProcess(module, env, port, managementPort, log);
    p.launch();
    return p;
  }

  private void launch() {
    Path jar =
        TestInfra.Scripts.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar))
      throw new IllegalStateException(jar + " is missing: build the services first (mvn package)");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                javaBin(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady(Duration.ofSeconds(240));
  }

  private void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException(module + " exited during start-up; see " + log);
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return;
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(
            250, java.util.concurrent.TimeUnit.MILLISECONDS); // doubles as the poll interval
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(module + " not ready within " + timeout + "; see " + log);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** The management interface: {@code /q/health/*} and {@code /q/metrics}. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  public int managementPort() {
    return managementPort;
  }

  /** SIGKILL, as a crash would. */
  public void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts the service again, same ports and database. */
  public void restart() {
    kill();
    launch();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
