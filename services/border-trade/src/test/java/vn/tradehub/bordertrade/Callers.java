package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import vn.tradehub.platform.testing.TestKeys;

/** Calls as a service client holding one role, and the 422 that names the field at fault. */
final class Callers {
  private Callers() {}

  /** A JSON request with the token of a client named after {@code role} that holds only it. */
  static RequestSpecification as(String role) {
    return given()
        .auth()
        .oauth2(TestKeys.serviceToken(role.toLowerCase(), Set.of(role), Set.of()))
        .contentType("application/json");
  }

  /** As {@link #as}, under If-Match on the ETag of {@code version} (a change of that version). */
  static RequestSpecification asIfMatch(String role, int version) {
    return as(role).header("If-Match", "\"" + version + "\"");
  }

  /** {@code response} is a 422 whose first error is on {@code field}. */
  static ValidatableResponse refused(Response response, String field) {
    return response.then().statusCode(422).body("errors[0].field", equalTo(field));
  }
}
