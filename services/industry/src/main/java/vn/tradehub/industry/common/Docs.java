package vn.tradehub.industry.common;

/** Shared OpenAPI texts and examples. */
public final class Docs {
  public static final String PROBLEM = "application/problem+json";
  public static final String JSON = "application/json";

  public static final String UNAUTHORIZED = "No identity: the caller is not authenticated";
  public static final String FORBIDDEN = "The caller's roles do not allow this operation";
  public static final String NOT_FOUND = "Nothing with this key exists";
  public static final String MALFORMED =
      "The body or a parameter could not be read (wrong JSON, wrong format)";
  public static final String INVALID = "Validation failed; `errors` names every failing field";
  public static final String PRECONDITION_REQUIRED =
      "Replacing needs If-Match with the current ETag";
  public static final String PRECONDITION_FAILED =
      "If-Match is stale (the current ETag is in the ETag header), or was sent for something that does not exist yet";

  public static final String IF_MATCH =
      "The ETag of the version being replaced. Not needed (and refused) when creating; required when"
          + " replacing.";

  public static final String PROBLEM_422 =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"2 fields are invalid\",\"instance\":\"/api/v1/industry/production-reports/5101001859/2020-12\","
          + "\"requestId\":\"6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10\",\"errors\":["
          + "{\"field\":\"lines[0].productCode\",\"message\":\"unknown product\",\"rejectedValue\":\"DIEN-GIO\"},"
          + "{\"field\":\"lines[1].quantity\",\"message\":\"must not be negative\",\"rejectedValue\":-5}]}";
  public static final String PROBLEM_404 =
      "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
          + "\"detail\":\"Production report 5101001859/2020-12 does not exist\"}";
  public static final String PROBLEM_401 =
      "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Authentication is required\"}";
  public static final String PROBLEM_403 =
      "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"The caller's roles do not allow this operation\"}";
  public static final String PROBLEM_400 =
      "{\"type\":\"/problems/malformed-request\",\"title\":\"Malformed request\",\"status\":400,"
          + "\"detail\":\"period must be a period YYYY-MM\",\"errors\":[{\"field\":\"period\",\"message\":\"expected a period YYYY-MM\",\"rejectedValue\":\"2020-13\"}]}";
  public static final String PROBLEM_428 =
      "{\"type\":\"/problems/precondition-required\",\"title\":\"Precondition required\",\"status\":428,"
          + "\"detail\":\"Send If-Match with the ETag you read (currently \\\"0\\\")\"}";
  public static final String PROBLEM_412 =
      "{\"type\":\"/problems/precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,"
          + "\"detail\":\"If-Match \\\"0\\\" does not match the current version \\\"1\\\"\"}";

  private Docs() {}
}
