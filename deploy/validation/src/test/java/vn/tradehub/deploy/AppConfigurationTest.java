package vn.tradehub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tradehub.deploy.DeployFiles.App;
import vn.tradehub.deploy.Manifests.K8sObject;

/**
 * Each app's manifests against its own configuration (application.properties, the platform
 * defaults, deploy/local/run.sh): ports (HTTP and management), health paths, environment, database.
 */
class AppConfigurationTest {
  static Stream<App> apps() {
    return DeployFiles.apps().stream();
  }

  static List<K8sObject> base() {
    List<String> errors = new ArrayList<>();
    List<K8sObject> objects = Kustomize.check(KustomizeTest.BASE, errors).objects();
    assertThat(errors).isEmpty();
    return objects;
  }

  static K8sObject object(String kind, String name) {
    return base().stream()
        .filter(o -> o.kind().equals(kind) && o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("deploy/k8s/base has no " + kind + " " + name));
  }

  static int configuredPort(App app) {
    String port = DeployFiles.configuration(app).get("quarkus.http.port");
    assertThat(port).as("%s quarkus.http.port", app.name()).isNotNull();
    return Integer.parseInt(port);
  }

  /**
   * The port of the app's management interface (health, metrics): enabled, on a port of its own,
   * with the OpenAPI document and Swagger UI left on the HTTP port.
   */
  static int configuredManagementPort(App app) {
    Map<String, String> config = DeployFiles.configuration(app);
    assertThat(config.get("quarkus.management.enabled"))
        .as("%s quarkus.management.enabled", app.name())
        .isEqualTo("true");
    assertThat(config.get("quarkus.smallrye-openapi.management.enabled"))
        .as("%s keeps /q/openapi and /q/swagger-ui on the HTTP port", app.name())
        .isEqualTo("false");
    String port = config.get("quarkus.management.port");
    assertThat(port).as("%s quarkus.management.port", app.name()).isNotNull();
    return Integer.parseInt(port);
  }

  static Container container(App app) {
    PodSpec pod =
        object("Deployment", app.name()).as(Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getContainers()).hasSize(1);
    return pod.getContainers().get(0);
  }

  static Map<String, EnvVar> k8sEnv(App app) {
    return container(app).getEnv().stream()
        .collect(
            Collectors.toMap(
                EnvVar::getName,
                e -> e,
                (a, b) -> {
                  throw new AssertionError(app.name() + " sets " + a.getName() + " twice");
                }));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> composeService(App app) {
    Map<String, Object> services =
        (Map<String, Object>) DeployFiles.yamlMap(DeployFiles.COMPOSE).get("services");
    assertThat(services).as("compose services").containsKey(app.name());
    return (Map<String, Object>) services.get(app.name());
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> composeEnv(App app) {
    Map<String, Object> env = (Map<String, Object>) composeService(app).get("environment");
    assertThat(env).as("%s environment in compose (a mapping)", app.name()).isNotNull();
    return env.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void theRunScriptAndTheAppAgreeOnThePort(App app) {
    assertThat(configuredPort(app)).isEqualTo(app.port());
    assertThat(configuredManagementPort(app))
        .as("%s management port", app.name())
        .isEqualTo(app.managementPort())
        .isNotEqualTo(app.port());
  }

  @ParameterizedTest
  @MethodSource("apps")
  void kubernetesPortsAndProbesMatchTheApp(App app) {
    int port = configuredPort(app);
    int management = configuredManagementPort(app);
    Container c = container(app);
    ContainerPort http =
        c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
    assertThat(http.getContainerPort()).as("%s containerPort", app.name()).isEqualTo(port);
    ContainerPort mgmt =
        c.getPorts().stream()
            .filter(p -> "management".equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(app.name() + " has no container port management"));
    assertThat(mgmt.getContainerPort())
        .as("%s management containerPort", app.name())
        .isEqualTo(management);
    assertThat(k8sEnv(app).get("QUARKUS_HTTP_PORT").getValue()).isEqualTo(String.valueOf(port));
    assertThat(k8sEnv(app).get("QUARKUS_MANAGEMENT_PORT").getValue())
        .isEqualTo(String.valueOf(management));
    // Health is served on the management interface only (404 on the HTTP port).
    assertProbe(app, c.getStartupProbe(), "/q/health/started", management);
    assertProbe(app, c.getReadinessProbe(), "/q/health/ready", management);
    assertProbe(app, c.getLivenessProbe(), "/q/health/live", management);

    Deployment d = object("Deployment", app.name()).as(Deployment.class);
    Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
    assertThat(podLabels).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
    assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsEntry("prometheus.io/path", "/q/metrics")
        .containsEntry("prometheus.io/port", String.valueOf(management));

    // The Service (and so the Ingress and the other apps) reaches the HTTP port only.
    Service svc = object("Service", app.name()).as(Service.class);
    assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
    assertThat(svc.getSpec().getPorts()).as("%s Service ports", app.name()).hasSize(1);
    ServicePort sp = svc.getSpec().getPorts().get(0);
    assertThat(sp.getPort()).isEqualTo(port);
    assertThat(sp.getTargetPort().getStrVal()).isEqualTo("http");

    PodDisruptionBudget pdb =
        object("PodDisruptionBudget", app.name()).as(PodDisruptionBudget.class);
    assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    HorizontalPodAutoscaler hpa =
        object("HorizontalPodAutoscaler", app.name()).as(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(app.name());
    assertThat(d.getSpec().getReplicas())
        .as("%s: the HPA owns the replica count", app.name())
        .isNull();
  }

  /** {@code port}: the management port, by number or as the container port named management. */
  private static void assertProbe(App app, Probe probe, String path, int port) {
    assertThat(probe).as("%s probe %s", app.name(), path).isNotNull();
    HTTPGetAction get = probe.getHttpGet();
    assertThat(get.getPath()).as("%s probe", app.name()).isEqualTo(path);
    String p =
        get.getPort().getStrVal() != null
            ? get.getPort().getStrVal()
            : String.valueOf(get.getPort().getIntVal());
    assertThat(p).as("%s probe %s port", app.name(), path).isIn("management", String.valueOf(port));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void containersAreHardenedAndSized(App app) {
    Container c = container(app);
    PodSpec pod =
        object("Deployment", app.name()).as(Deployment.class).getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(c.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
    String tmpVolume =
        c.getVolumeMounts().stream()
            .filter(m -> m.getMountPath().equals("/tmp"))
            .findFirst()
            .orElseThrow()
            .getName();
    assertThat(pod.getVolumes())
        .anyMatch(v -> v.getName().equals(tmpVolume) && v.getEmptyDir() != null);
    assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(c.getResources().getLimits()).containsKeys("memory");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void everyVariableTheAppReadsIsSetInComposeAndKubernetes(App app) {
    Set<String> required = DeployFiles.requiredEnv(app);
    assertThat(required)
        .as("derived from run.sh and the properties")
        .contains(
            "QUARKUS_HTTP_PORT",
            "QUARKUS_MANAGEMENT_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "TRADEHUB_DEMO_ENABLED");
    if (app.name().equals("gateway"))
      assertThat(required)
          .contains(
              "TRADEHUB_SERVICES_INDUSTRY_URL",
              "TRADEHUB_SERVICES_COMMERCE_URL",
              "TRADEHUB_SERVICES_BORDER_TRADE_URL");
    assertThat(composeEnv(app).keySet()).as("%s in compose", app.name()).containsAll(required);
    assertThat(k8sEnv(app).keySet()).as("%s in deploy/k8s/base", app.name()).containsAll(required);
  }

  @ParameterizedTest
  @MethodSource("apps")
  void eachAppUsesItsOwnDatabase(App app) {
    String cluster = app.name() + "-db";
    K8sObject db = object("Cluster", cluster);
    @SuppressWarnings("unchecked")
    Map<String, Object> initdb =
        (Map<String, Object>) ((Map<String, Object>) db.spec().get("bootstrap")).get("initdb");
    assertThat(initdb).containsEntry("database", app.db()).containsEntry("owner", app.db());
    Map<String, EnvVar> env = k8sEnv(app);
    assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue())
        .isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + app.db());
    for (String v : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
      assertThat(env.get(v).getValue()).as("%s %s is never inlined", app.name(), v).isNull();
      assertThat(env.get(v).getValueFrom().getSecretKeyRef().getName()).isEqualTo(cluster + "-app");
    }
    Map<String, String> compose = composeEnv(app);
    assertThat(compose.get("QUARKUS_DATASOURCE_JDBC_URL"))
        .isEqualTo("jdbc:postgresql://postgres:5432/" + app.db());
    assertThat(compose.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(app.db());
    assertThat(compose.get("QUARKUS_DATASOURCE_PASSWORD"))
        .matches("\\$\\{[A-Z_]+_DB_PASSWORD:\\?.*}");
    assertThat(DeployFiles.read(DeployFiles.COMPOSE_DIR.resolve("postgres/init-databases.sh")))
        .as("the init script creates %s", app.db())
        .containsPattern("(?m)^create_app_db " + app.db() + " \"\\$[A-Z_]+_DB_PASSWORD\"$");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void composeHealthCheckUsesTheAppsManagementPort(App app) {
    Map<String, Object> svc = composeService(app);
    int port = configuredPort(app);
    int management = configuredManagementPort(app);
    assertThat(composeEnv(app))
        .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(port))
        .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
    assertThat(String.valueOf(svc.get("healthcheck")))
        .contains("http://localhost:" + management + "/q/health/ready");
    assertThat(String.valueOf(svc.get("build"))).contains("APP_DIR=" + app.dir());
  }

  @Test
  void theGatewayCallsEachServiceOnItsServiceNameAndPort() {
    App gateway = DeployFiles.app("gateway");
    Map<String, EnvVar> k8s = k8sEnv(gateway);
    Map<String, String> compose = composeEnv(gateway);
    List<App> services =
        DeployFiles.apps().stream().filter(a -> !a.name().equals("gateway")).toList();
    assertThat(services).hasSize(3);
    for (App s : services) {
      String var = "TRADEHUB_SERVICES_" + s.name().toUpperCase().replace('-', '_') + "_URL";
      String url = "http://" + s.name() + ":" + configuredPort(s);
      assertThat(k8s.get(var).getValue()).as(var).isEqualTo(url);
      assertThat(compose.get(var)).as(var).isEqualTo(url);
      object("Service", s.name()); // the name resolves in the cluster
    }
  }

  @Test
  void onlyTheGatewayIsExposed() {
    List<K8sObject> ingresses = base().stream().filter(o -> o.kind().equals("Ingress")).toList();
    assertThat(ingresses).hasSize(1);
    for (var backend : Manifests.ingressBackends(ingresses.get(0).as(Ingress.class))) {
      assertThat(backend.getName()).isEqualTo("gateway");
      assertThat(backend.getPort().getName())
          .as("the Ingress reaches the gateway's HTTP port only")
          .isEqualTo("http");
    }
    for (App app : DeployFiles.apps()) {
      Object ports = composeService(app).get("ports");
      if (!app.name().equals("gateway"))
        assertThat(ports).as("%s publishes no port in compose", app.name()).isNull();
      else
        assertThat(String.valueOf(ports))
            .as("the gateway's management port is not published")
            .doesNotContain(String.valueOf(configuredManagementPort(app)));
    }
  }
}
