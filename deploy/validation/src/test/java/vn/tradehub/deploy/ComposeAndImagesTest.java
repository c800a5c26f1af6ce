package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tradehub.deploy.DeployFiles.App;

/** deploy/compose and deploy/images: structure, readiness ordering, secrets, image hardening. */
class ComposeAndImagesTest {
  @SuppressWarnings("unchecked")
  static Map<String, Object> services() {
    return (Map<String, Object>) DeployFiles.yamlMap(DeployFiles.COMPOSE).get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> service(String name) {
    Map<String, Object> s = (Map<String, Object>) services().get(name);
    assertThat(s).as("compose service %s", name).isNotNull();
    return s;
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> dependsOn(String name) {
    Map<String, Object> deps = (Map<String, Object>) service(name).get("depends_on");
    assertThat(deps).as("%s depends_on (long form, with conditions)", name).isNotNull();
    Map<String, String> conditions = new java.util.LinkedHashMap<>();
    deps.forEach(
        (k, v) -> conditions.put(k, String.valueOf(((Map<String, Object>) v).get("condition"))));
    return conditions;
  }

  @Test
  void infrastructureIsPostgresAndSingleNodeKraftKafka() {
    assertThat(services()).containsKeys("postgres", "kafka", "kafka-topics");
    assertThat(String.valueOf(service("postgres").get("image"))).contains("postgres:");
    assertThat(String.valueOf(service("postgres").get("volumes")))
        .contains("init-databases.sh:/docker-entrypoint-initdb.d/");
    assertThat(String.valueOf(service("kafka").get("image"))).contains("apache/kafka:");
    @SuppressWarnings("unchecked")
    Map<String, Object> kafkaEnv = (Map<String, Object>) service("kafka").get("environment");
    assertThat(String.valueOf(kafkaEnv.get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
    assertThat(kafkaEnv.keySet()).noneMatch(k -> k.contains("ZOOKEEPER"));
    assertThat(String.valueOf(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
    for (String s : List.of("postgres", "kafka"))
      assertThat(service(s)).as("%s healthcheck", s).containsKey("healthcheck");
    assertThat(dependsOn("kafka-topics")).containsEntry("kafka", "service_healthy");
    assertThat(String.valueOf(service("kafka-topics").get("restart"))).isEqualTo("no");
  }

  @Test
  void appsStartOnceTheirDependenciesAreReady() {
    for (App app : DeployFiles.apps()) {
      Map<String, Object> s = service(app.name());
      assertThat(s).as("%s healthcheck", app.name()).containsKey("healthcheck");
      assertThat(dependsOn(app.name()))
          .as(app.name())
          .containsEntry("postgres", "service_healthy")
          .containsEntry("kafka-topics", "service_completed_successfully");
      assertThat(s.get("read_only")).as("%s read-only root filesystem", app.name()).isEqualTo(true);
      assertThat(String.valueOf(s.get("tmpfs")))
          .as("%s writable /tmp", app.name())
          .contains("/tmp");
    }
    for (App app : DeployFiles.apps())
      if (!app.name().equals("gateway"))
        assertThat(dependsOn("gateway")).containsEntry(app.name(), "service_healthy");
  }

  /** ${VAR:?...} references: the secrets compose requires from .env. */
  static Set<String> requiredComposeVariables() {
    Set<String> vars = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*):\\?")
            .matcher(DeployFiles.read(DeployFiles.COMPOSE));
    while (m.find()) vars.add(m.group(1));
    return vars;
  }

  @Test
  @SuppressWarnings("unchecked")
  void secretsComeFromTheUncommittedEnvFile() {
    for (Map.Entry<String, Object> s : services().entrySet()) {
      Object env = ((Map<String, Object>) s.getValue()).get("environment");
      if (!(env instanceof Map)) continue;
      ((Map<String, Object>) env)
          .forEach(
              (k, v) -> {
                if (k.matches(".*(PASSWORD|SECRET|TOKEN).*"))
                  assertThat(String.valueOf(v))
                      .as("%s %s comes from .env", s.getKey(), k)
                      .matches("\\$\\{[A-Z_]+:\\?.+}");
              });
    }
    Set<String> required = requiredComposeVariables();
    assertThat(required)
        .contains("POSTGRES_PASSWORD", "INDUSTRY_DB_PASSWORD", "GATEWAY_DB_PASSWORD");
    String example = DeployFiles.read(DeployFiles.COMPOSE_DIR.resolve(".env.example"));
    assertThat(example).contains("EXAMPLE ONLY", "never commit");
    for (String var : required)
      assertThat(example)
          .as(".env.example lists %s", var)
          .containsPattern("(?m)^" + var + "=CHANGE_ME$");
    assertThat(DeployFiles.read(DeployFiles.COMPOSE_DIR.resolve(".gitignore")))
        .containsPattern("(?m)^\\.env$");
  }

  @Test
  void theImageIsNonRootGenericAndContainerAware() {
    String dockerfile = DeployFiles.read(DeployFiles.DEPLOY.resolve("images/Dockerfile.jvm"));
    Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
    assertThat(user.find()).as("USER in the Dockerfile").isTrue();
    assertThat(user.group(1)).matches("\\d+").isNotEqualTo("0");
    assertThat(dockerfile)
        .contains(
            "MaxRAMPercentage",
            "ExitOnOutOfMemoryError",
            "quarkus-app/lib/",
            "/deployments/quarkus-run.jar");
    // Nothing environment-specific: no datasource, Kafka or app settings baked into the image.
    assertThat(dockerfile)
        .doesNotContainPattern(
            "(?m)^(ENV|ARG).*(QUARKUS_DATASOURCE|KAFKA_BOOTSTRAP|TRADEHUB_|PASSWORD)");
    String ignore =
        DeployFiles.read(DeployFiles.DEPLOY.resolve("images/Dockerfile.jvm.dockerignore"));
    String build = DeployFiles.read(DeployFiles.DEPLOY.resolve("images/build.sh"));
    for (App app : DeployFiles.apps()) {
      assertThat(ignore)
          .as("the build context lets %s in", app.name())
          .contains("!" + app.dir() + "/target/quarkus-app/");
      assertThat(build)
          .as("build.sh builds %s", app.name())
          .contains("\"" + app.name() + " " + app.dir() + "\"");
    }
  }
}
