package vn.tradehub.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * What the gateway adds to every operation of the merged document, because the gateway does it for
 * every call: the rate limit (RateLimit-* headers on every answer, 429 with Retry-After beyond it)
 * and CORS. It also keeps operationIds unique across services (an id two services share is prefixed
 * with the service's name).
 */
final class PublicContract {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] RATE_HEADERS = {
    "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"
  };

  private PublicContract() {}

  static void apply(ObjectNode doc, Map<String, String> serviceOfPath) {
    ObjectNode headers = child(child(doc, "components"), "headers");
    headers.set(
        "RateLimit-Limit", header("Requests allowed per minute to this client", 0, 1_000_000));
    headers.set("RateLimit-Remaining", header("Requests left in the current minute", 0, 1_000_000));
    headers.set("RateLimit-Reset", header("Seconds until the allowance is whole again", 0, 60));
    ObjectNode cors = F.objectNode();
    cors.put(
        "description",
        "Sent when the request's Origin is one of the allowed origins (TRADEHUB_CORS_ORIGINS)");
    cors.putObject("schema").put("type", "string").put("maxLength", 2048);
    headers.set("Access-Control-Allow-Origin", cors);

    Map<String, Integer> ids = new HashMap<>();
    doc.path("paths").forEach(p -> p.forEach(op -> count(ids, op.path("operationId").asText())));
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (JsonNode op : path.getValue()) {
        if (!(op instanceof ObjectNode operation) || !op.has("responses")) continue;
        String id = op.path("operationId").asText();
        String service = serviceOfPath.get(path.getKey());
        if (ids.getOrDefault(id, 0) > 1 && service != null)
          operation.put(
              "operationId", camel(service) + id.substring(0, 1).toUpperCase() + id.substring(1));
        decorate((ObjectNode) operation.get("responses"));
      }
    }
  }

  private static void decorate(ObjectNode responses) {
    if (!responses.has("429")) {
      ObjectNode limited = responses.putObject("429");
      limited.put("description", "The client's rate limit is used up; retry after Retry-After");
      limited
          .putObject("content")
          .putObject("application/problem+json")
          .putObject("schema")
          .put("$ref", "#/components/schemas/Problem");
      ref(child(limited, "headers"), "Retry-After");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> r = it.next();
      if (!(r.getValue() instanceof ObjectNode response) || response.has("$ref")) continue;
      ObjectNode h = child(response, "headers");
      if (r.getKey().startsWith("2") || r.getKey().startsWith("4"))
        for (String name : RATE_HEADERS) ref(h, name);
      ref(h, "Access-Control-Allow-Origin");
    }
  }

  private static void ref(ObjectNode headers, String name) {
    if (!headers.has(name)) headers.putObject(name).put("$ref", "#/components/headers/" + name);
  }

  private static ObjectNode header(String description, int min, int max) {
    ObjectNode h = F.objectNode();
    h.put("description", description);
    h.putObject("schema")
        .put("type", "integer")
        .put("format", "int32")
        .put("minimum", min)
        .put("maximum", max);
    return h;
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode n = parent.get(name);
    if (n instanceof ObjectNode o) return o;
    return parent.putObject(name);
  }

  private static void count(Map<String, Integer> ids, String id) {
    if (!id.isEmpty()) ids.merge(id, 1, Integer::sum);
  }

  private static String camel(String service) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : service.toCharArray()) {
      if (c == '-') up = true;
      else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
