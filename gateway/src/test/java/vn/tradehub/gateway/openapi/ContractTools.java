package vn.tradehub.gateway.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pinned validators of deploy/contract (Spectral, the AsyncAPI CLI), which the test
 * command installs with {@code npm ci}. A missing tool fails the test: the contract is not checked
 * by skipping it.
 */
final class ContractTools {
  record Result(int exitCode, String output) {}

  private ContractTools() {}

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy/contract"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("deploy/contract not found above the module");
    return dir;
  }

  static Path contractDir() {
    return repoRoot().resolve("deploy/contract");
  }

  static Result run(String tool, String... args) throws IOException, InterruptedException {
    Path bin = contractDir().resolve("node_modules/.bin").resolve(tool);
    if (!Files.isExecutable(bin))
      throw new IllegalStateException(
          bin + " is missing: run deploy/local/test.sh, or npm ci in deploy/contract");
    List<String> command = new ArrayList<>(List.of(bin.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(contractDir().toFile()).redirectErrorStream(true);
    // No usage metrics from the AsyncAPI CLI (its settings file says so).
    pb.environment()
        .put(
            "ASYNCAPI_METRICS_CONFIG_PATH",
            contractDir().resolve("asyncapi-analytics.json").toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(tool + " did not finish");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
