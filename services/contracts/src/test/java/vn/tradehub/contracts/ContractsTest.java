package vn.tradehub.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document, the JSON Schemas and the payload records agree: every channel names a
 * known topic, every message has a schema and a record, every schema is used, and every example in
 * the document validates against its schema.
 */
class ContractsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode yaml(String resource) throws IOException {
    try (InputStream in = ContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) fail("missing resource " + resource);
      return YAML.readTree(in);
    }
  }

  @Test
  void asyncApiSchemasAndRecordsAgree() throws Exception {
    JsonNode doc = yaml("asyncapi/asyncapi.yaml");
    assertEquals("3.0.0", doc.path("asyncapi").asText());
    Set<String> typesInDocument = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (var it = doc.path("channels").fields(); it.hasNext(); ) {
      var entry = it.next();
      JsonNode channel = entry.getValue();
      if (channel.has("$ref"))
        channel = yaml("asyncapi/" + channel.get("$ref").asText().replaceFirst("^\\./", ""));
      String topic = channel.path("address").asText();
      if (!Topics.ALL.contains(topic))
        problems.add("channel " + entry.getKey() + " has unknown topic " + topic);
      for (var m = channel.path("messages").fields(); m.hasNext(); ) {
        JsonNode message = m.next().getValue();
        String type = message.path("name").asText();
        // Kafka bindings put the record key on the message (AsyncAPI 3, kafka binding 0.5.0).
        if (message.path("bindings").path("kafka").path("key").isMissingNode())
          problems.add(type + " on " + topic + " does not document its record key");
        typesInDocument.add(type);
        if (!EventSchemas.exists(type)) {
          problems.add(type + ": no schema " + EventSchemas.resourcePath(type));
          continue;
        }
        try {
          Class.forName(type.replaceFirst("^vn\\.tradehub\\.", "vn.tradehub.contracts."));
        } catch (ClassNotFoundException e) {
          problems.add(type + ": no payload record");
        }
        for (JsonNode example : message.path("examples")) {
          List<String> errors = EventSchemas.validate(type, example.path("payload"));
          if (!errors.isEmpty()) problems.add(type + ": example breaks the schema: " + errors);
        }
        if (message.path("examples").isEmpty()) problems.add(type + ": no example");
      }
    }
    for (String type : schemaTypes()) {
      if (!typesInDocument.contains(type))
        problems.add(type + ": schema is in no AsyncAPI channel");
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Issue 14: a shipment line names the commune of its gate on its declaration date, in the record,
   * in each of the three schemas (required, a 5-digit code) and in every example, so a read model
   * can sum any territory; a line without it is refused.
   */
  @Test
  void shipmentLinesCarryTheCommuneOfTheirGate() throws Exception {
    List<String> components =
        Stream.of(vn.tradehub.contracts.bordertrade.ShipmentLine.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .toList();
    assertTrue(components.contains("unitCode"), "ShipmentLine has no unitCode");
    ObjectMapper json = new ObjectMapper();
    for (String event : List.of("ShipmentRecorded", "ShipmentAmended", "ShipmentCancelled")) {
      String type = "vn.tradehub.bordertrade." + event;
      JsonNode line;
      try (InputStream in =
          ContractsTest.class
              .getClassLoader()
              .getResourceAsStream(EventSchemas.resourcePath(type))) {
        line = json.readTree(in).path("$defs").path("ShipmentLine");
      }
      List<String> properties = new ArrayList<>();
      line.path("properties").fieldNames().forEachRemaining(properties::add);
      assertEquals(components, properties, type + ": schema properties and record components");
      List<String> required = new ArrayList<>();
      line.path("required").forEach(r -> required.add(r.asText()));
      assertTrue(required.contains("unitCode"), type + ": unitCode is not required");
      assertEquals("^[0-9]{5}$", line.path("properties").path("unitCode").path("pattern").asText());
    }
    JsonNode channel = yaml("asyncapi/channels/border-trade.shipments.v1.yaml");
    for (JsonNode message : channel.path("messages")) {
      for (JsonNode example : message.path("examples")) {
        for (JsonNode l :
            List.of(
                example.path("payload").path("shipment"),
                example.path("payload").path("before"),
                example.path("payload").path("after"))) {
          if (!l.isMissingNode())
            assertEquals("00928", l.path("unitCode").asText(), message.path("name").asText());
        }
      }
    }
    JsonNode withoutUnit =
        json.readTree(
            "{\"shipment\": {\"id\": \"0b6f7a8e-3c51-4d7e-9f0a-2a4b5c6d7e8f\", \"gateCode\": \"THANH_THUY\","
                + " \"declarationNumber\": \"1\", \"lineNumber\": 1, \"declaredOn\": \"2026-03-05\","
                + " \"flow\": \"EXPORT\", \"tradeForm\": \"OFFICIAL\", \"hsCode\": \"09022090\","
                + " \"quantity\": 1, \"unit\": \"KGM\", \"valueAmount\": 1, \"valueCurrency\": \"USD\","
                + " \"valueUsd\": 1, \"partnerCountry\": \"CN\", \"transportMode\": \"ROAD\","
                + " \"status\": \"RECORDED\", \"version\": 0}}");
    assertTrue(
        !EventSchemas.validate("vn.tradehub.bordertrade.ShipmentRecorded", withoutUnit).isEmpty(),
        "a line without unitCode must break the schema");
  }

  /**
   * The commerce payload records name exactly the fields of their schemas (a renamed field, such as
   * districtCode becoming unitCode, must change both), nested records included.
   */
  @Test
  void commerceRecordsAndSchemasNameTheSameFields() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (String type :
        List.of(
            "vn.tradehub.commerce.RetailReported",
            "vn.tradehub.commerce.RetailRevised",
            "vn.tradehub.commerce.CommerceIndicatorsComputed")) {
      JsonNode schema;
      try (InputStream in =
          ContractsTest.class
              .getClassLoader()
              .getResourceAsStream(EventSchemas.resourcePath(type))) {
        schema = json.readTree(in);
      }
      Class<?> record =
          Class.forName(type.replaceFirst("^vn\\.tradehub\\.", "vn.tradehub.contracts."));
      compareFields(type, record, schema, problems);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static void compareFields(
      String where, Class<?> record, JsonNode schema, List<String> problems) {
    Set<String> inRecord = new java.util.TreeSet<>();
    for (var c : record.getRecordComponents()) {
      inRecord.add(c.getName());
      JsonNode items = schema.path("properties").path(c.getName()).path("items");
      if (c.getType() == List.class && items.has("properties")) {
        var element =
            (Class<?>)
                ((java.lang.reflect.ParameterizedType) c.getGenericType())
                    .getActualTypeArguments()[0];
        if (element.isRecord())
          compareFields(where + "." + c.getName() + "[]", element, items, problems);
      }
    }
    Set<String> inSchema = new java.util.TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
    if (!inRecord.equals(inSchema))
      problems.add(where + ": record has " + inRecord + ", schema has " + inSchema);
  }

  /** A territory's figure is the sum of its units' in every example of the document. */
  @Test
  void commerceIndicatorExamplesAddUpByUnit() throws Exception {
    JsonNode channel = yaml("asyncapi/channels/commerce.indicators.v1.yaml");
    int checked = 0;
    for (JsonNode example :
        channel.path("messages").path("CommerceIndicatorsComputed").path("examples")) {
      JsonNode p = example.path("payload");
      java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
      for (JsonNode u : p.path("byUnit")) sum = sum.add(u.path("retailMonthVnd").decimalValue());
      assertEquals(
          0,
          sum.compareTo(p.path("retailMonthVnd").decimalValue()),
          example.path("name").asText() + ": byUnit adds up to " + sum);
      checked++;
    }
    assertTrue(checked > 0);
  }

  /**
   * The industry indicators event carries what the gateway's read model needs to sum any territory:
   * the record's fields are exactly the schema's, the key is {@code <territory>|<period>}, and an
   * event built from the record (with its units) validates.
   */
  @Test
  void industryIndicatorsCarryTheirTerritoryAndUnits() throws Exception {
    String type =
        CloudEvents.typeOf(vn.tradehub.contracts.industry.IndustryIndicatorsComputed.class);
    JsonNode schema;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(EventSchemas.resourcePath(type))) {
      schema = new ObjectMapper().readTree(in);
    }
    Set<String> properties = new HashSet<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> components = new HashSet<>();
    for (var c :
        vn.tradehub.contracts.industry.IndustryIndicatorsComputed.class.getRecordComponents())
      components.add(c.getName());
    assertEquals(components, properties);
    Set<String> unitProperties = new HashSet<>();
    schema
        .path("properties")
        .path("byUnit")
        .path("items")
        .path("properties")
        .fieldNames()
        .forEachRemaining(unitProperties::add);
    Set<String> unitComponents = new HashSet<>();
    for (var c :
        vn.tradehub.contracts.industry.IndustryIndicatorsComputed.UnitFigures.class
            .getRecordComponents()) unitComponents.add(c.getName());
    assertEquals(
        Set.of("unitCode", "outputValueMonthVnd", "borderVillages", "borderVillagesElectrified"),
        unitComponents);
    assertEquals(unitComponents, unitProperties);

    JsonNode channel = yaml("asyncapi/channels/industry.indicators.v1.yaml");
    JsonNode message = channel.path("messages").path("IndustryIndicatorsComputed");
    assertTrue(
        message
            .path("bindings")
            .path("kafka")
            .path("key")
            .path("description")
            .asText()
            .startsWith("<territory>|<period>"));

    var event =
        new vn.tradehub.contracts.industry.IndustryIndicatorsComputed(
            "2026-03",
            "08@2025-07-01",
            2020,
            new java.math.BigDecimal("107.25"),
            new java.math.BigDecimal("106.80"),
            new java.math.BigDecimal("100"),
            null,
            null,
            new java.math.BigDecimal("300"),
            null,
            null,
            1,
            1,
            new java.math.BigDecimal("100.00"),
            "ESTIMATED",
            java.time.Instant.parse("2026-04-05T02:00:00Z"),
            List.of(
                new vn.tradehub.contracts.industry.IndustryIndicatorsComputed.UnitFigures(
                    "00778", java.math.BigDecimal.ZERO, 1, 1),
                new vn.tradehub.contracts.industry.IndustryIndicatorsComputed.UnitFigures(
                    "02221", new java.math.BigDecimal("100"), 0, 0)));
    ObjectMapper json =
        new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    assertEquals(List.of(), EventSchemas.validate(type, json.valueToTree(event)));
    // A payload without a territory is refused: the read model could not place it.
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(event);
    node.remove("territory");
    assertTrue(!EventSchemas.validate(type, node).isEmpty());
  }

  private static List<String> schemaTypes() throws IOException, URISyntaxException {
    URL dir = ContractsTest.class.getClassLoader().getResource("schemas");
    if (dir == null) return List.of();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .toList();
    }
  }
}
