package vn.tradehub.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema of every event type, kept in this module under {@code schemas/<ce_type>.json}, so
 * producers and consumers check payloads against one definition.
 */
public final class EventSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private EventSchemas() {}

  public static String resourcePath(String ceType) {
    return "schemas/" + ceType + ".json";
  }

  public static boolean exists(String ceType) {
    return EventSchemas.class.getClassLoader().getResource(resourcePath(ceType)) != null;
  }

  /** Validation messages for the payload; empty when it conforms. Unknown types are an error. */
  public static List<String> validate(String ceType, JsonNode payload) {
    Schema schema = CACHE.computeIfAbsent(ceType, EventSchemas::load);
    return schema.validate(payload).stream().map(Error::toString).toList();
  }

  private static Schema load(String ceType) {
    String path = resourcePath(ceType);
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no JSON Schema for event type " + ceType + " at " + path);
      }
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
