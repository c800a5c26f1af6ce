package vn.tradehub.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many verified bearer tokens are remembered, and for how long at most (see VerifiedTokens).
 */
@ConfigMapping(prefix = "tradehub.security.token-cache")
public interface TokenCacheConfig {
  /** Distinct tokens remembered; the least recently used go first. */
  @WithDefault("10000")
  long maxTokens();

  /** Longest a token is remembered, whatever its expiry (which is checked on every use). */
  @WithDefault("10m")
  Duration maxAge();
}
