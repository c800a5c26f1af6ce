package vn.tradehub.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.security.ApiKeyStore;
import vn.tradehub.platform.testing.OutsideTheContract;

/** The proxy's mechanics against a controllable downstream standing in for the industry service. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RoutingTest {
  @Inject ApiKeyStore keys;

  /**
   * Health and metrics are on the management interface, a port of its own (random in tests). The
   * paths are relative to its root, /q: these are /q/health/ready and /q/metrics.
   */
  @io.quarkus.test.common.http.TestHTTPResource(value = "/health/ready", management = true)
  java.net.URL ready;

  @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
  java.net.URL metrics;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private String key(String role) {
    return "ApiKey "
        + keys.create(
            "routing-" + role.toLowerCase() + "-" + System.nanoTime(),
            Set.of(role),
            Set.of(),
            Set.of(),
            null,
            false,
            "test");
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void passesMethodPathQueryBodyAndHeadersBothWays() {
    FakeService industry = GatewayTestResource.industry;
    industry.on(
        "/api/v1/industry/echo",
        req ->
            req.body()
                .onSuccess(
                    body ->
                        req.response()
                            .setStatusCode(201)
                            .putHeader("Content-Type", "application/json")
                            .putHeader("ETag", "\"3\"")
                            .putHeader("Location", "/api/v1/industry/echo/42")
                            .end(
                                "{\"method\":\""
                                    + req.method()
                                    + "\",\"query\":\""
                                    + req.query()
                                    + "\",\"body\":"
                                    + body
                                    + "}")));
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    given()
        .header("Authorization", key("STATISTICS"))
        .header("Idempotency-Key", "idem-123")
        .header("If-Match", "\"2\"")
        .header("traceparent", traceparent)
        .contentType("application/json")
        .body("{\"hello\":\"Hà Giang\"}")
        .queryParam("period", "2020-12")
        .put("/api/v1/industry/echo")
        .then()
        .statusCode(201)
        .header("ETag", "\"3\"")
        .header("Location", "/api/v1/industry/echo/42")
        .body("method", equalTo("PUT"))
        .body("query", equalTo("period=2020-12"))
        .body("body.hello", equalTo("Hà Giang"));
    Map<String, String> seen = industry.lastHeaders;
    assertThat(seen)
        .containsEntry("idempotency-key", "idem-123")
        .containsEntry("if-match", "\"2\"")
        .containsEntry("traceparent", traceparent);
    assertThat(seen.get("authorization"))
        .startsWith("Bearer ey"); // the gateway's token, not the caller's key
    assertThat(seen).containsKey("x-forwarded-for").containsKey("x-request-id");
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void slowServiceIs504AndAPostIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    GatewayTestResource.industry.on("/api/v1/industry/never", req -> calls.incrementAndGet());
    given()
        .header("Authorization", key("READER"))
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/industry/never")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void unreachableServiceIs503WithRetryAfter() {
    given()
        .header("Authorization", key("READER"))
        .get("/api/v1/commerce/summary")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("type", equalTo("/problems/service-unavailable"));
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void malformedOrOversizedAnswersAre502() {
    GatewayTestResource.industry.on(
        "/api/v1/industry/broken-json",
        req -> req.response().putHeader("Content-Type", "application/json").end("{\"a\": [1, 2"));
    GatewayTestResource.industry.on(
        "/api/v1/industry/huge",
        req ->
            req.response()
                .putHeader("Content-Type", "text/csv")
                .putHeader("Content-Length", Integer.toString(2 * 1024 * 1024))
                .end("x".repeat(2 * 1024 * 1024)));
    given()
        .header("Authorization", key("READER"))
        .get("/api/v1/industry/broken-json")
        .then()
        .statusCode(502)
        .contentType("application/problem+json");
    given()
        .header("Authorization", key("READER"))
        .get("/api/v1/industry/huge")
        .then()
        .statusCode(502)
        .contentType("application/problem+json");
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void aServiceDyingMidRequestIs503WithRetryAfter() {
    GatewayTestResource.industry.on("/api/v1/industry/dies", req -> req.connection().close());
    given()
        .header("Authorization", key("CUSTOMS"))
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/industry/dies")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("detail", containsString("closed the connection"));
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void callersHangingUpDoNotOpenTheBreaker() throws Exception {
    // A retry storm of clients that give up after 50 ms once left the breaker stuck half-open:
    // the proxy never completed a call whose caller was gone, so every later call was refused.
    FakeService industry = GatewayTestResource.industry;
    industry.on(
        "/api/v1/industry/accept",
        req ->
            req.body()
                .onSuccess(
                    body ->
                        industry
                            .vertx()
                            .setTimer(
                                50,
                                t ->
                                    req.response()
                                        .setStatusCode(201)
                                        .putHeader("Content-Type", "application/json")
                                        .end("{}"))));
    String customs = key("CUSTOMS");
    int port = io.restassured.RestAssured.port;
    String body = "{\"line\":1}";
    for (int i = 0; i < 12; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        socket.setSoLinger(true, 0); // close with a reset, as a client that timed out does
        socket
            .getOutputStream()
            .write(
                ("POST /api/v1/industry/accept HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + customs
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length()
                        + "\r\n\r\n"
                        + body)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
      }
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", customs)
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/industry/accept")
                    .then()
                    .statusCode(201));
    given()
        .get(ready)
        .then()
        .body("checks.find { it.name == 'downstream-circuits' }.data.industry", equalTo("CLOSED"));
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void callersHangingUpInTheMiddleOfTheirBodyDoNotOpenTheBreaker() throws Exception {
    // Under the retry storm the circuit opened while the service was idle: reading the body of a
    // caller who left fails with HttpClosedException, and the fault tolerance library counted that
    // cause as the service's failure.
    AtomicInteger calls = new AtomicInteger();
    FakeService industry = GatewayTestResource.industry;
    industry.on(
        "/api/v1/industry/half",
        req -> {
          calls.incrementAndGet();
          req.response().setStatusCode(201).putHeader("Content-Type", "application/json").end("{}");
        });
    String customs = key("CUSTOMS");
    int port = io.restassured.RestAssured.port;
    for (int i = 0; i < 12; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        socket.setSoLinger(true, 0); // reset, as a client that timed out does
        socket
            .getOutputStream()
            .write(
                ("POST /api/v1/industry/half HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + customs
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"line\":")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        // The caller goes only once the gateway has the request and is reading its body.
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(10))
            .pollInterval(java.time.Duration.ofMillis(5))
            .until(() -> activeRequests() >= 1);
      }
    }
    given()
        .header("Authorization", customs)
        .contentType("application/json")
        .body("{\"line\":1}")
        .post("/api/v1/industry/half")
        .then()
        .statusCode(201);
    assertThat(calls.get()).isEqualTo(1); // the services never saw the half bodies
    given()
        .get(ready)
        .then()
        .body("checks.find { it.name == 'downstream-circuits' }.data.industry", equalTo("CLOSED"));
  }

  /** The gateway's requests in progress, from its Prometheus metrics (management port). */
  double activeRequests() {
    return given()
        .get(metrics)
        .asString()
        .lines()
        .filter(l -> l.startsWith("http_server_active_requests"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** Last: it leaves the industry breaker open for a while. */
  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
  void breakerOpensAfterFailuresAndThenAnswers503WithoutCallingTheService() {
    AtomicInteger calls = new AtomicInteger();
    GatewayTestResource.industry.on("/api/v1/industry/hanging", req -> calls.incrementAndGet());
    String reader = key("READER");
    int timeouts = 0;
    for (int i = 0; i < 6 && timeouts < 4; i++) {
      Response r = given().header("Authorization", reader).get("/api/v1/industry/hanging");
      if (r.statusCode() == 504) timeouts++;
    }
    int before = calls.get();
    Response open = given().header("Authorization", reader).get("/api/v1/industry/hanging");
    open.then()
        .statusCode(503)
        .header("Retry-After", notNullValue())
        .body("detail", containsString("circuit open"));
    assertThat(calls.get()).isEqualTo(before); // answered by the gateway alone
    given()
        .get(ready)
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'downstream-circuits' }.data.industry", equalTo("OPEN"));
  }

  @Test
  @OutsideTheContract("the fake industry service answers made-up paths")
  void rateLimitPerClientAnswers429WithRetryAfter() {
    GatewayTestResource.industry.on(
        "/api/v1/industry/ping",
        req -> req.response().putHeader("Content-Type", "application/json").end("{}"));
    String statistics = key("STATISTICS"); // 5 requests per minute in this test configuration
    for (int i = 0; i < 5; i++)
      given()
          .header("Authorization", statistics)
          .get("/api/v1/industry/ping")
          .then()
          .statusCode(200);
    given()
        .header("Authorization", statistics)
        .get("/api/v1/industry/ping")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue());
  }

  @Test
  void managementEndpointsAreServedOnlyOnTheManagementPort() {
    // The public port answers them as any unknown route: 404 problem+json, to anyone.
    for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"})
      given().get(path).then().statusCode(404).contentType("application/problem+json");
    // The public port keeps the API's documents.
    given().get("/q/openapi").then().statusCode(200);
    given().redirects().follow(true).get("/q/swagger-ui").then().statusCode(200);
    assertThat(metrics.getPort()).isNotEqualTo(io.restassured.RestAssured.port);
    assertThat(metrics.getPath()).isEqualTo("/q/metrics");
    given()
        .get(metrics)
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds"));
    given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
  }
}
