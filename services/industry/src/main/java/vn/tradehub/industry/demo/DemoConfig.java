package vn.tradehub.industry.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.demo")
public interface DemoConfig {
  /**
   * Load the demo figures at start-up, once per database: Hà Giang 2019-2021 as published, then
   * demo figures to 2026-11 (see ReformDemoData).
   */
  @WithDefault("false")
  boolean enabled();
}
