package vn.tradehub.bordertrade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.border-trade")
public interface BorderTradeConfig {
  /** The default of {@link #batchMaxLines()}, as the OpenAPI document states it (maxItems). */
  int DEFAULT_BATCH_MAX_LINES = 10_000;

  /** Most lines one batch upload may carry. */
  @WithDefault("" + DEFAULT_BATCH_MAX_LINES)
  int batchMaxLines();
}
