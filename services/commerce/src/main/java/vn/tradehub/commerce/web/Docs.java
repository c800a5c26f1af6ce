package vn.tradehub.commerce.web;

/**
 * Shared OpenAPI text. The standard problem responses are added by the platform's OpenAPI filter;
 * resources document only the problems that say something specific to the operation.
 */
public final class Docs {
  public static final String PROBLEM = "application/problem+json";

  private Docs() {}
}
