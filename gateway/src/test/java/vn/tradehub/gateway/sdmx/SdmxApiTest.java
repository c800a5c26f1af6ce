package vn.tradehub.gateway.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tradehub.gateway.sdmx.SdmxStandard.dataMessage;
import static vn.tradehub.gateway.sdmx.SdmxStandard.sdmx;
import static vn.tradehub.gateway.sdmx.SdmxStandard.structureMessage;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tradehub.contracts.bordertrade.ShipmentLine;
import vn.tradehub.gateway.indicators.TestEvents;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The SDMX API on hand-checked events of a year Y in 2070..2099 (drawn per run: a reused broker
 * keeps older runs' events) and border gates S16A, S16B that nothing else uses: the vintages of an
 * amended and a cancelled shipment line and of a revised month (updatedAfter, asOf,
 * includeHistory), the formats, the HTTP validators and the errors, every exchange checked against
 * the standard's sdmx-rest.yaml and every SDMX-JSON message against its schemas.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// A reader, but for the plan's tests, which write as an admin.
@TestSecurity(user = "reader", roles = "READER")
class SdmxApiTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  // 2086..2099: disjoint from the other gateway tests' years (DashboardTest 2070..2084), which
  // share its database
  static final int Y = 2086 + java.util.concurrent.ThreadLocalRandom.current().nextInt(14);
  static final String TURNOVER = "/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/DF_BORDER_TRADE/1.0.0/";

  /**
   * The province of the year's figures: indicator events that name no territory are the
   * Department's province's of their month, and the lines' commune (Xã Thanh Thủy) lies in it.
   */
  static final String TUYEN_QUANG = "08@2025-07-01";

  static final String CELL_A = "M." + TUYEN_QUANG + ".S16A.EXPORT.OFFICIAL.08.CN";
  static final String CELL_C = "M." + TUYEN_QUANG + ".S16B.IMPORT.OFFICIAL.08.CN";

  static TestEvents events;
  static ShipmentLine lineA;
  static ShipmentLine lineC;

  /** The horizon of an answer taken before the amendment and the cancellation. */
  static Instant beforeChanges;

  static Instant computed;

  @BeforeAll
  static void publish() {
    events = new TestEvents();
    computed = Instant.parse(Y + "-02-05T02:00:00Z");
    // January as first estimated (revised in a test below)
    events.industry(
        TestEvents.industry(
            Y + "-01",
            "101.50",
            "101.50",
            "500000000000",
            "480000000000",
            "4.17",
            40,
            30,
            "ESTIMATED",
            computed));
    events.industry(
        TestEvents.industry(
            Y + "-02",
            "103.00",
            "102.40",
            "990000000000",
            "960000000000",
            "3.12",
            40,
            32,
            "ESTIMATED",
            computed.plusSeconds(86400 * 30)));
    lineA = TestEvents.line("S16A", "D16-1", LocalDate.of(Y, 3, 5), "EXPORT", "100000.00");
    events.recorded(lineA);
    events.recorded(TestEvents.line("S16A", "D16-2", LocalDate.of(Y, 3, 10), "EXPORT", "50000.00"));
    lineC = TestEvents.line("S16B", "D16-3", LocalDate.of(Y, 4, 2), "IMPORT", "70000.00");
    events.recorded(lineC);
  }

  static void january(String iip, String status, Instant computedAt) {
    events.industry(
        TestEvents.industry(
            Y + "-01",
            iip,
            iip,
            "510000000000",
            "480000000000",
            "6.25",
            40,
            31,
            status,
            computedAt));
  }

  @AfterAll
  static void close() {
    events.close();
  }

  static Response turnover(String query) {
    return sdmx().accept(Sdmx.DATA_JSON).when().get(ours("*.*.S16A+S16B", query));
  }

  /** This run's turnover (both gates, the whole year) asked with one request header. */
  static Response turnoverWith(String header, String value) {
    return sdmx().accept(Sdmx.DATA_JSON).header(header, value).get(ours("*.*.S16A+S16B", ""));
  }

  /** The SDMX-JSON data message of this run's turnover with this query. */
  static JsonNode turnoverData(String query) {
    return dataMessage(turnover(query).asString());
  }

  /** The SDMX-JSON structure message at {@code path}. */
  static JsonNode structure(String path) {
    return structureMessage(sdmx().accept(Sdmx.STRUCTURE_JSON).get(path).asString());
  }

  /** The observation values of every data set of the SDMX-JSON message at {@code path}. */
  static Map<String, BigDecimal> dataValues(String path) {
    return values(dataMessage(sdmx().accept(Sdmx.DATA_JSON).get(path).asString()), null);
  }

  /**
   * A turnover query of this run's year (the broker keeps older runs' lines of the same gates in
   * other years).
   */
  static String ours(String key, String query) {
    String year = query.contains("c[TIME_PERIOD]") ? "" : "c[TIME_PERIOD]=" + Y;
    String q = year.isEmpty() ? query : query.isEmpty() ? year : year + "&" + query;
    return TURNOVER + key + (q.isEmpty() ? "" : "?" + q);
  }

  /** Observation values by series key and period, over every data set of a message. */
  static Map<String, BigDecimal> values(JsonNode message, String action) {
    Map<String, BigDecimal> out = new HashMap<>();
    JsonNode structures = message.path("data").path("structures");
    for (JsonNode ds : message.path("data").path("dataSets")) {
      if (action != null && !ds.path("action").asText().equals(action)) continue;
      JsonNode st = structures.get(ds.path("structure").asInt());
      List<JsonNode> seriesDims = new ArrayList<>();
      st.path("dimensions").path("series").forEach(seriesDims::add);
      JsonNode time = st.path("dimensions").path("observation").get(0);
      for (Iterator<Map.Entry<String, JsonNode>> it = ds.path("series").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> s = it.next();
        String[] idx = s.getKey().split(":");
        List<String> key = new ArrayList<>();
        for (int i = 0; i < idx.length; i++)
          key.add(
              seriesDims.get(i).path("values").get(Integer.parseInt(idx[i])).path("id").asText());
        for (Iterator<Map.Entry<String, JsonNode>> o = s.getValue().path("observations").fields();
            o.hasNext(); ) {
          Map.Entry<String, JsonNode> obs = o.next();
          String period =
              time.path("values").get(Integer.parseInt(obs.getKey())).path("id").asText();
          JsonNode v = obs.getValue();
          out.put(
              String.join(".", key) + "@" + period, v.isEmpty() ? null : v.get(0).decimalValue());
        }
      }
    }
    return out;
  }

  static String enc(Instant t) {
    return t.toString();
  }

  static BigDecimal at(Map<String, BigDecimal> values, String cell, String period) {
    return values.get(cell + "@" + period);
  }

  @Test
  @Order(1)
  void turnoverCellsSumTheirLines() {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Response r = turnover("");
              assertThat(r.statusCode()).isEqualTo(200);
              Map<String, BigDecimal> v = values(dataMessage(r.asString()), null);
              assertThat(at(v, CELL_A, Y + "-03")).isEqualByComparingTo("150000");
              assertThat(at(v, CELL_C, Y + "-04")).isEqualByComparingTo("70000");
            });
    Response r = turnover("");
    JsonNode m = dataMessage(r.asString());
    assertThat(r.header("ETag")).startsWith("W/\"");
    assertThat(r.header("Last-Modified")).isNotBlank();
    assertThat(r.header("Content-Language")).isEqualTo("vi");
    assertThat(r.contentType()).startsWith("application/vnd.sdmx.data+json");
    JsonNode ds = m.path("data").path("dataSets").get(0);
    assertThat(ds.path("action").asText()).isEqualTo("Replace");
    // OBS_STATUS at observation level (A: border-trade figures are final), units at series level
    JsonNode st = m.path("data").path("structures").get(0);
    assertThat(st.path("attributes").path("observation").get(0).path("id").asText())
        .isEqualTo("OBS_STATUS");
    assertThat(
            st.path("attributes")
                .path("observation")
                .get(0)
                .path("values")
                .get(0)
                .path("id")
                .asText())
        .isEqualTo("A");
    assertThat(st.path("attributes").path("series").findValuesAsText("id"))
        .contains("UNIT_MEASURE", "UNIT_MULT", "USD", "0");
    beforeChanges = Instant.parse(m.path("meta").path("prepared").asText());
  }

  @Test
  @Order(2)
  void anAmendedLineAndACancelledOneAreVintagesOfTheirCells() {
    events.amended(lineA, TestEvents.withValue(lineA, "120000.00", 1));
    events.cancelled(lineC);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Map<String, BigDecimal> v = values(turnoverData(""), null);
              assertThat(at(v, CELL_A, Y + "-03")).isEqualByComparingTo("170000");
              assertThat(v).doesNotContainKey(CELL_C + "@" + Y + "-04");
            });

    // updatedAfter: the amended cell's latest value, and the cancelled line's cell as a deletion
    JsonNode changed = turnoverData("updatedAfter=" + enc(beforeChanges));
    assertThat(values(changed, "Replace")).containsOnlyKeys(CELL_A + "@" + Y + "-03");
    assertThat(at(values(changed, "Replace"), CELL_A, Y + "-03")).isEqualByComparingTo("170000");
    assertThat(values(changed, "Delete")).containsOnlyKeys(CELL_C + "@" + Y + "-04");

    // asOf before the amendment: the value as it was published then
    Map<String, BigDecimal> then = values(turnoverData("asOf=" + enc(beforeChanges)), null);
    assertThat(at(then, CELL_A, Y + "-03")).isEqualByComparingTo("150000");
    assertThat(at(then, CELL_C, Y + "-04")).isEqualByComparingTo("70000");

    // includeHistory: both vintages of the cell, and the deletion, each with its instant
    JsonNode history = turnoverData("includeHistory=true");
    List<String> actions = history.path("data").path("dataSets").findValuesAsText("action");
    assertThat(actions).contains("Replace", "Delete");
    List<BigDecimal> cellA = new ArrayList<>();
    Instant previous = Instant.MIN;
    for (JsonNode ds : history.path("data").path("dataSets")) {
      Instant t =
          Instant.parse(
              ds.has("validFrom") ? ds.path("validFrom").asText() : ds.path("validTo").asText());
      assertThat(t).isAfterOrEqualTo(previous); // disseminations in order
      previous = t;
      JsonNode one = history.deepCopy();
      ((com.fasterxml.jackson.databind.node.ArrayNode) one.path("data").path("dataSets"))
          .removeAll();
      ((com.fasterxml.jackson.databind.node.ArrayNode) one.path("data").path("dataSets")).add(ds);
      BigDecimal v = values(one, "Replace").get(CELL_A + "@" + Y + "-03");
      if (v != null) cellA.add(v);
      if (ds.path("action").asText().equals("Delete"))
        assertThat(values(one, "Delete")).containsOnlyKeys(CELL_C + "@" + Y + "-04");
    }
    // the two lines may have come in one poll or two: 100000 first is then a vintage too
    assertThat(cellA.subList(Math.max(0, cellA.size() - 2), cellA.size()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("150000"), new BigDecimal("170000"));
    assertThat(cellA.size() == 2 || cellA.get(0).compareTo(new BigDecimal("100000")) == 0).isTrue();

    // the same changes as SDMX-CSV: a Replace row and a Delete row
    Response csv =
        sdmx()
            .accept(Sdmx.DATA_CSV)
            .when()
            .get(ours("*.*.S16A+S16B", "updatedAfter=" + enc(beforeChanges)));
    assertThat(csv.statusCode()).isEqualTo(200);
    List<Map<String, String>> rows = csv(csv.asString());
    assertThat(rows).extracting(r -> r.get("ACTION")).containsExactlyInAnyOrder("R", "D");
    Map<String, String> deleted =
        rows.stream().filter(r -> r.get("ACTION").equals("D")).findFirst().orElseThrow();
    assertThat(deleted.get("BORDER_GATE")).isEqualTo("S16B");
    assertThat(deleted.get("OBS_VALUE")).isEmpty();
  }

  @Test
  @Order(3)
  void aRevisedMonthKeepsItsFirstEstimateAsAVintage() {
    String iip =
        "/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/DF_IIP/1.0.0/M." + TUYEN_QUANG + "._T.PY.YTD";
    String period = "c[TIME_PERIOD]=" + Y + "-01";
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Response r = sdmx().accept(Sdmx.DATA_JSON).get(iip + "?" + period);
              assertThat(r.statusCode()).isEqualTo(200);
              assertThat(values(dataMessage(r.asString()), null).values())
                  .usingElementComparator(BigDecimal::compareTo)
                  .containsExactly(new BigDecimal("101.50"));
            });
    Instant estimated =
        Instant.parse(
            dataMessage(sdmx().accept(Sdmx.DATA_JSON).get(iip + "?" + period).asString())
                .path("meta")
                .path("prepared")
                .asText());
    january("102.00", "FINAL", computed.plusSeconds(86400));
    january("199.00", "FINAL", computed.minusSeconds(3600)); // older: publishes nothing
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(dataValues(iip + "?" + period).values())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("102.00")));
    // the first estimate, as published, with its status E; the revision with A
    assertThat(csvAt(iip + "?" + period + "&asOf=" + enc(estimated)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("OBS_VALUE")).isEqualTo("101.5");
              assertThat(r.get("OBS_STATUS")).isEqualTo("E");
              assertThat(r.get("UNIT_MEASURE")).isEqualTo("IX");
              assertThat(r.get("TIME_PERIOD")).isEqualTo(Y + "-01");
            });
    List<Map<String, String>> history = csvAt(iip + "?" + period + "&includeHistory=true");
    assertThat(history)
        .extracting(r -> r.get("OBS_VALUE") + " " + r.get("OBS_STATUS"))
        .containsExactly("101.5 E", "102 A"); // the late older computation left no vintage
    assertThat(history.get(0).get("VALID_FROM")).isNotEmpty();
  }

  @Test
  @Order(4)
  void packagingsAndSelections() {
    // flat: every dimension at observation level
    JsonNode flat = turnoverData("dimensionAtObservation=AllDimensions");
    JsonNode obs = flat.path("data").path("dataSets").get(0).path("observations");
    assertThat(obs.fieldNames().next().split(":")).hasSize(8);
    // cross-section by flow: TIME_PERIOD is in the series key
    JsonNode cross =
        turnoverData("dimensionAtObservation=TRADE_FLOW")
            .path("data")
            .path("structures")
            .get(0)
            .path("dimensions");
    assertThat(cross.path("observation").get(0).path("id").asText()).isEqualTo("TRADE_FLOW");
    assertThat(cross.path("series").findValuesAsText("id")).contains("TIME_PERIOD");
    // filters on the value and on time; no attributes and no measure (a Merge data set)
    JsonNode big =
        dataMessage(
            turnover("c[OBS_VALUE]=ge:160000&c[TIME_PERIOD]=ge:" + Y + "-01+le:" + Y + "-12")
                .asString());
    assertThat(values(big, null)).containsOnlyKeys(CELL_A + "@" + Y + "-03");
    JsonNode keysOnly = turnoverData("attributes=none&measures=none");
    assertThat(keysOnly.path("data").path("dataSets").get(0).path("action").asText())
        .isEqualTo("Merge");
    assertThat(keysOnly.path("data").path("structures").get(0).has("measures")).isFalse();
    // the first and the last observation of each series (January and February of the year)
    String villages =
        "/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/DF_ELECTRIFICATION/1.0.0/M."
            + TUYEN_QUANG
            + ".BORDER_VILLAGES?c[TIME_PERIOD]="
            + Y;
    assertThat(dataValues(villages)).hasSize(2);
    assertThat(dataValues(villages + "&lastNObservations=1").keySet())
        .singleElement()
        .asString()
        .endsWith("@" + Y + "-02");
    assertThat(dataValues(villages + "&firstNObservations=1").keySet())
        .singleElement()
        .asString()
        .endsWith("@" + Y + "-01");
  }

  @Test
  @Order(5)
  void csvWithLabelsInBothLanguages() {
    for (String lang : List.of("vi", "en")) {
      Response r =
          sdmx()
              .accept(Sdmx.DATA_CSV + ";labels=both")
              .header("Accept-Language", lang)
              .get(ours("*.*.S16A", ""));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.header("Content-Language")).isEqualTo(lang);
      List<Map<String, String>> rows = csv(r.asString());
      Map<String, String> row = rows.get(0);
      String flow = lang.equals("en") ? "TRADE_FLOW: Trade flow" : "TRADE_FLOW: Luồng hàng";
      assertThat(row).containsKey(flow);
      assertThat(row.get(flow))
          .isEqualTo(lang.equals("en") ? "EXPORT: Export" : "EXPORT: Xuất khẩu");
      assertThat(row.get("STRUCTURE_ID"))
          .startsWith("VN-TQ-DOIT:DF_BORDER_TRADE(1.0.0): ")
          .contains(
              lang.equals("en")
                  ? "Border-gate import-export turnover"
                  : "Kim ngạch xuất nhập khẩu");
      String area =
          row.entrySet().stream()
              .filter(e -> e.getKey().startsWith("REF_AREA"))
              .findFirst()
              .orElseThrow()
              .getValue();
      assertThat(area)
          .startsWith(TUYEN_QUANG + ": ")
          .contains(lang.equals("en") ? "Tuyen Quang" : "Tuyên Quang");
    }
    // labels=name: the name in a column of its own after each id
    Map<String, String> named =
        csv(sdmx()
                .accept(Sdmx.DATA_CSV + ";labels=name")
                .header("Accept-Language", "en")
                .get(ours("*.*.S16A", ""))
                .asString())
            .get(0);
    assertThat(named)
        .containsEntry("STRUCTURE_NAME", "Border-gate import-export turnover")
        .containsEntry("TRADE_FLOW", "EXPORT")
        .containsEntry("Trade flow", "Export");
    // keys and normalized time
    Map<String, String> row =
        csv(sdmx()
                .accept(Sdmx.DATA_CSV + ";keys=both;timeFormat=normalized")
                .get(ours("*.*.S16A", ""))
                .asString())
            .get(0);
    assertThat(row.get("SERIES_KEY")).isEqualTo(CELL_A);
    assertThat(row.get("OBS_KEY")).isEqualTo(CELL_A + "." + Y + "-03");
    assertThat(row.get("TIME_PERIOD")).isEqualTo(Y + "-03-01");
  }

  @Test
  @Order(6)
  void conditionalRequestsCompressionAndStreaming() {
    Response r = turnover("");
    String etag = r.header("ETag");
    String modified = r.header("Last-Modified");
    turnoverWith("If-None-Match", etag).then().statusCode(304).header("ETag", etag);
    // If-Modified-Since as sdmx-rest.yaml declares it (date-time)
    String since =
        java.time.ZonedDateTime.parse(
                modified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant()
            .toString();
    turnoverWith("If-Modified-Since", since).then().statusCode(304);
    // HTTP's own IMF-fixdate (RFC 9110), which the standard's document does not admit (it
    // declares date-time): so this one request is checked against the gateway's document only
    io.restassured.RestAssured.given()
        .accept(Sdmx.DATA_JSON)
        .header("If-Modified-Since", modified)
        .get(ours("*.*.S16A+S16B", ""))
        .then()
        .statusCode(304);
    turnoverWith("If-None-Match", "W/\"other\"").then().statusCode(200);
    // gzip on request; the answer is streamed (chunked, no length known in advance)
    Response gz = turnoverWith("Accept-Encoding", "gzip");
    assertThat(gz.header("Content-Encoding")).isEqualTo("gzip");
    dataMessage(gz.asString());
    Response plain = turnoverWith("Accept-Encoding", "identity");
    assertThat(plain.header("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(plain.header("Content-Length")).isNull();
  }

  @Test
  @Order(7)
  void errorsAnswerAsTheStandardSaysWithProblems() {
    assertThat(problem(turnover("foo=1"), 400).toString()).contains("foo");
    problem(sdmx().accept(Sdmx.DATA_JSON).get(TURNOVER + "M.A.B.C.D.E.F.G.H"), 400);
    problem(
        sdmx().accept(Sdmx.DATA_JSON).get("/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/DF_NONE/1.0.0/*"),
        404);
    problem(sdmx().accept("application/vnd.sdmx.data+xml;version=3.1.0").get(TURNOVER + "*"), 406);
    problem(turnover("updatedAfter=2030-01-02T00:00:00Z&asOf=2030-01-01T00:00:00Z"), 422);
    problem(turnover("sort=TIME_PERIOD"), 501);
    problem(
        sdmx().accept(Sdmx.DATA_JSON).get("/api/v1/sdmx/schema/dataflow/VN-TQ-DOIT/DF_IIP/1.0.0"),
        501);
    // nothing matches: 204, with the validators
    Response none = sdmx().accept(Sdmx.DATA_JSON).get(ours("*.*.NO_SUCH_GATE", ""));
    assertThat(none.statusCode()).isEqualTo(204);
    assertThat(none.header("ETag")).isNotBlank();
  }

  static JsonNode problem(Response r, int status) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode p = dataMessageFree(r.asString());
    assertThat(p.path("status").asInt()).isEqualTo(status);
    return p;
  }

  static JsonNode dataMessageFree(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Order(8)
  void structures() {
    String base = "/api/v1/sdmx/structure/";
    JsonNode flows = structure(base + "dataflow/VN-TQ-DOIT/*/+");
    assertThat(flows.path("data").path("dataflows").findValuesAsText("id"))
        .containsExactlyInAnyOrder(
            "DF_IIP",
            "DF_IND_OUTPUT",
            "DF_RETAIL",
            "DF_BORDER_TRADE",
            "DF_ELECTRIFICATION",
            "DF_PLAN");
    JsonNode dsd =
        structureMessage(
            sdmx()
                .accept(Sdmx.STRUCTURE_JSON)
                .header("Accept-Language", "en")
                .get(base + "datastructure/VN-TQ-DOIT/DSD_BORDER_TRADE/1.0.0?references=children")
                .asString());
    assertThat(
            dsd.path("data")
                .path("dataStructures")
                .get(0)
                .path("dataStructureComponents")
                .path("dimensionList")
                .path("dimensions")
                .findValuesAsText("id"))
        .containsExactly(
            "FREQ",
            "REF_AREA",
            "BORDER_GATE",
            "TRADE_FLOW",
            "TRADE_FORM",
            "HS_CHAPTER",
            "COUNTERPART_AREA");
    assertThat(dsd.path("data").path("codelists").findValuesAsText("id"))
        .contains("CL_AREA", "CL_BORDER_GATE", "CL_HS_CHAPTER", "CL_OBS_STATUS");
    assertThat(dsd.path("data").path("conceptSchemes").get(0).path("id").asText())
        .isEqualTo("CS_TRADEHUB");
    // the units with their validity
    JsonNode area =
        structure(base + "codelist/VN-TQ-DOIT/CL_AREA/1.0.0/08@2025-07-01,02@2025-06-30");
    JsonNode codelist = area.path("data").path("codelists").get(0);
    assertThat(codelist.path("isPartial").asBoolean()).isTrue();
    Map<String, String> annotations = new HashMap<>();
    for (JsonNode c : codelist.path("codes"))
      for (JsonNode a : c.path("annotations"))
        annotations.put(
            c.path("id").asText() + " " + a.path("type").asText(), a.path("value").asText());
    assertThat(annotations)
        .containsEntry("08@2025-07-01 VALID_FROM", "2025-07-01")
        .containsEntry("02@2025-06-30 VALID_TO", "2025-06-30");
    // the gates the events named
    JsonNode gates = structure(base + "codelist/VN-TQ-DOIT/CL_BORDER_GATE/1.0.0");
    assertThat(gates.path("data").path("codelists").get(0).path("codes").findValuesAsText("id"))
        .contains("S16A", "S16B");
    // stubs
    JsonNode stubs = structure(base + "codelist/VN-TQ-DOIT/*/~?detail=allstubs");
    assertThat(stubs.path("data").path("codelists").get(0).has("codes")).isFalse();
    // a type of the standard that holds nothing here
    problem(sdmx().accept(Sdmx.STRUCTURE_JSON).get(base + "categoryscheme/VN-TQ-DOIT/*/*"), 404);
    // a structure answer is conditional too
    Response r =
        sdmx().accept(Sdmx.STRUCTURE_JSON).get(base + "conceptscheme/VN-TQ-DOIT/CS_TRADEHUB/1.0.0");
    structureMessage(r.asString());
    sdmx()
        .accept(Sdmx.STRUCTURE_JSON)
        .header("If-None-Match", r.header("ETag"))
        .get(base + "conceptscheme/VN-TQ-DOIT/CS_TRADEHUB/1.0.0")
        .then()
        .statusCode(304);
  }

  @Test
  @Order(9)
  void availability() {
    String base = "/api/v1/sdmx/availability/dataflow/VN-TQ-DOIT/DF_BORDER_TRADE/1.0.0/";
    JsonNode exact = structure(base + "*.*.S16A+S16B/*?references=codelist&c[TIME_PERIOD]=" + Y);
    JsonNode constraint = exact.path("data").path("availabilityConstraints").get(0);
    Map<String, List<String>> region = new HashMap<>();
    for (JsonNode kv : constraint.path("cubeRegion").path("keyValues")) {
      List<String> vs = new ArrayList<>();
      kv.path("values").forEach(v -> vs.add(v.asText()));
      region.put(kv.path("id").asText(), vs);
    }
    assertThat(region.get("BORDER_GATE")).containsExactly("S16A"); // S16B's only line was cancelled
    assertThat(region.get("TRADE_FLOW")).containsExactly("EXPORT");
    assertThat(constraint.path("obsCount").asLong()).isEqualTo(1);
    assertThat(exact.path("data").path("codelists").findValuesAsText("id"))
        .contains("CL_BORDER_GATE");
    // mode=available lifts each dimension's own constraint
    JsonNode available =
        structure(base + "*.*.S16A/BORDER_GATE?mode=available&c[TIME_PERIOD]=" + Y);
    JsonNode kv =
        available
            .path("data")
            .path("availabilityConstraints")
            .get(0)
            .path("cubeRegion")
            .path("keyValues");
    assertThat(kv.findValuesAsText("id")).containsExactly("BORDER_GATE");
    assertThat(kv.get(0).path("values").toString()).contains("S16A");
  }

  @Test
  @Order(10)
  @TestSecurity(user = "admin", roles = "ADMIN")
  void thePlanAndItsTargetsWithTheirHistory() {
    String plan = "/api/v1/province/plans/08/" + Y;
    String first =
        "{\"targets\":[{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":10,\"unit\":\"million USD\"},"
            + "{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"}]}";
    String etag =
        io.restassured.RestAssured.given()
            .contentType("application/json")
            .body(first)
            .put(plan)
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    String key = "/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/DF_PLAN/1.0.0/A.08@2025-07-01";
    List<Map<String, String>> rows = csvAt(key + "?c[TIME_PERIOD]=" + Y);
    assertThat(rows)
        .extracting(
            r ->
                r.get("PLAN_INDICATOR")
                    + " "
                    + r.get("OBS_VALUE")
                    + " "
                    + r.get("UNIT_MEASURE")
                    + " "
                    + r.get("UNIT_MULT"))
        .containsExactlyInAnyOrder("BORDER_TURNOVER 10 USD 6", "IIP 6.8 PC 0");
    // the plan changes: a target revised, one removed
    String second =
        "{\"targets\":[{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":12,\"unit\":\"million USD\"}]}";
    io.restassured.RestAssured.given()
        .contentType("application/json")
        .header("If-Match", etag)
        .body(second)
        .put(plan)
        .then()
        .statusCode(200);
    List<Map<String, String>> history =
        csvAt(key + "?c[TIME_PERIOD]=" + Y + "&includeHistory=true");
    assertThat(history)
        .extracting(r -> r.get("ACTION") + " " + r.get("PLAN_INDICATOR") + " " + r.get("OBS_VALUE"))
        .containsExactly("R BORDER_TURNOVER 10", "R IIP 6.8", "R BORDER_TURNOVER 12", "D IIP ");
  }

  @Test
  @Order(11)
  @TestSecurity(user = "admin", roles = "ADMIN")
  void aRebuildOfTheReadModelKeepsTheVintages() {
    JsonNode before = turnoverData("includeHistory=true").path("data");
    int generation =
        io.restassured.RestAssured.given()
            .get("/api/v1/province/read-model/status")
            .then()
            .extract()
            .jsonPath()
            .getInt("generation");
    io.restassured.RestAssured.given()
        .post("/api/v1/province/read-model/rebuild")
        .then()
        .statusCode(202);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              io.restassured.path.json.JsonPath st =
                  io.restassured.RestAssured.given()
                      .get("/api/v1/province/read-model/status")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              assertThat(st.getInt("generation")).isEqualTo(generation + 1);
              assertThat(st.getString("state")).isEqualTo("LIVE");
              assertThat(st.getInt("lag")).isZero();
            });
    // the replayed events are recognised by their versions: the history is exactly as it was
    assertThat(turnoverData("includeHistory=true").path("data")).isEqualTo(before);
  }

  /** The rows of the SDMX-CSV data message at {@code path}. */
  static List<Map<String, String>> csvAt(String path) {
    return csv(sdmx().accept(Sdmx.DATA_CSV).get(path).asString());
  }

  /** SDMX-CSV rows by column, read with commons-csv. */
  static List<Map<String, String>> csv(String body) {
    try (org.apache.commons.csv.CSVParser p =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(body))) {
      List<Map<String, String>> out = new ArrayList<>();
      p.forEach(r -> out.add(r.toMap()));
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
