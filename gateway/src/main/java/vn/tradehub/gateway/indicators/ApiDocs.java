package vn.tradehub.gateway.indicators;

/** OpenAPI texts and examples shared by the province endpoints. */
public final class ApiDocs {
  public static final String PROBLEM = "application/problem+json";
  public static final String JSON = "application/json";
  public static final String TAG_INDICATORS = "Province indicators";
  public static final String TAG_PLANS = "Province plans";
  public static final String TAG_READ_MODEL = "Province read model";
  public static final String TAG_LIVE = "Province live updates";

  public static final String REQUIRED = "is required";
  public static final String YEAR_RANGE = "must be between 2000 and 2100";
  public static final String MONTH_RANGE = "must be between 1 and 12";

  public static final String INVALID = "Validation failed; `errors` names every failing field";

  public static final String PROBLEM_422_MONTH =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"must be between 1 and 12\",\"errors\":[{\"field\":\"month\",\"message\":\"must be between 1 and 12\",\"rejectedValue\":13}]}";

  private ApiDocs() {}
}
