package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** The exchange validator that every integration test runs under catches every kind of drift. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ContractValidationTest {

  /** A GET of {@code path} that the validator fails as an assertion, as it would a test. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertFailsTheTest(String path) {
    return assertThatThrownBy(() -> given().get(path)).isInstanceOf(AssertionError.class);
  }

  @Test
  void anUndocumentedStatusFailsTheTest() {
    assertFailsTheTest("/api/v1/probe/teapot").hasMessageContaining("418");
  }

  @Test
  void aBodyOfAnotherShapeFailsTheTest() {
    assertFailsTheTest("/api/v1/probe/shape")
        .hasMessageContaining("not what the OpenAPI document describes");
  }

  @Test
  void aRequestTheDocumentRefusesMustNotBeAccepted() {
    given().get("/api/v1/probe/lax?n=5").then().statusCode(200);
    assertFailsTheTest("/api/v1/probe/lax?n=6").hasMessageContaining("the service accepted it");
  }

  @Test
  void aRequestTheDocumentRefusesMayBeRefused() {
    given().get("/api/v1/colours/?limit=0").then().statusCode(401);
  }

  @Test
  @vn.tradehub.platform.testing.OutsideTheContract("shows that a marked test is not checked")
  void aTestMarkedOutsideTheContractIsNotChecked() {
    given().get("/api/v1/probe/teapot").then().statusCode(418);
  }
}
