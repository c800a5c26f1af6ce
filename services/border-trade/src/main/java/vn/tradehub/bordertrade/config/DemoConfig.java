package vn.tradehub.bordertrade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.demo")
public interface DemoConfig {
  /** Load the demo shipments (2019-2021) at start-up when the database has none. */
  @WithDefault("false")
  boolean enabled();
}
