package vn.tradehub.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A CloudEvent read from Kafka (binary mode): the ce_* attributes and the JSON payload. */
public record IncomingEvent(
    UUID id,
    String type,
    String source,
    Instant time,
    String subject,
    String key,
    JsonNode payload,
    String topic,
    int partition,
    long offset) {}
