package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.deploy.Manifests.K8sObject;

/** Every YAML under deploy/ parses; every Kubernetes object under deploy/k8s matches its schema. */
class YamlAndObjectsTest {

  @Test
  void everyYamlDocumentUnderDeployParses() {
    List<Path> files = DeployFiles.yamlFiles(DeployFiles.DEPLOY);
    assertThat(files)
        .extracting(p -> DeployFiles.DEPLOY.relativize(p).toString())
        .contains(
            "compose/docker-compose.yml",
            "k8s/base/kustomization.yaml",
            "k8s/overlays/prod/kustomization.yaml",
            "k8s/overlays/dev/kustomization.yaml",
            "k8s/monitoring/prometheus-alerts.yaml");
    int docs = 0;
    for (Path f : files) {
      List<Object> d = DeployFiles.yamlDocuments(f); // throws, naming the file, on a syntax error
      assertThat(d).as("%s has no document", f).isNotEmpty();
      docs += d.size();
    }
    assertThat(docs).isGreaterThan(files.size());
  }

  /**
   * Resource files of the base and overlays (not kustomization.yaml, not monitoring rule files).
   */
  static List<Path> manifestFiles() {
    return DeployFiles.yamlFiles(DeployFiles.K8S).stream()
        .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
        .filter(p -> !p.startsWith(DeployFiles.K8S.resolve("monitoring")))
        .toList();
  }

  @Test
  void everyKubernetesObjectMatchesItsSchema() {
    List<String> errors = new ArrayList<>();
    List<K8sObject> all = new ArrayList<>();
    for (Path f : manifestFiles()) {
      boolean patch =
          f.startsWith(DeployFiles.K8S.resolve("overlays"))
              && !f.getFileName().toString().equals("namespace.yaml");
      try {
        all.addAll(Manifests.parseFile(f, patch));
      } catch (AssertionError e) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).isEmpty();
    assertThat(all)
        .extracting(K8sObject::kind)
        .contains(
            "Deployment",
            "Service",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "Ingress",
            "Kafka",
            "KafkaNodePool",
            "KafkaTopic",
            "Cluster",
            "Namespace");
  }

  @Test
  void everyKustomizationMatchesTheKustomizeSchema() {
    for (Path f : DeployFiles.yamlFiles(DeployFiles.K8S)) {
      if (f.getFileName().toString().equals("kustomization.yaml")) Kustomize.load(f.getParent());
    }
  }

  @Test
  void secretsAreReferencedNeverInlined() {
    for (Path f : DeployFiles.yamlFiles(DeployFiles.K8S)) {
      for (Object doc : DeployFiles.yamlDocuments(f)) {
        if (doc instanceof Map<?, ?> m && "Secret".equals(m.get("kind")))
          assertThat(m.get("data") == null && m.get("stringData") == null)
              .as("%s inlines a Secret", f)
              .isTrue();
      }
      assertThat(DeployFiles.read(f))
          .as("%s has a secretGenerator", f)
          .doesNotContain("secretGenerator");
    }
  }

  // The validator itself: a misspelt or misplaced field must fail, not be kept aside.

  @Test
  void aMisspeltFieldInABuiltInKindFails() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: x}
        spec:
          selector: {matchLabels: {a: b}}
          template:
            metadata: {labels: {a: b}}
            spec:
              containers:
                - name: x
                  image: x
                  imagePullPolcy: Always
        """;
    assertThatThrownBy(() -> Manifests.parseAll(yaml, "test"))
        .hasMessageContaining("imagePullPolcy");
  }

  @Test
  void aMisplacedFieldFails() {
    String yaml =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: x}
        spec:
          ports: [{port: 80, containerPort: 80}]
        """;
    assertThatThrownBy(() -> Manifests.parseAll(yaml, "test"))
        .hasMessageContaining("containerPort");
  }

  @Test
  void aWrongTypeFails() {
    String yaml =
        """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: x}
        spec: {minReplicas: two, maxReplicas: 3, scaleTargetRef: {kind: Deployment, name: x}}
        """;
    assertThatThrownBy(() -> Manifests.parseAll(yaml, "test")).hasMessageContaining("minReplicas");
  }

  @Test
  void customResourcesAreCheckedStructurally() {
    String typo =
        """
        apiVersion: kafka.strimzi.io/v1beta2
        kind: KafkaTopic
        metadata: {name: t}
        spec: {partitions: 3, replicas: 3, retention: 1}
        """;
    assertThatThrownBy(() -> Manifests.parseAll(typo, "test"))
        .hasMessageContaining("retention: unknown field");
    String missing =
        """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: db}
        spec: {instances: 1, storage: {size: 1Gi}, bootstrap: {initdb: {database: x}}}
        """;
    assertThatThrownBy(() -> Manifests.parseAll(missing, "test"))
        .hasMessageContaining("owner: required");
    String unknownKind =
        """
        apiVersion: example.org/v1
        kind: Thing
        metadata: {name: x}
        """;
    assertThatThrownBy(() -> Manifests.parseAll(unknownKind, "test"))
        .hasMessageContaining("unknown apiVersion/kind");
  }
}
