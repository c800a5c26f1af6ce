package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class BatchTest {
  @Inject AgroalDataSource ds;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static String sheet(String declaration, int lines) {
    StringBuilder csv = new StringBuilder(Shipments.SHEET_HEADER);
    for (int i = 1; i <= lines; i++) {
      csv.append("THANH_THUY,")
          .append(declaration)
          .append(',')
          .append(i)
          .append(",2017-05-02,EXPORT,OFFICIAL,09022090,\"Chè búp khô, loại ")
          .append(i)
          .append("\",100,KGM,,")
          .append(1000 + i)
          .append(".50,USD,CN,ROAD\n");
    }
    return csv.toString();
  }

  @Test
  void csvSheetIsStoredAndResendingItCreatesNothing() {
    String decl = Lines.newDeclaration();
    String csv = sheet(decl, 250);
    Shipments.postSheet(csv)
        .statusCode(200)
        .body("created", equalTo(250))
        .body("replayed", equalTo(0))
        .body("rejected", equalTo(0))
        .body("lines", hasSize(250));
    Shipments.postSheet(csv)
        .statusCode(200)
        .body("created", equalTo(0))
        .body("replayed", equalTo(250));
    assertThat(Shipments.stored(ds, decl)).isEqualTo(250);
    assertThat(
            Db.count(
                ds,
                "select count(*) from shipment where declaration_number = ? and description = 'Chè búp khô, loại 7'",
                decl))
        .isEqualTo(1);
  }

  @Test
  void oneBadRowRejectsTheWholeSheetAndEveryBadRowIsListed() {
    String decl = Lines.newDeclaration();
    String csv =
        sheet(decl, 20)
            .replace(
                decl + ",5,2017-05-02,EXPORT,OFFICIAL,09022090",
                decl + ",5,2017-05-02,EXPORT,OFFICIAL,77777700")
            .replace(decl + ",9,2017-05-02", decl + ",9,2017-13-45");
    Shipments.postSheet(csv)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/batch-rejected"))
        .body("errors", hasSize(2))
        .body("errors[0].row", equalTo(5))
        .body("errors[0].field", equalTo("hsCode"))
        .body("errors[1].row", equalTo(9))
        .body("errors[1].field", equalTo("declaredOn"));
    assertThat(Shipments.stored(ds, decl)).isZero();
  }

  @Test
  void aLineThatExistsWithOtherContentRejectsTheSheet() {
    String decl = Lines.newDeclaration();
    Shipments.postSheet(sheet(decl, 3)).statusCode(200);
    String changed =
        sheet(decl, 4)
            .replace(
                decl + ",2,2017-05-02,EXPORT,OFFICIAL,09022090,\"Chè búp khô, loại 2\",100",
                decl + ",2,2017-05-02,EXPORT,OFFICIAL,09022090,\"Chè búp khô, loại 2\",999");
    Shipments.postSheet(changed).statusCode(422).body("errors[0].row", equalTo(2));
    assertThat(Shipments.stored(ds, decl)).isEqualTo(3);
  }

  @Test
  void csvWithoutCharsetIsReadAsUtf8() {
    String decl = Lines.newDeclaration();
    byte[] utf8 = sheet(decl, 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    given()
        .config(
            io.restassured.RestAssured.config()
                .encoderConfig(
                    io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType("text/csv")
        .body(utf8)
        .post("/api/v1/border-trade/shipments/batch")
        .then()
        .statusCode(200);
    assertThat(
            Db.count(
                ds,
                "select count(*) from shipment where declaration_number = ? and description = 'Chè búp khô, loại 1'",
                decl))
        .isEqualTo(1);
  }

  @Test
  void duplicateLinesInsideOneSheetAreRejected() {
    String decl = Lines.newDeclaration();
    String csv = sheet(decl, 2) + sheet(decl, 1).substring(Shipments.SHEET_HEADER.length());
    Shipments.postSheet(csv)
        .statusCode(422)
        .body("errors[0].row", equalTo(3))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("appears twice"));
  }

  @Test
  void malformedCsvIs400() {
    Shipments.postSheet("gate,decl\nTHANH_THUY,1\n")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("gateCode"));
    String decl = Lines.newDeclaration();
    String broken =
        Shipments.SHEET_HEADER
            + "THANH_THUY,"
            + decl
            + ",1,2017-05-02,EXPORT,OFFICIAL,09022090,\"unterminated,100,KGM,,10,USD,CN,ROAD\n";
    Shipments.postSheet(broken).statusCode(400).contentType("application/problem+json");
    Shipments.postSheet(Shipments.SHEET_HEADER + "THANH_THUY,1,2\n")
        .statusCode(422)
        .body("errors[0].row", equalTo(1))
        .body("errors[0].field", equalTo("row"));
  }

  @Test
  void jsonArraySheetWorksToo() {
    Map<String, Object> a = Lines.line("THANH_THUY", Lines.newDeclaration(), 1, "2017-06-01");
    Map<String, Object> b = Lines.with(a, "lineNumber", 2);
    Shipments.postBatch(List.of(a, b)).statusCode(200).body("created", equalTo(2));
    Shipments.postBatch(List.of(Lines.with(a, "lineNumber", 3), Lines.with(a, "unit", "BUCKET")))
        .statusCode(422)
        .body("errors[0].row", equalTo(2))
        .body("errors[0].field", equalTo("unit"));
  }
}
