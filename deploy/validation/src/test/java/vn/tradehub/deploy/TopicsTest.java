package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tradehub.contracts.Topics;
import vn.tradehub.deploy.Manifests.K8sObject;

/**
 * Every topic the code uses (Topics.ALL) exists in Kubernetes and compose, sized as its AsyncAPI
 * channel says.
 */
class TopicsTest {
  static final long YEAR_MS = 365L * 24 * 3600 * 1000;
  static final long OUTBOX_RETENTION_MS = 7L * 24 * 3600 * 1000;

  /** bindings.kafka.partitions of the topic's AsyncAPI channel in the contracts jar. */
  @SuppressWarnings("unchecked")
  static int asyncApiPartitions(String topic) throws Exception {
    try (InputStream in =
        Topics.class.getResourceAsStream("/asyncapi/channels/" + topic + ".yaml")) {
      assertThat(in).as("AsyncAPI channel of %s", topic).isNotNull();
      Map<String, Object> channel =
          (Map<String, Object>)
              DeployFiles.yamlDocuments(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                  .get(0);
      Map<String, Object> kafka =
          (Map<String, Object>) ((Map<String, Object>) channel.get("bindings")).get("kafka");
      return (Integer) kafka.get("partitions");
    }
  }

  static Map<String, K8sObject> kafkaTopics() {
    return AppConfigurationTest.base().stream()
        .filter(o -> o.kind().equals("KafkaTopic"))
        .collect(
            Collectors.toMap(
                o -> String.valueOf(o.spec().getOrDefault("topicName", o.name())), o -> o));
  }

  record ComposeTopic(int partitions, long retentionMs) {}

  /** The lines "topic partitions retention.ms" of the compose topic job. */
  @SuppressWarnings("unchecked")
  static Map<String, ComposeTopic> composeTopics() {
    Map<String, Object> services =
        (Map<String, Object>) DeployFiles.yamlMap(DeployFiles.COMPOSE).get("services");
    Map<String, Object> job = (Map<String, Object>) services.get("kafka-topics");
    assertThat(job).as("compose service kafka-topics").isNotNull();
    String topics = String.valueOf(((Map<String, Object>) job.get("environment")).get("TOPICS"));
    Map<String, ComposeTopic> result = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\s*(\\S+) (\\d+) (-?\\d+)\\s*$").matcher(topics);
    while (m.find())
      result.put(
          m.group(1), new ComposeTopic(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
    assertThat(String.valueOf(job.get("command")))
        .contains(
            "kafka-topics.sh", "--partitions \"$$partitions\"", "retention.ms=\"$$retention\"");
    return result;
  }

  @Test
  void everyTopicExistsAsAKafkaTopicWithItsPartitionCount() throws Exception {
    Map<String, K8sObject> topics = kafkaTopics();
    assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    for (String topic : Topics.ALL) {
      K8sObject t = topics.get(topic);
      assertThat(t.spec()).as(topic).containsEntry("partitions", asyncApiPartitions(topic));
      assertThat(t.labels())
          .as("%s belongs to the Kafka cluster", topic)
          .containsEntry(
              "strimzi.io/cluster",
              KustomizeTest.single(AppConfigurationTest.base(), "Kafka").name());
    }
  }

  @Test
  void everyTopicIsCreatedByTheComposeJobWithItsPartitionCount() throws Exception {
    Map<String, ComposeTopic> compose = composeTopics();
    assertThat(compose.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    for (String topic : Topics.ALL)
      assertThat(compose.get(topic).partitions()).as(topic).isEqualTo(asyncApiPartitions(topic));
  }

  /** The base is production-grade (prod inherits it; KustomizeTest checks the rendered prod). */
  @Test
  @SuppressWarnings("unchecked")
  void topicsAreReplicatedThreeTimesWithTwoInSync() {
    for (K8sObject t : kafkaTopics().values()) {
      assertThat(t.spec()).as(t.name()).containsEntry("replicas", 3);
      assertThat((Map<String, Object>) t.spec().get("config"))
          .as(t.name())
          .containsEntry("min.insync.replicas", 2);
    }
  }

  /** Read models (the gateway's indicators and turnover) are rebuilt from these topics. */
  @Test
  @SuppressWarnings("unchecked")
  void retentionLetsReadModelsBeRebuilt() {
    Map<String, ComposeTopic> compose = composeTopics();
    for (Map.Entry<String, K8sObject> e : kafkaTopics().entrySet()) {
      String topic = e.getKey();
      long k8s =
          ((Number) ((Map<String, Object>) e.getValue().spec().get("config")).get("retention.ms"))
              .longValue();
      boolean rebuildSource = topic.contains(".indicators.") || topic.contains(".shipments.");
      for (long retention : List.of(k8s, compose.get(topic).retentionMs())) {
        if (rebuildSource)
          assertThat(retention == -1 || retention >= YEAR_MS)
              .as("%s retention %d", topic, retention)
              .isTrue();
        else
          assertThat(retention == -1 || retention > OUTBOX_RETENTION_MS)
              .as("%s retention %d", topic, retention)
              .isTrue();
      }
      assertThat(k8s)
          .as("%s: same retention in compose and Kubernetes", topic)
          .isEqualTo(compose.get(topic).retentionMs());
    }
  }
}
