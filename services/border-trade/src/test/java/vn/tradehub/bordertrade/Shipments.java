package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import vn.tradehub.platform.testing.Db;

/** Posts lines and sheets as the test's identity, the way clients do; counts what was stored. */
public final class Shipments {
  public static final String PATH = "/api/v1/border-trade/shipments";
  public static final String BATCH = PATH + "/batch";

  /** The header row of a daily CSV sheet, as documented (written out, not taken from the code). */
  public static final String SHEET_HEADER =
      "gateCode,declarationNumber,lineNumber,declaredOn,flow,tradeForm,hsCode,description,quantity,unit,netWeightKg,valueAmount,valueCurrency,partnerCountry,transportMode\n";

  private Shipments() {}

  /** POSTs one line (a JSON object). */
  public static Response post(Object line) {
    return given().contentType("application/json").body(line).post(PATH);
  }

  /** PUTs an amendment of the line at {@code location}, with If-Match on the version if given. */
  public static ValidatableResponse amend(String location, Integer ifMatch, Object line) {
    var request = given().contentType("application/json").body(line);
    if (ifMatch != null) request = request.header("If-Match", "\"" + ifMatch + "\"");
    return request.put(location).then();
  }

  /** POSTs a sheet given as a JSON array of lines. */
  public static ValidatableResponse postBatch(Object lines) {
    return given().contentType("application/json").body(lines).post(BATCH).then();
  }

  /** POSTs a CSV sheet declared as UTF-8. */
  public static ValidatableResponse postSheet(String csv) {
    return given().contentType("text/csv; charset=UTF-8").body(csv).post(BATCH).then();
  }

  /** How many lines of this declaration are stored, whatever their status. */
  public static long stored(AgroalDataSource ds, Object declaration) {
    return Db.count(ds, "select count(*) from shipment where declaration_number = ?", declaration);
  }
}
