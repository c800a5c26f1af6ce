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

  /**
   * The area the Department has served since before the lists begin, in {@code Territory.parse}
   * form: Hà Giang. The default territory of a period is the province that then holds it: Hà Giang
   * (02) until 2025-06-30, the merged Tuyên Quang (08) from 2025-07-01.
   */
  @WithDefault("02@2025-06-30")
  String homeTerritory();

  /** The longest range, in months, a retail-sales query may cover. */
  @WithDefault("120")
  int maxQueryMonths();
}
