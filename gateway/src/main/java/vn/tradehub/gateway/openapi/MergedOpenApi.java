package vn.tradehub.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document for the whole API at {@code /q/openapi}: the gateway's own operations plus
 * every operation of every service, each under its real path (the gateway routes paths unchanged,
 * so no rewriting is needed). The services' documents are the ones their builds produced, packed
 * into the gateway's jar by the same reactor build; the merge runs once, on first request.
 */
@ApplicationScoped
public class MergedOpenApi {
  public static final List<String> SERVICES = List.of("industry", "commerce", "border-trade");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The merged document and what the merge found wrong. */
  public record Merged(ObjectNode document, List<String> conflicts) {}

  private volatile Merged merged;

  void install(@Observes Router router, Vertx vertx) {
    router
        .get("/q/openapi")
        .order(-5)
        .handler(
            ctx ->
                vertx
                    .executeBlocking(() -> merged(ownDocumentUrl(ctx)))
                    .onComplete(
                        r -> {
                          if (r.failed()) {
                            ctx.fail(r.cause());
                            return;
                          }
                          respond(ctx, r.result().document());
                        }));
  }

  private static String ownDocumentUrl(RoutingContext ctx) {
    return "http://127.0.0.1:"
        + ctx.request().localAddress().port()
        + "/q/openapi-gateway?format=json";
  }

  private static void respond(RoutingContext ctx, ObjectNode doc) {
    boolean json =
        "json".equalsIgnoreCase(ctx.request().getParam("format"))
            || (ctx.request().getHeader("Accept") != null
                && ctx.request().getHeader("Accept").contains("application/json"));
    try {
      if (json)
        ctx.response()
            .putHeader("Content-Type", "application/json;charset=UTF-8")
            .end(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
      else
        ctx.response()
            .putHeader("Content-Type", "application/yaml;charset=UTF-8")
            .end(YAML.writeValueAsString(doc));
    } catch (IOException e) {
      ctx.fail(e);
    }
  }

  public Merged merged(String ownDocumentUrl) {
    Merged m = merged;
    if (m == null) {
      synchronized (this) {
        if (merged == null) merged = merge(fetch(ownDocumentUrl), serviceDocuments());
        m = merged;
      }
    }
    return m;
  }

  /** The services' documents packed into this jar, by service. */
  public static Map<String, ObjectNode> serviceDocuments() {
    Map<String, ObjectNode> docs = new java.util.LinkedHashMap<>();
    for (String service : SERVICES) {
      String resource = "openapi-services/" + service + "/openapi.json";
      try (InputStream in = MergedOpenApi.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null)
          throw new IllegalStateException(
              resource + " missing from the gateway jar: build the services before the gateway");
        docs.put(service, (ObjectNode) JSON.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  /**
   * Merges documents into the gateway's: paths (a path and method defined twice is a conflict),
   * component schemas and other components (a name defined twice with different content is a
   * conflict), tags.
   */
  public static Merged merge(ObjectNode gateway, Map<String, ObjectNode> services) {
    ObjectNode doc = gateway.deepCopy();
    List<String> conflicts = new ArrayList<>();
    ObjectNode paths = obj(doc, "paths");
    ObjectNode components = obj(doc, "components");
    Set<String> tagNames = new LinkedHashSet<>();
    Map<String, String> serviceOfPath = new java.util.HashMap<>();
    arr(doc, "tags").forEach(t -> tagNames.add(t.path("name").asText()));
    for (Map.Entry<String, ObjectNode> e : services.entrySet()) {
      JsonNode svc = e.getValue();
      for (Iterator<Map.Entry<String, JsonNode>> it = svc.path("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        serviceOfPath.put(path.getKey(), e.getKey());
        ObjectNode target = obj(paths, path.getKey());
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (target.has(op.getKey()))
            conflicts.add(
                op.getKey().toUpperCase()
                    + " "
                    + path.getKey()
                    + " is defined twice ("
                    + e.getKey()
                    + ")");
          else target.set(op.getKey(), op.getValue());
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> kinds = svc.path("components").fields();
          kinds.hasNext(); ) {
        Map.Entry<String, JsonNode> kind = kinds.next();
        ObjectNode into = obj(components, kind.getKey());
        for (Iterator<Map.Entry<String, JsonNode>> items = kind.getValue().fields();
            items.hasNext(); ) {
          Map.Entry<String, JsonNode> item = items.next();
          JsonNode existing = into.get(item.getKey());
          if (existing == null) into.set(item.getKey(), item.getValue());
          else if (!shape(existing).equals(shape(item.getValue()))) {
            conflicts.add(
                "components." + kind.getKey() + "." + item.getKey() + " differs in " + e.getKey());
          }
        }
      }
      for (JsonNode tag : svc.path("tags")) {
        if (tagNames.add(tag.path("name").asText())) arr(doc, "tags").add(tag);
      }
    }
    PublicContract.apply(doc, serviceOfPath);
    return new Merged(doc, conflicts);
  }

  /**
   * A schema without its examples, descriptions and $ref siblings: two definitions clash only if
   * their shapes differ.
   */
  static JsonNode shape(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      // Keywords beside a $ref are generator noise (they differ between builds); the target
      // decides.
      if (o.has("$ref")) o.retain("$ref");
      o.remove(List.of("examples", "example", "description"));
      o.forEach(MergedOpenApi::strip);
    } else if (node instanceof ArrayNode a) {
      a.forEach(MergedOpenApi::strip);
    }
  }

  /** The object at {@code name}, created when absent (names may contain '/', unlike with()). */
  private static ObjectNode obj(ObjectNode parent, String name) {
    JsonNode n = parent.get(name);
    if (n instanceof ObjectNode o) return o;
    return parent.putObject(name);
  }

  private static ArrayNode arr(ObjectNode parent, String name) {
    JsonNode n = parent.get(name);
    if (n instanceof ArrayNode a) return a;
    return parent.putArray(name);
  }

  private static ObjectNode fetch(String url) {
    try {
      HttpResponse<byte[]> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return (ObjectNode) JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
