package vn.tradehub.bordertrade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.border-trade")
public interface BorderTradeConfig {
  /** Most lines one batch upload may carry. */
  @WithDefault("10000")
  int batchMaxLines();
}
