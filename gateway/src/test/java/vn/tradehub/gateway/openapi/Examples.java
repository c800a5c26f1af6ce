package vn.tradehub.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** Which leaves of a schema have no example, so that the body shown to a reader is incomplete. */
final class Examples {
  private static final Set<String> SELF_EXPLAINING_FORMATS =
      Set.of("date", "date-time", "uuid", "uri", "uri-reference", "time");

  private Examples() {}

  static void missing(
      JsonNode doc, JsonNode schema, String at, Set<String> seen, List<String> out) {
    if (schema.has("example") || schema.has("examples") || schema.has("enum")) return;
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      if (!seen.add(ref)) return;
      JsonNode target = doc.at(ref.substring(1));
      missing(doc, target, at, seen, out);
      seen.remove(ref);
      return;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      if (schema.has(combinator)) {
        for (JsonNode part : schema.path(combinator)) missing(doc, part, at, seen, out);
        return;
      }
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "object" -> {
        schema
            .path("properties")
            .fields()
            .forEachRemaining(p -> missing(doc, p.getValue(), at + "." + p.getKey(), seen, out));
        if (schema.path("additionalProperties").isObject())
          missing(doc, schema.path("additionalProperties"), at + ".*", seen, out);
      }
      case "array" -> missing(doc, schema.path("items"), at + "[]", seen, out);
      case "boolean", "" -> {}
      case "string" -> {
        if (!SELF_EXPLAINING_FORMATS.contains(schema.path("format").asText())) out.add(at);
      }
      default -> out.add(at);
    }
  }
}
