package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tradehub.deploy.Manifests.K8sObject;

/**
 * The base and the overlays: structural checks always; rendering with kubectl's built-in kustomize
 * where kubectl is installed (it is on this project's machine image; elsewhere those tests skip).
 */
class KustomizeTest {
  static final Path BASE = DeployFiles.K8S.resolve("base");
  static final Path DEV = DeployFiles.K8S.resolve("overlays/dev");
  static final Path PROD = DeployFiles.K8S.resolve("overlays/prod");

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void resourcesExistAndPatchesTargetExistingObjects(String dir) {
    List<String> errors = new ArrayList<>();
    Kustomize.Tree tree = Kustomize.check(DeployFiles.K8S.resolve(dir), errors);
    assertThat(errors).isEmpty();
    assertThat(tree.objects()).hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void overlaysBuildOnTheBaseInTheirOwnNamespace(String dir) {
    Kustomization k = Kustomize.load(DeployFiles.K8S.resolve(dir));
    assertThat(k.getResources()).contains("../../base");
    assertThat(k.getNamespace()).isNotBlank();
    List<String> errors = new ArrayList<>();
    boolean namespaceDefined =
        Kustomize.check(DeployFiles.K8S.resolve(dir), errors).objects().stream()
            .anyMatch(o -> o.kind().equals("Namespace") && o.name().equals(k.getNamespace()));
    assertThat(namespaceDefined).as("%s creates its namespace %s", dir, k.getNamespace()).isTrue();
    assertThat(k.getImages())
        .as("%s sets every app image", dir)
        .extracting(i -> i.getName())
        .containsExactlyInAnyOrderElementsOf(
            DeployFiles.apps().stream().map(a -> "tradehub/" + a.name()).toList());
  }

  @Test
  void theStructuralCheckCatchesDrift(@TempDir Path tmp) throws Exception {
    Files.writeString(
        tmp.resolve("svc.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 1}]}\n");
    Files.writeString(
        tmp.resolve("kustomization.yaml"),
        """
        resources: [svc.yaml, missing.yaml]
        images: [{name: nobody/uses-this, newTag: x}]
        patches:
          - target: {kind: Service, name: b}
            patch: '[{op: replace, path: /spec/type, value: NodePort}]'
          - target: {kind: Service, name: a}
            patch: '[{op: replace, path: /spec/clusterIP, value: None}]'
        """);
    List<String> errors = new ArrayList<>();
    Kustomize.check(tmp, errors);
    assertThat(String.join("\n", errors))
        .contains(
            "missing.yaml does not exist",
            "nobody/uses-this matches no container image",
            "target null/Service/b matches nothing",
            "replace /spec/clusterIP does not exist in Service/a");
  }

  static List<K8sObject> rendered(Path overlay) throws Exception {
    Optional<String> kubectl = Kustomize.kubectl();
    assumeThat(kubectl)
        .as(
            "kubectl (with its built-in kustomize) is not installed; the overlays were checked structurally only")
        .isPresent();
    return Manifests.parseAll(
        Kustomize.render(kubectl.get(), overlay),
        DeployFiles.REPO.relativize(overlay).toString() + " (rendered)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void overlaysRenderToValidObjectsWhoseReferencesResolve(String dir) throws Exception {
    List<K8sObject> objects = rendered(DeployFiles.K8S.resolve(dir));
    String ns = Kustomize.load(DeployFiles.K8S.resolve(dir)).getNamespace();
    for (K8sObject o : objects)
      if (!o.kind().equals("Namespace"))
        assertThat(o.raw())
            .extracting("metadata")
            .extracting("namespace")
            .as("%s/%s", o.kind(), o.name())
            .isEqualTo(ns);
    Set<String> configMaps =
        objects.stream()
            .filter(o -> o.kind().equals("ConfigMap"))
            .map(K8sObject::name)
            .collect(Collectors.toSet());
    Set<String> databases =
        objects.stream()
            .filter(o -> o.kind().equals("Cluster"))
            .map(o -> o.name() + "-app")
            .collect(Collectors.toSet());
    Set<String> services =
        objects.stream()
            .filter(o -> o.kind().equals("Service"))
            .map(K8sObject::name)
            .collect(Collectors.toSet());
    for (K8sObject o : objects) {
      if (o.typed() instanceof Deployment d) {
        for (EnvVar e : d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
          if (e.getValueFrom() == null) continue;
          if (e.getValueFrom().getConfigMapKeyRef() != null)
            assertThat(configMaps)
                .as("%s %s", o.name(), e.getName())
                .contains(e.getValueFrom().getConfigMapKeyRef().getName());
          if (e.getValueFrom().getSecretKeyRef() != null)
            assertThat(databases)
                .as("%s %s: Secret generated by CloudNativePG", o.name(), e.getName())
                .contains(e.getValueFrom().getSecretKeyRef().getName());
        }
      }
      if (o.typed() instanceof HorizontalPodAutoscaler h)
        assertThat(objects)
            .as("HPA %s target", o.name())
            .anyMatch(
                x ->
                    x.kind().equals("Deployment")
                        && x.name().equals(h.getSpec().getScaleTargetRef().getName()));
      if (o.typed() instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress i)
        for (var backend : Manifests.ingressBackends(i))
          assertThat(backend.getName())
              .as("Ingress %s: the gateway only", o.name())
              .isEqualTo("gateway");
    }
    assertThat(services)
        .containsAll(DeployFiles.apps().stream().map(DeployFiles.App::name).toList());
  }

  @Test
  @SuppressWarnings("unchecked")
  void prodRendersReplicatedKafkaAndPostgresAndARegistry() throws Exception {
    List<K8sObject> prod = rendered(PROD);
    assertThat(kafkaConfig(prod))
        .containsEntry("default.replication.factor", 3)
        .containsEntry("min.insync.replicas", 2)
        .containsEntry("offsets.topic.replication.factor", 3)
        .containsEntry("transaction.state.log.min.isr", 2);
    assertThat((Integer) single(prod, "KafkaNodePool").spec().get("replicas"))
        .isGreaterThanOrEqualTo(3);
    for (K8sObject t : prod.stream().filter(o -> o.kind().equals("KafkaTopic")).toList()) {
      assertThat(t.spec()).as(t.name()).containsEntry("replicas", 3);
      assertThat((Map<String, Object>) t.spec().get("config"))
          .as(t.name())
          .containsEntry("min.insync.replicas", 2);
    }
    for (K8sObject c : prod.stream().filter(o -> o.kind().equals("Cluster")).toList())
      assertThat((Integer) c.spec().get("instances")).as(c.name()).isGreaterThanOrEqualTo(3);
    for (K8sObject d : prod.stream().filter(o -> o.kind().equals("Deployment")).toList())
      assertThat(
              d.as(Deployment.class)
                  .getSpec()
                  .getTemplate()
                  .getSpec()
                  .getContainers()
                  .get(0)
                  .getImage())
          .as("%s image comes from a registry", d.name())
          .matches("[a-z0-9.-]+\\.[a-z]+(:\\d+)?/.+:[\\w.-]+");
    for (K8sObject h :
        prod.stream().filter(o -> o.kind().equals("HorizontalPodAutoscaler")).toList())
      assertThat(h.as(HorizontalPodAutoscaler.class).getSpec().getMinReplicas())
          .as(h.name())
          .isGreaterThanOrEqualTo(2);
    assertThat(single(prod, "ConfigMap").as(ConfigMap.class).getData())
        .containsEntry("TRADEHUB_DEMO_ENABLED", "false");
    assertThat(single(prod, "Ingress").raw().toString()).contains("tradehub-gateway-tls");
  }

  @Test
  @SuppressWarnings("unchecked")
  void devRendersASingleNodeStackWithDemoData() throws Exception {
    List<K8sObject> dev = rendered(DEV);
    assertThat(kafkaConfig(dev))
        .containsEntry("default.replication.factor", 1)
        .containsEntry("min.insync.replicas", 1);
    assertThat(single(dev, "KafkaNodePool").spec()).containsEntry("replicas", 1);
    for (K8sObject t : dev.stream().filter(o -> o.kind().equals("KafkaTopic")).toList())
      assertThat(t.spec()).containsEntry("replicas", 1);
    assertThat(single(dev, "ConfigMap").as(ConfigMap.class).getData())
        .containsEntry("TRADEHUB_DEMO_ENABLED", "true");
  }

  /** spec.kafka.config of the one Kafka (Strimzi) of a rendering. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> kafkaConfig(List<K8sObject> objects) {
    Map<String, Object> kafka = (Map<String, Object>) single(objects, "Kafka").spec().get("kafka");
    return (Map<String, Object>) kafka.get("config");
  }

  static K8sObject single(List<K8sObject> objects, String kind) {
    List<K8sObject> found = objects.stream().filter(o -> o.kind().equals(kind)).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }
}
