package vn.tradehub.gateway.indicators;

import java.time.Instant;
import java.util.UUID;

/** The row that says which consumer generation feeds the read model. */
public record ReadModelState(
    UUID instanceId,
    int generation,
    String state,
    Instant rebuiltAt,
    String rebuiltBy,
    long eventsApplied,
    Instant asOf) {

  /** The consumer group of a generation of this read model. */
  public String group(String prefix) {
    return prefix + "-" + instanceId.toString().substring(0, 8) + "-g" + generation;
  }
}
