package vn.tradehub.commerce.web;

/** Shared OpenAPI text: media types and problem examples used by every resource. */
public final class Docs {
  public static final String PROBLEM = "application/problem+json";

  public static final String UNAUTHORIZED =
      "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"Authentication is required\",\"instance\":\"/api/v1/commerce/retail-sales\"}";
  public static final String FORBIDDEN =
      "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"The caller's roles do not allow this operation\","
          + "\"instance\":\"/api/v1/commerce/retail-reports/MEO_VAC/2021-03\"}";
  public static final String NOT_FOUND =
      "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
          + "\"detail\":\"Retail report MEO_VAC/2021-03 does not exist\","
          + "\"instance\":\"/api/v1/commerce/retail-reports/MEO_VAC/2021-03\"}";
  public static final String MALFORMED =
      "{\"type\":\"/problems/malformed-request\",\"title\":\"Malformed request\",\"status\":400,"
          + "\"detail\":\"period must be a period YYYY-MM\","
          + "\"errors\":[{\"field\":\"period\",\"message\":\"expected a period YYYY-MM\",\"rejectedValue\":\"2021-13\"}]}";
  public static final String PRECONDITION_REQUIRED =
      "{\"type\":\"/problems/precondition-required\",\"title\":\"Precondition required\",\"status\":428,"
          + "\"detail\":\"Send If-Match with the ETag you read (currently \\\"0\\\")\"}";
  public static final String PRECONDITION_FAILED =
      "{\"type\":\"/problems/precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,"
          + "\"detail\":\"If-Match \\\"0\\\" does not match the current version \\\"1\\\"\"}";

  public static final String NAME_BLANK =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"must not be blank\","
          + "\"errors\":[{\"field\":\"nameVi\",\"message\":\"must not be blank\",\"rejectedValue\":\"\"}]}";

  private Docs() {}
}
