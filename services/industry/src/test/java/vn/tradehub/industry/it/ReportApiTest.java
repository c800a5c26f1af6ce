package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Production reports over HTTP: create, If-Match, revisions, validation, roles. Works in 2023. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReportApiTest {
  static final String HYDRO = "5199900017";

  /** A valid one-line report, for the checks of the key, the period and the caller's roles. */
  static final String ONE_KWH = Api.report("ESTIMATED", "DIEN-SAN-XUAT", 1, 1);

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void createReplaceWithIfMatchAndKeepEveryRevision() {
    Api.enterprise(HYDRO, "3511");
    String url = Api.REPORTS + HYDRO + "/2023-02";

    Api.json()
        .body(Api.report("ESTIMATED", "DIEN-SAN-XUAT", 1_000_000, 1_100_000_000L))
        .put(url)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", containsString(url))
        .body("version", equalTo(0))
        .body("status", equalTo("ESTIMATED"))
        .body("lines[0].unit", equalTo("KWH"))
        .body("outputValueCurrentVnd", equalTo(1_100_000_000))
        .body("warnings", nullValue());

    // The same body again (a retry) changes nothing: 200, same ETag, no new revision.
    Api.json()
        .body(Api.report("ESTIMATED", "DIEN-SAN-XUAT", 1_000_000, 1_100_000_000L))
        .put(url)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");

    Api.json()
        .body(Api.report("FINAL", "DIEN-SAN-XUAT", 1_050_000, 1_155_000_000L))
        .put(url)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/precondition-required"));
    Api.json()
        .header("If-Match", "\"7\"")
        .body(Api.report("FINAL", "DIEN-SAN-XUAT", 1_050_000, 1_155_000_000L))
        .put(url)
        .then()
        .statusCode(412)
        .header("ETag", "\"0\"")
        .contentType("application/problem+json");
    Api.json()
        .header("If-Match", "\"0\"")
        .body(Api.report("FINAL", "DIEN-SAN-XUAT", 1_050_000, 1_155_000_000L))
        .put(url)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("FINAL"))
        .body("lines[0].quantity", equalTo(1050000));
    // The old ETag is stale now.
    Api.json()
        .header("If-Match", "\"0\"")
        .body(Api.report("PRELIMINARY", "DIEN-SAN-XUAT", 1, 1))
        .put(url)
        .then()
        .statusCode(412);

    String body =
        given().get(url).then().statusCode(200).header("ETag", "\"1\"").extract().asString();
    org.assertj.core.api.Assertions.assertThat(
            Api.tree(body).path("lines").path(0).path("outputValueCurrentVnd").decimalValue())
        .isEqualByComparingTo("1155000000");
    given()
        .get(url + "/revisions")
        .then()
        .statusCode(200)
        .body("version", contains(0, 1))
        .body("change", contains("CREATED", "REVISED"))
        .body("[0].snapshot.status", equalTo("ESTIMATED"))
        .body("[1].snapshot.status", equalTo("FINAL"))
        .body("[1].changedBy", equalTo("admin"))
        .body("[1].changes.field", org.hamcrest.Matchers.hasItems("status", "version", "lines"));

    // If-Match on a report that does not exist yet fails: creating takes no precondition.
    Api.json()
        .header("If-Match", "\"0\"")
        .body(Api.report("FINAL", "DIEN-SAN-XUAT", 1, 1))
        .put(Api.REPORTS + HYDRO + "/2023-01")
        .then()
        .statusCode(412);
  }

  @Test
  @TestSecurity(user = "thong-ke", roles = "STATISTICS")
  void everyValidationErrorIsAFieldLevelProblem() {
    String future = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).toString();
    // Unknown product, negative quantity, a value with too many decimals, a product listed twice.
    Api.fileReport(
            "5101001859/2018-03",
            "{\"status\":\"ESTIMATED\",\"lines\":["
                + "{\"productCode\":\"DIEN-GIO\",\"quantity\":1,\"outputValueCurrentVnd\":1,\"outputValueConstantVnd\":1},"
                + "{\"productCode\":\"DIEN-SAN-XUAT\",\"quantity\":-5,\"outputValueCurrentVnd\":1,\"outputValueConstantVnd\":1},"
                + "{\"productCode\":\"NUOC-MAY\",\"quantity\":3,\"outputValueCurrentVnd\":-1,\"outputValueConstantVnd\":0.001},"
                + "{\"productCode\":\"NUOC-MAY\",\"quantity\":3,\"outputValueCurrentVnd\":1,\"outputValueConstantVnd\":1}]}")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body(
            "errors.field",
            containsInAnyOrder(
                "lines[0].productCode",
                "lines[1].quantity",
                "lines[2].outputValueCurrentVnd",
                "lines[2].outputValueConstantVnd",
                "lines[3].productCode"))
        .body(
            "errors.find { it.field == 'lines[0].productCode' }.message",
            equalTo("unknown product"))
        .body("errors.find { it.field == 'lines[1].quantity' }.rejectedValue", equalTo(-5));

    // A period in the future.
    Api.fileReport("5101001859/" + future, ONE_KWH)
        .statusCode(422)
        .body("errors[0].field", equalTo("period"))
        .body("errors[0].message", equalTo("must not be in the future"));

    // The tax code's check digit (5101001859 is valid; its last digit changed is not).
    Api.fileReport("5101001850/2023-03", ONE_KWH)
        .statusCode(422)
        .body("errors[0].field", equalTo("taxCode"))
        .body("errors[0].rejectedValue", equalTo("5101001850"))
        .body("errors[0].message", containsString("check digit"));
    // A malformed tax code, and a valid one that no enterprise has.
    Api.fileReport("51010018/2023-03", ONE_KWH)
        .statusCode(422)
        .body("errors[0].field", equalTo("taxCode"));
    Api.fileReport("5199900063/2023-03", ONE_KWH)
        .statusCode(422)
        .body("errors[0].message", equalTo("no enterprise with this tax code is registered"));
    // A period outside the platform's month form is 422 naming it, as in every service; a missing
    // status and empty lines are 422.
    Api.fileReport("5101001859/2023-13", ONE_KWH)
        .statusCode(422)
        .body("errors[0].field", equalTo("period"));
    Api.fileReport("5101001859/2018-03", "{\"lines\":[]}")
        .statusCode(422)
        .body("errors.field", containsInAnyOrder("status", "lines"));
    Api.fileReport("5101001859/2018-03", "{\"status\":\"GUESSED\",\"lines\":[]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    // Nothing was stored.
    given()
        .get(Api.REPORTS + "5101001859/2018-03")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "thong-ke", roles = "STATISTICS")
  void aProductOutsideTheEnterprisesIndustryIsOnlyAWarning() {
    // The Sông Miện hydropower company (class 3511) reports construction stone (class 0810), in a
    // month before the demo figures begin.
    Api.fileReport("5101001859/2018-04", Api.report("ESTIMATED", "DA-XAY-DUNG", 1200, 216_000_000L))
        .statusCode(201)
        .body("warnings", hasSize(1))
        .body("warnings[0].field", equalTo("lines[0].productCode"))
        .body("warnings[0].message", containsString("outside the enterprise's industry"));
  }

  @Test
  void withoutIdentityEveryEndpointAnswers401() {
    given()
        .get(Api.REPORTS + "5101001859/2020-12")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().get("/api/v1/industry/iip?period=2020-12").then().statusCode(401);
    given().get("/api/v1/industry/summary").then().statusCode(401);
    Api.fileReport("5101001859/2023-05", ONE_KWH).statusCode(401);
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void aReaderReadsFiguresButWritesNothing() {
    given().get(Api.REPORTS + "5101001859/2020-12").then().statusCode(200);
    Api.fileReport("5101001859/2023-05", ONE_KWH)
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
    // Revisions are figures too; who posted them is not shown to a reader.
    given()
        .get(Api.REPORTS + "5101001859/2020-12/revisions")
        .then()
        .statusCode(200)
        .body("[0].changedBy", org.hamcrest.Matchers.nullValue());
    Api.json()
        .body(
            "{\"nameVi\":\"Quặng sắt\",\"nameEn\":\"Iron ore\",\"unit\":\"TNE\",\"vsicClass\":\"0710\"}")
        .put("/api/v1/industry/products/QUANG-SAT")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "thong-ke", roles = "STATISTICS")
  void statisticsMayNotEditReferenceData() {
    Api.json()
        .body("{\"name\":\"X\",\"locations\":" + Api.SON_DUONG + ",\"mainVsicClass\":\"3511\"}")
        .put("/api/v1/industry/enterprises/5199900024")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "thong-ke", roles = "STATISTICS")
  void theLengthLimitsOfTheDocumentAreEnforced() {
    // A body field longer than its maxLength (a product code is at most 40 characters).
    Api.fileReport("5101001859/2020-12", Api.report("ESTIMATED", "X".repeat(41), 1, 1))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("lines[0].productCode"))
        .body("errors[0].message", containsString("40"));
    // A path parameter and a query parameter longer than theirs.
    given()
        .get(Api.REPORTS + "5".repeat(15) + "/2020-12")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("taxCode")));
    given()
        .queryParam("after", "A".repeat(129))
        .get(Api.REPORTS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("after"));
    given()
        .queryParam("limit", 1001)
        .get(Api.REPORTS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", contains("limit"));
  }

  @Test
  @TestSecurity(user = "reader", roles = "READER")
  void theListIsJsonByDefaultAndCsvWhenAsked() {
    given()
        .queryParam("period", "2020-12")
        .queryParam("limit", 1)
        .get(Api.REPORTS)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("items", hasSize(1));
    given()
        .accept("text/csv")
        .queryParam("period", "2020-12")
        .queryParam("limit", 1)
        .get(Api.REPORTS)
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .body(containsString("taxCode,period,status,version,productCode"));
  }
}
