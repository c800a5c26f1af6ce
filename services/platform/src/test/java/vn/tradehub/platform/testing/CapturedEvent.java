package vn.tradehub.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An event as a test read it from Kafka: record key, every header, and the JSON payload. */
public record CapturedEvent(
    String topic, String key, Map<String, String> headers, JsonNode payload) {
  public String id() {
    return headers.get("ce_id");
  }

  public String type() {
    return headers.get("ce_type");
  }
}
