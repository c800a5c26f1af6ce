package vn.tradehub.deploy;

import static vn.tradehub.deploy.Shape.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kubernetes objects of deploy/k8s: strict typed parsing (built-in kinds) or shapes (CRs). */
final class Manifests {
  /** A built-in object, or a custom resource kept as a map. */
  record K8sObject(
      String apiVersion,
      String kind,
      String name,
      Map<String, Object> raw,
      Object typed,
      String source) {
    String group() {
      return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> spec() {
      return (Map<String, Object>) raw.get("spec");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> labels() {
      Map<String, Object> meta = (Map<String, Object>) raw.get("metadata");
      Object l = meta == null ? null : meta.get("labels");
      return l == null ? Map.of() : (Map<String, Object>) l;
    }

    <T> T as(Class<T> type) {
      return type.cast(typed);
    }
  }

  /** apiVersion + kind of each built-in kind these manifests may use, with its fabric8 class. */
  static final Map<String, Class<? extends HasMetadata>> BUILT_IN =
      Map.of(
          "apps/v1/Deployment", Deployment.class,
          "v1/Service", Service.class,
          "v1/ConfigMap", ConfigMap.class,
          "v1/Secret", Secret.class,
          "v1/Namespace", Namespace.class,
          "v1/ServiceAccount", ServiceAccount.class,
          "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
          "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "networking.k8s.io/v1/Ingress", Ingress.class,
          "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

  static final Shape METADATA =
      obj("name!", STRING, "namespace", STRING, "labels", scalarMap(), "annotations", scalarMap());

  private static Shape cr(Shape spec) {
    return obj("apiVersion!", STRING, "kind!", STRING, "metadata!", METADATA, "spec!", spec);
  }

  /** Strimzi (kafka.strimzi.io/v1beta2) and CloudNativePG (postgresql.cnpg.io/v1) resources. */
  static final Map<String, Shape> CUSTOM =
      Map.of(
          "kafka.strimzi.io/v1beta2/Kafka",
              cr(
                  obj(
                      "kafka!",
                      obj(
                          "version",
                          STRING,
                          "metadataVersion",
                          STRING,
                          "listeners!",
                          list(
                              obj(
                                  "name!",
                                  STRING,
                                  "port!",
                                  INT,
                                  "type!",
                                  oneOf(
                                      "internal",
                                      "route",
                                      "loadbalancer",
                                      "nodeport",
                                      "ingress",
                                      "cluster-ip"),
                                  "tls!",
                                  BOOL,
                                  "authentication",
                                  FREE,
                                  "configuration",
                                  FREE,
                                  "networkPolicyPeers",
                                  list(FREE))),
                          "config",
                          scalarMap(),
                          "authorization",
                          FREE,
                          "rack",
                          FREE,
                          "template",
                          FREE,
                          "metricsConfig",
                          FREE,
                          "logging",
                          FREE,
                          "jvmOptions",
                          FREE,
                          "resources",
                          RESOURCES),
                      "entityOperator",
                      obj("topicOperator", FREE, "userOperator", FREE, "template", FREE),
                      "kafkaExporter",
                      obj(
                          "topicRegex",
                          STRING,
                          "groupRegex",
                          STRING,
                          "resources",
                          RESOURCES,
                          "template",
                          FREE),
                      "cruiseControl",
                      FREE,
                      "clusterCa",
                      FREE,
                      "clientsCa",
                      FREE)),
          "kafka.strimzi.io/v1beta2/KafkaNodePool",
              cr(
                  obj(
                      "replicas!",
                      INT,
                      "roles!",
                      list(oneOf("controller", "broker")),
                      "storage!",
                      obj(
                          "type!",
                          oneOf("jbod", "ephemeral", "persistent-claim"),
                          "volumes",
                          list(
                              obj(
                                  "id!",
                                  INT,
                                  "type!",
                                  oneOf("ephemeral", "persistent-claim"),
                                  "size",
                                  QUANTITY,
                                  "deleteClaim",
                                  BOOL,
                                  "kraftMetadata",
                                  oneOf("shared"),
                                  "class",
                                  STRING)),
                          "size",
                          QUANTITY,
                          "deleteClaim",
                          BOOL,
                          "class",
                          STRING),
                      "resources",
                      RESOURCES,
                      "jvmOptions",
                      FREE,
                      "template",
                      FREE)),
          "kafka.strimzi.io/v1beta2/KafkaTopic",
              cr(
                  obj(
                      "topicName",
                      STRING,
                      "partitions!",
                      INT,
                      "replicas!",
                      INT,
                      "config",
                      scalarMap())),
          "postgresql.cnpg.io/v1/Cluster",
              cr(
                  obj(
                      "instances!",
                      INT,
                      "imageName",
                      STRING,
                      "primaryUpdateStrategy",
                      oneOf("unsupervised", "supervised"),
                      "storage!",
                      obj("size!", QUANTITY, "storageClass", STRING),
                      "walStorage",
                      obj("size!", QUANTITY, "storageClass", STRING),
                      "bootstrap!",
                      obj(
                          "initdb!",
                          obj(
                              "database!",
                              STRING,
                              "owner!",
                              STRING,
                              "secret",
                              obj("name!", STRING))),
                      "resources",
                      RESOURCES,
                      "postgresql",
                      FREE,
                      "affinity",
                      FREE,
                      "monitoring",
                      FREE,
                      "backup",
                      FREE,
                      "managed",
                      FREE)));

  /** Jackson that fails on any field the model does not declare (fabric8 would keep it aside). */
  static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setAnnotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                  return Boolean.FALSE; // no additionalProperties sink: unknown fields are errors
                }
              });

  private Manifests() {}

  /**
   * Parses one document. Throws AssertionError naming the source when the kind is unknown, a field
   * is misspelt or misplaced, or a type is wrong. {@code partial} accepts patches.
   */
  @SuppressWarnings("unchecked")
  static K8sObject parse(Object doc, String source, boolean partial) {
    if (!(doc instanceof Map))
      throw new AssertionError(source + ": a Kubernetes object must be a mapping");
    Map<String, Object> raw = (Map<String, Object>) doc;
    String apiVersion = String.valueOf(raw.get("apiVersion"));
    String kind = String.valueOf(raw.get("kind"));
    Map<String, Object> meta = (Map<String, Object>) raw.get("metadata");
    String name = meta == null ? null : (String) meta.get("name");
    if (name == null) throw new AssertionError(source + ": " + kind + " without metadata.name");
    String where = source + " " + kind + "/" + name;
    String key = apiVersion + "/" + kind;
    Class<? extends HasMetadata> type = BUILT_IN.get(key);
    if (type != null) {
      try {
        return new K8sObject(apiVersion, kind, name, raw, STRICT.convertValue(raw, type), source);
      } catch (IllegalArgumentException e) {
        throw new AssertionError(
            where + " does not match the Kubernetes schema: " + e.getMessage(), e);
      }
    }
    Shape shape = CUSTOM.get(key);
    if (shape == null)
      throw new AssertionError(
          where
              + ": unknown apiVersion/kind "
              + key
              + " (known: "
              + BUILT_IN.keySet()
              + " "
              + CUSTOM.keySet()
              + ")");
    List<String> errors = shape.errors(raw, partial);
    if (!errors.isEmpty())
      throw new AssertionError(where + " does not match the " + key + " schema: " + errors);
    return new K8sObject(apiVersion, kind, name, raw, null, source);
  }

  /** The objects of one file (every document must be a Kubernetes object). */
  static List<K8sObject> parseFile(Path file, boolean partial) {
    List<K8sObject> objects = new ArrayList<>();
    for (Object doc : DeployFiles.yamlDocuments(file))
      objects.add(parse(doc, DeployFiles.REPO.relativize(file).toString(), partial));
    return objects;
  }

  static List<K8sObject> parseAll(String text, String source) {
    List<K8sObject> objects = new ArrayList<>();
    for (Object doc : DeployFiles.yamlDocuments(text)) objects.add(parse(doc, source, false));
    return objects;
  }

  /** The service each path of the Ingress leads to: what the tests check is the gateway only. */
  static List<IngressServiceBackend> ingressBackends(Ingress ingress) {
    return ingress.getSpec().getRules().stream()
        .flatMap(r -> r.getHttp().getPaths().stream())
        .map(path -> path.getBackend().getService())
        .toList();
  }
}
