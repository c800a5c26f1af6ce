package vn.tradehub.industry.common;

/**
 * Shared OpenAPI texts. The standard problem responses are the platform's OpenAPI filter's; only
 * what an operation adds to them is written next to it.
 */
public final class Docs {
  public static final String PROBLEM = "application/problem+json";
  public static final String JSON = "application/json";

  public static final String IF_MATCH =
      "The ETag of the version being replaced. Not needed (and refused) when creating; required when"
          + " replacing.";

  private Docs() {}
}
