package vn.tradehub.contracts;

import java.util.List;

/** Kafka topics, versioned and named after the domain that owns them. */
public final class Topics {
  public static final String BORDER_TRADE_SHIPMENTS = "border-trade.shipments.v1";
  public static final String INDUSTRY_PRODUCTION = "industry.production.v1";
  public static final String INDUSTRY_INDICATORS = "industry.indicators.v1";
  public static final String COMMERCE_RETAIL = "commerce.retail.v1";
  public static final String COMMERCE_INDICATORS = "commerce.indicators.v1";

  public static final List<String> ALL =
      List.of(
          BORDER_TRADE_SHIPMENTS,
          INDUSTRY_PRODUCTION,
          INDUSTRY_INDICATORS,
          COMMERCE_RETAIL,
          COMMERCE_INDICATORS);

  private Topics() {}
}
