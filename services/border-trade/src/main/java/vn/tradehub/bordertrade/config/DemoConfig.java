package vn.tradehub.bordertrade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.demo")
public interface DemoConfig {
  /**
   * Load the demo shipments (2019-01 to 2026-11; from 2022 made-up demo figures) at start-up, the
   * years the database does not have yet.
   */
  @WithDefault("false")
  boolean enabled();
}
