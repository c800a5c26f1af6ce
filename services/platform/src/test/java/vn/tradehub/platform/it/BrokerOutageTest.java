package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.KafkaBroker;
import vn.tradehub.platform.testing.OwnKafkaProfile;
import vn.tradehub.platform.testing.RealInfraResource;

/** Kafka is killed (-9): writes still commit, and their events go out exactly once on restart. */
@QuarkusTest
@TestProfile(OwnKafkaProfile.class)
class BrokerOutageTest {
  @Inject AgroalDataSource ds;

  @Test
  void writesSurviveABrokerOutageAndTheirEventsArriveOnceAfterIt() {
    KafkaBroker broker = RealInfraResource.ownBroker();
    broker.kill();

    String id =
        given()
            .contentType("application/json")
            .body("{\"name\":\"during-outage\"}")
            .post("/api/v1/widgets")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(Db.count(ds, "select count(*) from widget where id = ?::uuid", id)).isEqualTo(1);
    assertThat(
            Db.count(
                ds, "select count(*) from outbox where subject = ? and published_at is null", id))
        .isEqualTo(1);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    broker.restart();
    try (EventCapture capture =
        EventCapture.fromBeginning(broker.bootstrap(), WidgetService.TOPIC)) {
      List<CapturedEvent> arrived =
          capture.await(e -> id.equals(e.payload().path("id").asText()), 1, Duration.ofSeconds(90));
      assertThat(arrived).hasSize(1);
      // Keep reading a while: a second copy would show up here.
      assertThat(
              capture.readFor(
                  e -> id.equals(e.payload().path("id").asText()), Duration.ofSeconds(3)))
          .hasSize(1);
    }
    assertThat(
            Db.count(
                ds,
                "select count(*) from outbox where subject = ? and published_at is not null",
                id))
        .isEqualTo(1);
  }
}
