package vn.tradehub.platform.security;

/**
 * The roles of TradeHub callers. Resources name them in {@code @RolesAllowed}; reads of figures
 * need any authenticated identity ({@code @Authenticated}).
 */
public final class Roles {
  /** Reference data, plans and API keys. */
  public static final String ADMIN = "ADMIN";

  /** Shipments of every gate. */
  public static final String CUSTOMS = "CUSTOMS";

  /** Shipments of the gates in the caller's scope only. */
  public static final String GATE = "GATE";

  /** Industry and commerce reports. */
  public static final String STATISTICS = "STATISTICS";

  /** Read-only access to figures and aggregates, without who posted them. */
  public static final String READER = "READER";

  private Roles() {}
}
