package vn.tradehub.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;

/**
 * Requests of the shapes every service test sends: a JSON request with a service token, and a CSV
 * download. Shared through the platform's test-jar.
 */
public final class Requests {
  private Requests() {}

  /** A JSON request with a service token holding the one role {@code role} (and no gates). */
  public static RequestSpecification as(String role) {
    return given()
        .auth()
        .oauth2(TestKeys.serviceToken(role.toLowerCase(), Set.of(role), Set.of()))
        .contentType("application/json");
  }

  /** The body of a GET of {@code path} as CSV by {@code who}, which must be a 200 CSV answer. */
  public static String csv(RequestSpecification who, String path) {
    return who.accept("text/csv")
        .get(path)
        .then()
        .statusCode(200)
        .contentType("text/csv")
        .extract()
        .asString();
  }
}
