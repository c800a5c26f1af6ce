package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class OutboxTest {
  @Inject AgroalDataSource ds;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  void eventReachesKafkaWithCloudEventsHeaders() {
    try (EventCapture capture = EventCapture.fromNow(kafka, WidgetService.TOPIC)) {
      String id =
          given()
              .contentType("application/json")
              .body("{\"name\":\"Chè Shan tuyết\",\"colour\":\"green\"}")
              .post("/api/v1/widgets")
              .then()
              .statusCode(201)
              .extract()
              .path("id");

      List<CapturedEvent> events =
          capture.await(e -> id.equals(e.payload().path("id").asText()), 1, Duration.ofSeconds(30));
      assertThat(events).hasSize(1);
      CapturedEvent e = events.get(0);
      assertThat(e.key()).isEqualTo("Chè Shan tuyết");
      assertThat(e.headers())
          .containsEntry("ce_specversion", "1.0")
          .containsEntry("ce_type", "vn.tradehub.platformtest.WidgetCreated")
          .containsEntry("ce_source", "urn:tradehub:platform-test")
          .containsEntry("ce_subject", id)
          .containsEntry("content-type", "application/json");
      assertThat(Instant.parse(e.headers().get("ce_time"))).isBefore(Instant.now().plusSeconds(1));
      assertThat(e.payload().path("name").asText()).isEqualTo("Chè Shan tuyết");
      // ce_id is the outbox row id, and that row is now marked published.
      assertThat(
              Db.count(
                  ds,
                  "select count(*) from outbox where id = ? and published_at is not null",
                  UUID.fromString(e.id())))
          .isEqualTo(1);
    }
  }

  @Test
  void readinessReportsDatabaseKafkaAndOutbox() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("UP"))
        .body(
            "checks.name",
            org.hamcrest.Matchers.hasItems("outbox", "kafka", "Database connections health check"))
        .body(
            "checks.find { it.name == 'kafka' }.data.reachable",
            org.hamcrest.Matchers.equalTo(true));
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("tradehub_outbox_backlog"))
        .body(org.hamcrest.Matchers.containsString("tradehub_outbox_oldest_age_seconds"));
  }
}
