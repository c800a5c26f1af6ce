package vn.tradehub.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every HTTP exchange of every {@code @QuarkusTest} is checked against the OpenAPI document of the
 * app under test (the gateway's is the merged one), with a validator made for it
 * (swagger-request-validator):
 *
 * <ul>
 *   <li>a response the document does not describe (status, media type, body, headers it declares)
 *       fails the test;
 *   <li>a request the document refuses (a bound, a pattern, a missing body, an unknown path) must
 *       be answered with a 4xx: the code enforces what the document declares.
 * </ul>
 *
 * Installed before each test by Quarkus's test callback (see META-INF/services). Only {@code
 * /api/...} is checked; {@code /q/...}, static pages and CORS preflights are not part of the
 * contract, and a test marked {@link OutsideTheContract} (with its reason) is not checked.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {
  private static final Filter FILTER = new ExchangeFilter();

  /** Set for tests marked {@link OutsideTheContract}: their exchanges are not checked. */
  static volatile boolean exempt;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    exempt =
        context.getTestMethod().isAnnotationPresent(OutsideTheContract.class)
            || context.getTestInstance().getClass().isAnnotationPresent(OutsideTheContract.class);
    synchronized (ContractValidation.class) {
      if (!RestAssured.filters().contains(FILTER)) RestAssured.filters(FILTER);
    }
  }

  private static final java.util.regex.Pattern ENUM_MISMATCH =
      java.util.regex.Pattern.compile(
          "Instance value \\(\"([^\"]*)\"\\) not found in enum \\(possible values: \\[(.*)\\]\\)");

  /**
   * Enum parameters are case-insensitive ({@code ?flow=export}; LenientParams, documented on the
   * operations): a value the document lists in another case is not a refused request.
   */
  static boolean enumInAnotherCase(ValidationReport.Message m) {
    if (!m.getKey().equals("validation.request.parameter.schema.enum")) return false;
    java.util.regex.Matcher x = ENUM_MISMATCH.matcher(m.getMessage());
    if (!x.find()) return false;
    String value = x.group(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    return java.util.Arrays.stream(x.group(2).split(","))
        .map(v -> v.trim().replace("\"", ""))
        .anyMatch(value::equals);
  }

  /** The request keys of the validator's report; every other key is about the response. */
  static boolean aboutRequest(ValidationReport.Message m) {
    return m.getKey().startsWith("validation.request");
  }

  static final class ExchangeFilter implements Filter {
    /** One validator per app (base URI): a test may call the gateway and a service. */
    private final java.util.Map<String, OpenApiInteractionValidator> validators =
        new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification responseSpec,
        FilterContext ctx) {
      Response response = ctx.next(request, responseSpec);
      URI uri = URI.create(request.getURI());
      // CORS preflights are answered by the CORS filter, not by an operation.
      if (exempt || !uri.getPath().startsWith("/api/") || "OPTIONS".equals(request.getMethod()))
        return response;
      String base = uri.getScheme() + "://" + uri.getAuthority();
      ValidationReport report =
          validator(base)
              .validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
      List<ValidationReport.Message> errors =
          report.getMessages().stream()
              .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
              .filter(m -> !enumInAnotherCase(m))
              .toList();
      List<ValidationReport.Message> aboutResponse =
          errors.stream().filter(m -> !aboutRequest(m)).toList();
      String exchange =
          request.getMethod() + " " + uri.getRawPath() + " -> " + response.getStatusCode();
      if (!aboutResponse.isEmpty()) {
        throw new AssertionError(
            "The answer to "
                + exchange
                + " is not what the OpenAPI document describes:\n"
                + describe(aboutResponse)
                + "\nbody: "
                + abbreviate(response.asString()));
      }
      if (errors.size() > aboutResponse.size() && response.getStatusCode() < 400) {
        throw new AssertionError(
            "The OpenAPI document refuses the request "
                + exchange
                + ", but the service accepted it:\n"
                + describe(errors));
      }
      return response;
    }

    private OpenApiInteractionValidator validator(String base) {
      return validators.computeIfAbsent(
          base,
          b ->
              OpenApiInteractionValidator.createForInlineApiSpecification(document(b))
                  .withLevelResolver(
                      LevelResolver.create()
                          // Tests take identities with @TestSecurity, which sends no header.
                          .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                          .build())
                  .build());
    }

    private static String document(String base) {
      try {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
          throw new IllegalStateException("GET /q/openapi answered " + r.statusCode());
        return r.body();
      } catch (IOException e) {
        throw new IllegalStateException("the OpenAPI document could not be read at " + base, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String describe(List<ValidationReport.Message> messages) {
      return messages.stream()
          .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
          .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String s) {
      return s == null || s.length() < 600 ? s : s.substring(0, 600) + "...";
    }
  }
}
