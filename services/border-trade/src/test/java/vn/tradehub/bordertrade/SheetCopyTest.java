package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Sheets large enough to go through COPY (more than {@code ShipmentStore.VALUES_MAX} lines): all or
 * nothing with stored lines among them, row-numbered conflicts, replays of stored lines, one event
 * per created line in sheet order, and the creation revision read from the row.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class SheetCopyTest {
  @Inject AgroalDataSource ds;

  private static String row(String declaration, int line, int quantity) {
    return "XIN_MAN,"
        + declaration
        + ","
        + line
        + ",2018-03-0"
        + (1 + line % 9)
        + ",IMPORT,OFFICIAL,84295200,\"Máy xúc \"\"loại "
        + line
        + "\"\", đã qua sử dụng\","
        + quantity
        + ",PCE,"
        + (line % 2 == 0 ? "" : "12500")
        + ","
        + (20000 + line)
        + ".00,USD,CN,ROAD\n";
  }

  private static String sheet(String declaration, int from, int to, int changedLine) {
    StringBuilder csv = new StringBuilder(Shipments.SHEET_HEADER);
    for (int i = from; i <= to; i++) csv.append(row(declaration, i, i == changedLine ? 2 : 1));
    return csv.toString();
  }

  @Test
  void aConflictAmongStoredLinesRejectsTheWholeSheetAndTheFixedSheetStoresOnlyTheNewLines()
      throws Exception {
    String decl = Lines.newDeclaration();
    Shipments.postSheet(sheet(decl, 1, 120, -1)).statusCode(200).body("created", equalTo(120));

    // Row 250 of the next sheet (line 250) is new, row 100 (line 100) exists with other content.
    Shipments.postSheet(sheet(decl, 1, 300, 100))
        .statusCode(422)
        .body("type", equalTo("/problems/batch-rejected"))
        .body("errors", hasSize(1))
        .body("errors[0].row", equalTo(100));
    assertThat(Shipments.stored(ds, decl)).isEqualTo(120);

    Shipments.postSheet(sheet(decl, 1, 300, -1))
        .statusCode(200)
        .body("created", equalTo(180))
        .body("replayed", equalTo(120))
        .body("lines", hasSize(300))
        .body("lines[0].outcome", equalTo("REPLAYED"))
        .body("lines[299].outcome", equalTo("CREATED"));
    assertThat(Shipments.stored(ds, decl)).isEqualTo(300);
    assertThat(
            Db.count(
                ds,
                "select count(*) from shipment where declaration_number = ? and description = 'Máy xúc \"loại 7\", đã qua sử dụng' and net_weight_kg = 12500",
                decl))
        .isEqualTo(1);
    assertThat(
            Db.count(
                ds,
                "select count(*) from shipment where declaration_number = ? and line_number = 8 and net_weight_kg is null",
                decl))
        .isEqualTo(1);

    // One event per created line, in the sheet's order (the relay sends them in outbox order).
    List<Integer> lines = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select (payload -> 'shipment' ->> 'lineNumber')::int from outbox"
                    + " where payload -> 'shipment' ->> 'declarationNumber' = ? order by seq")) {
      ps.setString(1, decl);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) lines.add(rs.getInt(1));
      }
    }
    assertThat(lines).containsExactlyElementsOf(IntStream.rangeClosed(1, 300).boxed().toList());
  }

  @Test
  void aLineCreatedBySheetHasItsCreationRevision() {
    String decl = Lines.newDeclaration();
    Shipments.postSheet(sheet(decl, 1, 60, -1)).statusCode(200).body("created", equalTo(60));
    String id =
        given()
            .queryParam("hsPrefix", "84295200")
            .queryParam("from", "2018-03-01")
            .queryParam("to", "2018-03-09")
            .queryParam("limit", 1000)
            .get("/api/v1/border-trade/shipments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString(
                "items.find { it.declarationNumber == '" + decl + "' && it.lineNumber == 45 }.id");
    given()
        .get("/api/v1/border-trade/shipments/" + id + "/revisions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].version", equalTo(0))
        .body("[0].change", equalTo("RECORDED"))
        .body("[0].changedBy", equalTo("customs-ha-giang"))
        .body("[0].snapshot.declarationNumber", equalTo(decl))
        .body("[0].changes[0].to.declarationNumber", equalTo(decl))
        .body("[0].snapshot.lineNumber", equalTo(45));
  }
}
