package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.tradehub.contracts.CloudEvents;
import vn.tradehub.contracts.EventSchemas;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.bordertrade.ShipmentAmended;
import vn.tradehub.contracts.bordertrade.ShipmentCancelled;
import vn.tradehub.contracts.bordertrade.ShipmentLine;
import vn.tradehub.contracts.bordertrade.ShipmentRecorded;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;

/**
 * Publishes events the way the services' outbox relays do (CloudEvents binary mode), checked
 * against their JSON Schemas first, so the tests feed the read model exactly what it gets in
 * production.
 */
public final class TestEvents implements AutoCloseable {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final KafkaProducer<String, byte[]> producer;

  public TestEvents() {
    Properties p = new Properties();
    p.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    producer = new KafkaProducer<>(p);
  }

  /** Sends {@code payload} with ce_id {@code id}; returns the id. */
  public UUID send(String topic, String key, UUID id, Instant time, Object payload) {
    try {
      String type = CloudEvents.typeOf(payload.getClass());
      var tree = MAPPER.valueToTree(payload);
      var errors = EventSchemas.validate(type, tree);
      if (!errors.isEmpty()) throw new AssertionError("test event breaks its schema: " + errors);
      ProducerRecord<String, byte[]> r =
          new ProducerRecord<>(topic, key, MAPPER.writeValueAsBytes(tree));
      header(r, CloudEvents.H_SPECVERSION, CloudEvents.SPEC_VERSION);
      header(r, CloudEvents.H_ID, id.toString());
      header(r, CloudEvents.H_TYPE, type);
      header(r, CloudEvents.H_SOURCE, "/test");
      header(r, CloudEvents.H_TIME, time.toString());
      header(r, CloudEvents.H_CONTENT_TYPE, CloudEvents.CONTENT_TYPE_JSON);
      producer.send(r).get();
      return id;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID send(String topic, String key, Object payload) {
    return send(topic, key, UUID.randomUUID(), Instant.now(), payload);
  }

  public UUID industry(IndustryIndicatorsComputed e) {
    return send(Topics.INDUSTRY_INDICATORS, e.period(), e);
  }

  public UUID commerce(CommerceIndicatorsComputed e) {
    return send(Topics.COMMERCE_INDICATORS, e.period(), e);
  }

  public UUID recorded(ShipmentLine s) {
    return send(Topics.BORDER_TRADE_SHIPMENTS, s.gateCode(), new ShipmentRecorded(s));
  }

  public UUID amended(ShipmentLine before, ShipmentLine after) {
    return send(
        Topics.BORDER_TRADE_SHIPMENTS, after.gateCode(), new ShipmentAmended(before, after));
  }

  public UUID cancelled(ShipmentLine s) {
    // as the service sends it: the line's next version, status CANCELLED
    ShipmentLine c = next(s, s.valueAmount(), s.valueUsd(), "CANCELLED", s.version() + 1);
    return send(Topics.BORDER_TRADE_SHIPMENTS, s.gateCode(), new ShipmentCancelled(c));
  }

  /** Xã Thanh Thủy: its code and its land are the same before and after the 2025 reform. */
  public static final String THANH_THUY_COMMUNE = "00928";

  public static ShipmentLine line(
      String gate, String declaration, LocalDate on, String flow, String usd) {
    return line(gate, THANH_THUY_COMMUNE, declaration, on, flow, usd);
  }

  public static ShipmentLine line(
      String gate, String unitCode, String declaration, LocalDate on, String flow, String usd) {
    return new ShipmentLine(
        UUID.randomUUID(),
        gate,
        unitCode,
        declaration,
        1,
        on,
        flow,
        "OFFICIAL",
        "080440",
        new BigDecimal("10"),
        "TNE",
        new BigDecimal(usd),
        "USD",
        new BigDecimal(usd),
        "CN",
        "ROAD",
        "RECORDED",
        0);
  }

  public static ShipmentLine withValue(ShipmentLine s, String usd, long version) {
    return next(s, new BigDecimal(usd), new BigDecimal(usd), "AMENDED", version);
  }

  /** The same line with another value, status and version. */
  private static ShipmentLine next(
      ShipmentLine s, BigDecimal amount, BigDecimal usd, String status, long version) {
    return new ShipmentLine(
        s.id(),
        s.gateCode(),
        s.unitCode(),
        s.declarationNumber(),
        s.lineNumber(),
        s.declaredOn(),
        s.flow(),
        s.tradeForm(),
        s.hsCode(),
        s.quantity(),
        s.unit(),
        amount,
        s.valueCurrency(),
        usd,
        s.partnerCountry(),
        s.transportMode(),
        status,
        version);
  }

  public static IndustryIndicatorsComputed industry(
      String period,
      String iipMonth,
      String iipYtd,
      String ytdVnd,
      String ytdPrevVnd,
      String ytdChange,
      int villages,
      int electrified,
      String status,
      Instant computedAt) {
    return new IndustryIndicatorsComputed(
        period,
        departmentProvince(period),
        2015,
        new BigDecimal(iipMonth),
        new BigDecimal(iipYtd),
        new BigDecimal("100000000000"),
        new BigDecimal("100000000000"),
        BigDecimal.ZERO,
        new BigDecimal(ytdVnd),
        new BigDecimal(ytdPrevVnd),
        new BigDecimal(ytdChange),
        villages,
        electrified,
        BigDecimal.valueOf(electrified * 100L)
            .divide(BigDecimal.valueOf(villages), 2, java.math.RoundingMode.HALF_UP),
        status,
        computedAt,
        List.of());
  }

  public static CommerceIndicatorsComputed commerce(
      String period,
      String monthVnd,
      String ytdVnd,
      String ytdPrevVnd,
      String ytdChange,
      String status,
      Instant computedAt) {
    return new CommerceIndicatorsComputed(
        departmentProvince(period),
        period,
        new BigDecimal(monthVnd),
        new BigDecimal(monthVnd),
        BigDecimal.ZERO,
        new BigDecimal(ytdVnd),
        new BigDecimal(ytdPrevVnd),
        new BigDecimal(ytdChange),
        status,
        List.of(),
        computedAt);
  }

  /**
   * A territory's month as the commerce service computes it: the month is the sum of {@code byUnit}
   * (unit code → đồng), the year-to-date figures as given.
   */
  public static CommerceIndicatorsComputed commerce(
      String territory,
      String period,
      java.util.Map<String, Long> byUnit,
      String ytdVnd,
      String ytdPrevVnd,
      Instant computedAt) {
    BigDecimal month =
        BigDecimal.valueOf(byUnit.values().stream().mapToLong(Long::longValue).sum());
    return new CommerceIndicatorsComputed(
        territory,
        period,
        month,
        null,
        null,
        new BigDecimal(ytdVnd),
        new BigDecimal(ytdPrevVnd),
        null,
        "FINAL",
        byUnit.entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(
                e ->
                    new CommerceIndicatorsComputed.UnitRetail(
                        e.getKey(), BigDecimal.valueOf(e.getValue())))
            .toList(),
        computedAt);
  }

  /** The Department's province of the month, as the services name it in their events. */
  static String departmentProvince(String period) {
    return period.compareTo("2025-07") < 0 ? "02@2025-06-30" : "08@2025-07-01";
  }

  private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
    r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    producer.close();
  }
}
