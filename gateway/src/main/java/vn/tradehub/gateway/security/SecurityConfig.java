package vn.tradehub.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "tradehub.security")
public interface SecurityConfig {
  /** Requests per minute per client, by role; a client gets the most generous of its roles. */
  Map<String, Integer> ratePerMinute();

  /** Requests per minute per address for callers without an identity. */
  @WithDefault("120")
  int anonymousRatePerMinute();

  /** Lifetime of the tokens the gateway mints for the services. */
  @WithDefault("60s")
  Duration serviceTokenLifetime();

  /** Where demo keys are written in the local demo (the run script prints the file). */
  Optional<String> demoKeysFile();

  /** Gate codes that get a demo key each. */
  @WithDefault("THANH_THUY,XIN_MAN,PHO_BANG,SAM_PUN,NGHIA_THUAN,CHO_THANH_THUY")
  java.util.List<String> demoGates();
}
