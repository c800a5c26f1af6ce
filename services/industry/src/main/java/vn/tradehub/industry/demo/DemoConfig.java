package vn.tradehub.industry.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.demo")
public interface DemoConfig {
  /** Load the Hà Giang demo figures (2019-2021) at start-up, once per database. */
  @WithDefault("false")
  boolean enabled();
}
