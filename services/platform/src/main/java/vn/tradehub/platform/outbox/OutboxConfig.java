package vn.tradehub.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tradehub.outbox")
public interface OutboxConfig {
  /** Whether this replica runs a relay; with several replicas only one is active at a time. */
  @WithDefault("true")
  boolean relayEnabled();

  /** Rows sent per round trip to Kafka. */
  @WithDefault("500")
  int batchSize();

  /**
   * A commit on this replica wakes its relay at once; rows committed by another replica (the relay
   * runs on one of them) wait at most this long.
   */
  @WithDefault("100ms")
  Duration pollInterval();

  /** A standby replica retries the leader lock this often. */
  @WithDefault("5s")
  Duration standbyRetry();

  /** Longest pause between attempts while Kafka is unreachable. */
  @WithDefault("5s")
  Duration maxBackoff();

  /** Published rows are kept this long (for audit and replays), then purged. */
  @WithDefault("7d")
  Duration retention();
}
