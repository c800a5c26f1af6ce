package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static vn.tradehub.commerce.Api.problem;

import io.restassured.response.ValidatableResponse;

/**
 * The platform's conditional-write policy (docs/CONVENTIONS.md), asserted rule by rule on one new
 * resource of a kind through HTTP. Each resource kind of the service calls it once, with a body
 * that creates the resource and a body that changes it.
 */
public final class ConditionalWrites {
  private ConditionalWrites() {}

  /** PUTs a JSON body, with {@code header: value} unless {@code header} is null. */
  public static ValidatableResponse put(String path, String header, String value, String body) {
    var request = given().contentType("application/json").body(body);
    if (header != null) request = request.header(header, value);
    return request.put(path).then();
  }

  /**
   * @param path a resource that does not exist yet
   * @param body creates it
   * @param changed a valid body that changes it
   */
  static void policyHolds(String path, String body, String changed) {
    // If-Match on a missing resource can never match.
    problem(put(path, "If-Match", "\"0\"", body), 412);
    given().get(path).then().statusCode(404);
    // Create: 201 with Location and ETag.
    put(path, null, null, body)
        .statusCode(201)
        .header("Location", endsWith(path))
        .header("ETag", "\"0\"");
    // The same body again (a retry after a time-out): 200, no new version, no If-Match needed.
    put(path, null, null, body).statusCode(200).header("ETag", "\"0\"");
    // Create only: 412 when it exists, with the current ETag.
    problem(put(path, "If-None-Match", "*", body), 412).header("ETag", "\"0\"");
    // A change needs If-Match: 428 without, 412 when stale.
    problem(put(path, null, null, changed), 428)
        .body("type", equalTo("/problems/precondition-required"))
        .header("ETag", "\"0\"");
    problem(put(path, "If-Match", "\"7\"", changed), 412).header("ETag", "\"0\"");
    put(path, "If-Match", "\"0\"", changed).statusCode(200).header("ETag", "\"1\"");
    given().get(path).then().statusCode(200).header("ETag", "\"1\"");
    // A stale If-Match is refused even when the body is the current state.
    problem(put(path, "If-Match", "\"0\"", changed), 412);
    given().get(path + "/revisions").then().statusCode(200).body("version", contains(0, 1));
  }
}
