package vn.tradehub.commerce.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tradehub.commerce")
public interface CommerceConfig {
  /**
   * The base every CPI is stated against. One base for all months, so any two constant-price
   * figures are comparable.
   */
  @WithDefault("2010")
  String cpiBase();

  /** The longest range, in months, a retail-sales query may cover. */
  @WithDefault("120")
  int maxQueryMonths();
}
