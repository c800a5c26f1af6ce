package vn.tradehub.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.tradehub.deploy.Manifests.K8sObject;

/**
 * Kustomize without kustomize: the structural checks of a kustomization (resources exist, patches
 * target existing objects and fields, images and generators name real ones), plus rendering with
 * {@code kubectl kustomize} where kubectl is on the PATH.
 */
final class Kustomize {
  /** What a kustomization directory yields: its objects and the ConfigMap generators. */
  record Tree(List<K8sObject> objects, Set<String> generatedConfigMaps) {}

  private Kustomize() {}

  static Path file(Path dir) {
    return dir.resolve("kustomization.yaml");
  }

  /** Typed parse of kustomization.yaml (fabric8's kustomize model, unknown fields fail). */
  static Kustomization load(Path dir) {
    Object doc = DeployFiles.yamlMap(file(dir));
    try {
      return Manifests.STRICT.convertValue(doc, Kustomization.class);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(
          file(dir) + " does not match the Kustomization schema: " + e.getMessage(), e);
    }
  }

  /** Checks the kustomization in dir (and everything it includes) and returns its tree. */
  static Tree check(Path dir, List<String> errors) {
    Kustomization k = load(dir);
    List<K8sObject> objects = new ArrayList<>();
    Set<String> generated = new HashSet<>();
    for (String r : nonNull(k.getResources())) {
      Path p = dir.resolve(r).normalize();
      if (Files.isDirectory(p)) {
        if (!Files.exists(file(p)))
          errors.add(file(dir) + ": resource " + r + " is a directory without kustomization.yaml");
        else {
          Tree sub = check(p, errors);
          objects.addAll(sub.objects());
          generated.addAll(sub.generatedConfigMaps());
        }
      } else if (Files.isRegularFile(p)) objects.addAll(Manifests.parseFile(p, false));
      else errors.add(file(dir) + ": resource " + r + " does not exist");
    }
    for (var g : nonNull(k.getConfigMapGenerator())) {
      String behavior = Optional.ofNullable(g.getBehavior()).orElse("create");
      if (!behavior.equals("create") && !generated.contains(g.getName()))
        errors.add(
            file(dir)
                + ": configMapGenerator "
                + g.getName()
                + " "
                + behavior
                + "s a generator no base defines");
      generated.add(g.getName());
    }
    for (var img : nonNull(k.getImages())) {
      boolean used =
          objects.stream()
              .filter(o -> o.typed() instanceof Deployment)
              .flatMap(
                  o ->
                      o
                          .as(Deployment.class)
                          .getSpec()
                          .getTemplate()
                          .getSpec()
                          .getContainers()
                          .stream())
              .map(Container::getImage)
              .anyMatch(
                  i ->
                      i.equals(img.getName())
                          || i.startsWith(img.getName() + ":")
                          || i.startsWith(img.getName() + "@"));
      if (!used)
        errors.add(file(dir) + ": images entry " + img.getName() + " matches no container image");
    }
    for (var patch : nonNull(k.getPatches())) checkPatch(dir, patch, objects, errors);
    return new Tree(objects, generated);
  }

  @SuppressWarnings("unchecked")
  private static void checkPatch(
      Path dir,
      io.fabric8.kubernetes.api.model.kustomize.v1beta1.Patch patch,
      List<K8sObject> objects,
      List<String> errors) {
    String where = file(dir) + " patch " + Optional.ofNullable(patch.getPath()).orElse("(inline)");
    List<Object> docs;
    if (patch.getPath() != null) {
      Path p = dir.resolve(patch.getPath());
      if (!Files.isRegularFile(p)) {
        errors.add(where + ": file does not exist");
        return;
      }
      docs = DeployFiles.yamlDocuments(p);
    } else if (patch.getPatch() != null) docs = DeployFiles.yamlDocuments(patch.getPatch());
    else {
      errors.add(where + ": neither path nor patch");
      return;
    }
    var target = patch.getTarget();
    List<K8sObject> matched = objects;
    if (target != null) {
      matched =
          objects.stream()
              .filter(o -> target.getKind() == null || target.getKind().equals(o.kind()))
              .filter(o -> target.getGroup() == null || target.getGroup().equals(o.group()))
              .filter(o -> target.getName() == null || target.getName().equals(o.name()))
              .toList();
      if (matched.isEmpty())
        errors.add(
            where
                + ": target "
                + target.getGroup()
                + "/"
                + target.getKind()
                + "/"
                + target.getName()
                + " matches nothing");
    }
    boolean jsonPatch = docs.size() == 1 && docs.get(0) instanceof List;
    if (jsonPatch) {
      if (target == null) errors.add(where + ": a JSON 6902 patch needs a target");
      for (Object op : (List<Object>) docs.get(0)) {
        Map<String, Object> o = (Map<String, Object>) op;
        String kind = String.valueOf(o.get("op"));
        String path = String.valueOf(o.get("path"));
        if (!Set.of("add", "remove", "replace", "move", "copy", "test").contains(kind))
          errors.add(where + ": unknown op " + kind);
        if (Set.of("remove", "replace", "test").contains(kind))
          for (K8sObject t : matched)
            if (pointer(t.raw(), path).isEmpty())
              errors.add(
                  where
                      + ": "
                      + kind
                      + " "
                      + path
                      + " does not exist in "
                      + t.kind()
                      + "/"
                      + t.name());
      }
      return;
    }
    for (Object doc : docs) {
      K8sObject p;
      try {
        p = Manifests.parse(doc, where, true);
      } catch (AssertionError e) {
        errors.add(e.getMessage());
        continue;
      }
      boolean exists =
          matched.stream()
              .anyMatch(
                  o ->
                      o.kind().equals(p.kind())
                          && o.name().equals(p.name())
                          && o.apiVersion().equals(p.apiVersion()));
      if (!exists)
        errors.add(
            where
                + ": patches "
                + p.apiVersion()
                + " "
                + p.kind()
                + "/"
                + p.name()
                + ", which the resources do not define");
    }
  }

  /** Resolves an RFC 6901 pointer in a YAML tree. */
  @SuppressWarnings("unchecked")
  static Optional<Object> pointer(Object root, String path) {
    Object cur = root;
    for (String raw : path.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (cur instanceof Map<?, ?> m && m.containsKey(seg))
        cur = ((Map<String, Object>) m).get(seg);
      else if (cur instanceof List<?> l && seg.matches("\\d+") && Integer.parseInt(seg) < l.size())
        cur = l.get(Integer.parseInt(seg));
      else return Optional.empty();
    }
    return Optional.ofNullable(cur);
  }

  private static <T> List<T> nonNull(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** kubectl, if it is on the PATH and its built-in kustomize answers. */
  static Optional<String> kubectl() {
    try {
      Process p =
          new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("Kustomize")
          ? Optional.of("kubectl")
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Renders an overlay with kubectl kustomize; fails with kustomize's message on an error. */
  static String render(String kubectl, Path dir) throws IOException, InterruptedException {
    Path err = Files.createTempFile("kustomize", ".err");
    try {
      Process p =
          new ProcessBuilder(kubectl, "kustomize", dir.toString())
              .redirectError(err.toFile())
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("kubectl kustomize " + dir + " timed out");
      }
      if (p.exitValue() != 0)
        throw new AssertionError("kubectl kustomize " + dir + " failed: " + Files.readString(err));
      return out;
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
