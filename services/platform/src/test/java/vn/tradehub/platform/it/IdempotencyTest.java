package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class IdempotencyTest {
  @Inject AgroalDataSource ds;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static Response post(String key, String body) {
    return given()
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/widgets");
  }

  private long widgetsNamed(String name) {
    return Db.count(ds, "select count(*) from widget where name = ?", name);
  }

  @Test
  void sameKeySameBodyReplaysTheStoredResponse() {
    String key = UUID.randomUUID().toString();
    String name = "replay-" + key;
    Response first = post(key, "{\"name\":\"" + name + "\"}");
    first.then().statusCode(201);
    Response second = post(key, "{ \"name\" : \"" + name + "\" }");
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    assertThat(widgetsNamed(name)).isEqualTo(1);
  }

  @Test
  void sameKeyDifferentBodyIs422() {
    String key = UUID.randomUUID().toString();
    post(key, "{\"name\":\"a-" + key + "\"}").then().statusCode(201);
    post(key, "{\"name\":\"b-" + key + "\"}")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/idempotency-key-reused"));
    assertThat(widgetsNamed("b-" + key)).isZero();
  }

  @Test
  void keyStillInFlightIs409() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = "{\"name\":\"slow-" + key + "\",\"hold\":true}";
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Response> first = pool.submit(() -> post(key, body));
      // Wait until the first request has claimed the key, then send the same request again.
      org.awaitility.Awaitility.await()
          .until(
              () ->
                  Db.count(ds, "select count(*) from idempotency_key where idem_key = ?", key)
                      == 1);
      post(key, body)
          .then()
          .statusCode(409)
          .header("Retry-After", "1")
          .body("type", equalTo("/problems/idempotency-key-in-flight"));
      Holds.release("slow-" + key);
      assertThat(first.get().statusCode()).isEqualTo(201);
    } finally {
      pool.shutdownNow();
    }
    post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(widgetsNamed("slow-" + key)).isEqualTo(1);
  }

  @Test
  void fiftyConcurrentIdenticalRequestsStoreOneEffect() throws Exception {
    String key = UUID.randomUUID().toString();
    String name = "burst-" + key;
    String body = "{\"name\":\"" + name + "\",\"hold\":true}";
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Response>> futures = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) futures.add(pool.submit(() -> post(key, body)));
      // The winner is held inside its transaction until the other 49 have been answered.
      org.awaitility.Awaitility.await()
          .until(() -> futures.stream().filter(Future::isDone).count() == 49);
      Holds.release(name);
      for (Future<Response> f : futures) responses.add(f.get());
    } finally {
      pool.shutdownNow();
    }
    Map<Integer, Long> byStatus =
        responses.stream()
            .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    assertThat(byStatus).containsEntry(201, 1L).containsEntry(409, 49L);
    post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(
            responses.stream()
                .filter(r -> r.statusCode() == 201)
                .map(r -> r.jsonPath().getString("id"))
                .distinct())
        .hasSize(1);
    assertThat(widgetsNamed(name)).isEqualTo(1);
    assertThat(Db.count(ds, "select count(*) from outbox where payload->>'name' = ?", name))
        .isEqualTo(1);
  }

  @Test
  void failedRequestReleasesTheKey() {
    String key = UUID.randomUUID().toString();
    post(key, "{\"name\":\"\"}").then().statusCode(422);
    post(key, "{\"name\":\"fixed-" + key + "\"}").then().statusCode(201);
  }

  @Test
  void malformedKeyIsRejected() {
    post("bad key with spaces", "{\"name\":\"x\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }
}
