package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.KafkaBroker;
import vn.tradehub.platform.testing.OwnKafkaProfile;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * With Kafka killed, record, amend and cancel still succeed; each event arrives once afterwards.
 */
@QuarkusTest
@TestProfile(OwnKafkaProfile.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class BrokerOutageTest {

  @Test
  void everyChangeIsDeliveredOnceAfterTheBrokerComesBack() {
    KafkaBroker broker = RealInfraResource.ownBroker();
    broker.kill();

    Map<String, Object> line = Lines.line("SAM_PUN", Lines.newDeclaration(), 1, "2020-08-14");
    Response created = Shipments.post(line);
    created.then().statusCode(201);
    String location = created.header("Location");
    String id = created.jsonPath().getString("id");
    Shipments.amend(location, 0, Lines.with(line, "quantity", 900)).statusCode(200);
    given().header("If-Match", "\"1\"").delete(location).then().statusCode(200);

    broker.restart();
    try (EventCapture capture =
        EventCapture.fromBeginning(broker.bootstrap(), "border-trade.shipments.v1")) {
      List<CapturedEvent> events =
          capture.await(e -> id.equals(e.headers().get("ce_subject")), 3, Duration.ofSeconds(90));
      assertThat(events)
          .extracting(CapturedEvent::type)
          .containsExactly(
              "vn.tradehub.bordertrade.ShipmentRecorded",
              "vn.tradehub.bordertrade.ShipmentAmended",
              "vn.tradehub.bordertrade.ShipmentCancelled");
      assertThat(
              capture.readFor(e -> id.equals(e.headers().get("ce_subject")), Duration.ofSeconds(3)))
          .hasSize(3);
    }
  }
}
