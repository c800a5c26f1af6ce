package vn.tradehub.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files under test: deploy/, the apps' configuration and the local run script. */
final class DeployFiles {
  static final Path REPO =
      Path.of(System.getProperty("tradehub.repo.dir", "../..")).toAbsolutePath().normalize();
  static final Path DEPLOY = REPO.resolve("deploy");
  static final Path K8S = DEPLOY.resolve("k8s");
  static final Path COMPOSE_DIR = DEPLOY.resolve("compose");
  static final Path COMPOSE = COMPOSE_DIR.resolve("docker-compose.yml");

  /**
   * The apps of the local stack and how each is started (deploy/local/run.sh, bench/lib/stack.sh).
   */
  static final Path LOCAL_APPS = DEPLOY.resolve("local/lib/apps.sh");

  static final Path PLATFORM_DEFAULTS =
      REPO.resolve("services/platform/src/main/resources/META-INF/microprofile-config.properties");

  /**
   * One app of the stack as deploy/local/lib/apps.sh lists it: its HTTP port and the port of its
   * management interface (health, metrics).
   */
  record App(String name, String dir, int port, String db, int managementPort) {
    Path properties() {
      return REPO.resolve(dir).resolve("src/main/resources/application.properties");
    }
  }

  private DeployFiles() {}

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML file (snakeyaml, safe constructor, YAML merge keys resolved). */
  static List<Object> yamlDocuments(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    List<Object> docs = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (Object doc : yaml.loadAll(r)) if (doc != null) docs.add(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
    }
    return docs;
  }

  static List<Object> yamlDocuments(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    List<Object> docs = new ArrayList<>();
    for (Object doc : new Yaml(new SafeConstructor(options)).loadAll(text))
      if (doc != null) docs.add(doc);
    return docs;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yamlMap(Path file) {
    List<Object> docs = yamlDocuments(file);
    if (docs.size() != 1 || !(docs.get(0) instanceof Map))
      throw new AssertionError(file + ": expected one mapping");
    return (Map<String, Object>) docs.get(0);
  }

  /** Every YAML file under a directory, build output excluded. */
  static List<Path> yamlFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The apps as the run script starts them: the LOCAL_APPS array of its lib/apps.sh ("name
   * module-dir port database management-port").
   */
  static List<App> apps() {
    String script = read(LOCAL_APPS);
    Matcher block = Pattern.compile("(?s)\\nLOCAL_APPS=\\((.*?)\\n\\)").matcher(script);
    if (!block.find()) throw new AssertionError("no LOCAL_APPS=( ... ) array in " + LOCAL_APPS);
    Pattern line =
        Pattern.compile(
            "\"(\\S+) (\\S+) \\$\\{\\w+:-(\\d+)} (\\w+) \\$\\{\\w+_MANAGEMENT_PORT:-(\\d+)}\"");
    List<App> apps = new ArrayList<>();
    Matcher m = line.matcher(block.group(1));
    while (m.find())
      apps.add(
          new App(
              m.group(1),
              m.group(2),
              Integer.parseInt(m.group(3)),
              m.group(4),
              Integer.parseInt(m.group(5))));
    if (apps.size() < 4)
      throw new AssertionError("expected the four apps in " + LOCAL_APPS + ", found " + apps);
    return apps;
  }

  static App app(String name) {
    return apps().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  /** Names the run script exports to every app it starts (lib/apps.sh's app_launch). */
  static Set<String> runScriptExports() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*export ([A-Z][A-Z0-9_]*)").matcher(read(LOCAL_APPS));
    while (m.find()) names.add(m.group(1));
    return names;
  }

  static Properties properties(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The app's effective default configuration: platform defaults overridden by the app's file. */
  static Map<String, String> configuration(App app) {
    Map<String, String> config = new LinkedHashMap<>();
    properties(PLATFORM_DEFAULTS).forEach((k, v) -> config.put((String) k, (String) v));
    properties(app.properties()).forEach((k, v) -> config.put((String) k, (String) v));
    config.keySet().removeIf(k -> k.startsWith("%")); // profile-specific (%test, %dev)
    return config;
  }

  /** MicroProfile Config's environment variable name for a property. */
  static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
  }

  /**
   * The environment variables every deployment of the app must set: what the run script exports to
   * it (TRADEHUB_SERVICES_* only to the gateway, the one app that calls the others), plus every
   * property whose default points at this machine (localhost), which no deployment can keep.
   */
  /** What only the gateway reads: where the services are, its signing key, the SSO, demo keys. */
  static final List<String> GATEWAY_ONLY =
      List.of(
          "TRADEHUB_SERVICES_", "SMALLRYE_JWT_SIGN_KEY", "TRADEHUB_OIDC_", "TRADEHUB_SECURITY_");

  static Set<String> requiredEnv(App app) {
    Set<String> env = new LinkedHashSet<>();
    for (String name : runScriptExports()) {
      if (GATEWAY_ONLY.stream().anyMatch(name::startsWith) && !app.name().equals("gateway"))
        continue;
      env.add(name);
    }
    configuration(app)
        .forEach(
            (k, v) -> {
              if (v.contains("localhost") || v.contains("127.0.0.1")) env.add(envName(k));
            });
    return env;
  }
}
