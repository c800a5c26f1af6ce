package vn.tradehub.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Kafka broker of a test's own, for tests that kill it on purpose. Started with the same script
 * as the local stack; {@link #kill()} is a {@code kill -9}.
 */
public final class KafkaBroker implements AutoCloseable {
  private final Path dir;
  private int port;
  private long pid;

  private KafkaBroker(Path dir) {
    this.dir = dir;
  }

  public static KafkaBroker start() {
    try {
      KafkaBroker broker = new KafkaBroker(Files.createTempDirectory("tradehub-own-kafka"));
      broker.restart();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the broker again on the same port and data directory. */
  public void restart() {
    String[] out =
        TestInfra.Scripts.run(List.of("kafka-start", dir.toString())).trim().split("\\s+");
    port = Integer.parseInt(out[0]);
    pid = Long.parseLong(out[1]);
  }

  /** SIGKILL, as a crash would; waits until the process is gone. */
  public void kill() {
    ProcessHandle.of(pid)
        .ifPresent(
            p -> {
              p.destroyForcibly();
              p.onExit().join();
            });
  }

  public String bootstrap() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    TestInfra.Scripts.runQuietly(List.of("kafka-stop", dir.toString()));
  }
}
