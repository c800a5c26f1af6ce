package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample Prometheus rules: well formed, and on metrics that exist. */
class AlertRulesTest {
  static final Path RULES = DeployFiles.K8S.resolve("monitoring/prometheus-alerts.yaml");

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rules() {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Object g : (List<Object>) DeployFiles.yamlMap(RULES).get("groups")) {
      Map<String, Object> group = (Map<String, Object>) g;
      assertThat(group).containsKeys("name", "rules");
      rules.addAll((List<Map<String, Object>>) group.get("rules"));
    }
    return rules;
  }

  /** Micrometer gauges and counters the platform registers, as Prometheus names them. */
  static Set<String> platformMetrics() throws IOException {
    Set<String> names = new HashSet<>();
    Pattern p = Pattern.compile("(Gauge|Counter|Timer)\\.builder\\(\\s*\"([a-z0-9.]+)\"");
    try (Stream<Path> files =
        Files.walk(DeployFiles.REPO.resolve("services/platform/src/main/java"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = p.matcher(DeployFiles.read(f));
        while (m.find()) {
          String base = m.group(2).replace('.', '_');
          switch (m.group(1)) {
            case "Counter" -> names.add(base + "_total");
            case "Timer" ->
                names.addAll(
                    List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max"));
            default -> names.add(base);
          }
        }
      }
    }
    return names;
  }

  @Test
  void everyRuleIsComplete() {
    List<Map<String, Object>> rules = rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
    for (Map<String, Object> r : rules) {
      assertThat(r)
          .as(String.valueOf(r.get("alert")))
          .containsKeys("alert", "expr", "for", "labels", "annotations");
      assertThat(String.valueOf(r.get("for"))).matches("\\d+[smh]");
      assertThat(((Map<?, ?>) r.get("labels")).get("severity")).isIn("warning", "critical");
      assertThat(((Map<?, ?>) r.get("annotations")).containsKey("summary"))
          .as("summary of %s", r.get("alert"))
          .isTrue();
      String expr = String.valueOf(r.get("expr"));
      assertThat(expr.chars().filter(c -> c == '(').count())
          .as("balanced parentheses in %s", r.get("alert"))
          .isEqualTo(expr.chars().filter(c -> c == ')').count());
    }
  }

  @Test
  void theRulesWatchOutboxLagAndLatencyOnRealMetrics() throws IOException {
    String exprs =
        String.join("\n", rules().stream().map(r -> String.valueOf(r.get("expr"))).toList());
    assertThat(exprs)
        .contains(
            "tradehub_outbox_backlog",
            "tradehub_outbox_oldest_age_seconds",
            "kafka_consumergroup_lag",
            "http_server_requests_seconds");
    Set<String> known = platformMetrics();
    Matcher m = Pattern.compile("\\btradehub_[a-z0-9_]+").matcher(exprs);
    while (m.find())
      assertThat(known)
          .as("metric %s is registered by services/platform", m.group())
          .contains(m.group());
    // Consumer lag comes from Strimzi's Kafka Exporter, so the Kafka resource must enable it.
    assertThat(KustomizeTest.single(AppConfigurationTest.base(), "Kafka").spec())
        .containsKey("kafkaExporter");
  }
}
