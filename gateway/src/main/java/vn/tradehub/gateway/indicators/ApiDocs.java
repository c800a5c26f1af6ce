package vn.tradehub.gateway.indicators;

/** OpenAPI texts and examples shared by the province endpoints. */
public final class ApiDocs {
  public static final String PROBLEM = "application/problem+json";
  public static final String JSON = "application/json";
  public static final String TAG_INDICATORS = "Province indicators";
  public static final String TAG_PLANS = "Province plans";
  public static final String TAG_READ_MODEL = "Province read model";
  public static final String TAG_LIVE = "Province live updates";

  public static final String UNAUTHORIZED = "No valid identity (see the WWW-Authenticate header)";
  public static final String FORBIDDEN =
      "The caller's roles do not allow this operation (ADMIN only)";
  public static final String INVALID = "Validation failed; `errors` names every failing field";

  public static final String PROBLEM_401 =
      "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"A valid API key (Authorization: ApiKey ...) or bearer token is required\"}";
  public static final String PROBLEM_403 =
      "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"The caller's role or gate scope does not allow this operation\"}";
  public static final String PROBLEM_422_MONTH =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"must be between 1 and 12\",\"errors\":[{\"field\":\"month\",\"message\":\"must be between 1 and 12\",\"rejectedValue\":13}]}";
  public static final String PROBLEM_400_YEAR =
      "{\"type\":\"/problems/malformed-request\",\"title\":\"Malformed request\",\"status\":400,"
          + "\"detail\":\"year must be a number\"}";

  private ApiDocs() {}
}
