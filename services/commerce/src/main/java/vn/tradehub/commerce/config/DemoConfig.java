package vn.tradehub.commerce.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.demo")
public interface DemoConfig {
  /** Load the demo figures at start-up (once per database). */
  @WithDefault("false")
  boolean enabled();
}
