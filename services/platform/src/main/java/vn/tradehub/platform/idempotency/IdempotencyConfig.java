package vn.tradehub.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tradehub.idempotency")
public interface IdempotencyConfig {
  /** How long a key and its stored response are remembered (documented in the API). */
  @WithDefault("24h")
  Duration ttl();

  /**
   * A request still in flight after this long is presumed dead (its process crashed before it
   * committed), so a retry with the same key may run it again. Nothing half-done survives: the
   * effect and the stored response commit together.
   */
  @WithDefault("60s")
  Duration lease();
}
