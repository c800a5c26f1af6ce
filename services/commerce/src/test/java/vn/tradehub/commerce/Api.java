package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;

/**
 * The HTTP exchanges the tests of this service repeat: a problem answer, filing a report, setting a
 * CPI, asking for figures and reading a list as CSV; and the figures read back as decimals. A JSON
 * PUT with a precondition is {@link ConditionalWrites#put}.
 */
public final class Api {
  public static final String REPORTS = "/api/v1/commerce/retail-reports/";
  public static final String CPI = "/api/v1/commerce/cpi/";

  private Api() {}

  /** The answer is a problem of {@code status}, as application/problem+json. */
  public static ValidatableResponse problem(ValidatableResponse r, int status) {
    return r.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }

  /** A GET answered with a problem of {@code status}. */
  public static ValidatableResponse getProblem(String path, int status) {
    return problem(given().get(path).then(), status);
  }

  /** Files a new report of a unit and month: 201. */
  public static void file(String unit, String period, String body) {
    ConditionalWrites.put(REPORTS + unit + "/" + period, null, null, body).statusCode(201);
  }

  /** PUTs a month's CPI (no precondition). */
  public static ValidatableResponse putCpi(String period, String body) {
    return ConditionalWrites.put(CPI + period, null, null, body);
  }

  /** A GET answered 200, as JSON. */
  public static JsonPath read(String path) {
    return given().get(path).then().statusCode(200).extract().jsonPath();
  }

  /** GET /retail-sales with this query: 200. */
  public static JsonPath sales(String query) {
    return read("/api/v1/commerce/retail-sales?" + query);
  }

  /** The lines of a GET answered 200 as text/csv. */
  public static List<String> csv(String path) {
    return given()
        .accept("text/csv")
        .get(path)
        .then()
        .statusCode(200)
        .contentType("text/csv")
        .extract()
        .asString()
        .lines()
        .toList();
  }

  /** A number of the answer, exactly as sent; null when it is null. */
  public static BigDecimal dec(JsonPath j, String path) {
    Object v = j.get(path);
    return v == null ? null : new BigDecimal(v.toString());
  }

  /** The exact sum of the numbers at {@code path} (a list: every group's or unit's figure). */
  public static BigDecimal sum(JsonPath j, String path) {
    return j.getList(path).stream()
        .map(v -> new BigDecimal(v.toString()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
