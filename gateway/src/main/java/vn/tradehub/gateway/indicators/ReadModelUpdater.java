package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.tradehub.contracts.CloudEvents;
import vn.tradehub.contracts.bordertrade.ShipmentAmended;
import vn.tradehub.contracts.bordertrade.ShipmentCancelled;
import vn.tradehub.contracts.bordertrade.ShipmentRecorded;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.events.IncomingEvent;

/**
 * Applies one event to the read model, inside the consumer's transaction (the same one that records
 * its {@code ce_id}). Every application first locks the {@code read_model_state} row: that
 * serialises appliers across replicas (so {@code indicator_change} ids become visible in order,
 * which the SSE replay relies on) and lets an applier of an old generation (before a rebuild) do
 * nothing.
 */
@ApplicationScoped
public class ReadModelUpdater {
  private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);
  static final String INDUSTRY = CloudEvents.typeOf(IndustryIndicatorsComputed.class);
  static final String COMMERCE = CloudEvents.typeOf(CommerceIndicatorsComputed.class);
  static final String RECORDED = CloudEvents.typeOf(ShipmentRecorded.class);
  static final String AMENDED = CloudEvents.typeOf(ShipmentAmended.class);
  static final String CANCELLED = CloudEvents.typeOf(ShipmentCancelled.class);

  private final Jdbc jdbc;
  private final ObjectMapper mapper;

  public ReadModelUpdater(Jdbc jdbc, ObjectMapper mapper) {
    this.jdbc = jdbc;
    this.mapper = mapper;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(int generation, IncomingEvent e) {
    Integer current =
        jdbc.one(
            "select generation from read_model_state where id = 1 for update", rs -> rs.getInt(1));
    if (current == null || current != generation)
      return; // a rebuild started: the new generation re-reads everything
    String type = e.type() == null ? "" : e.type();
    ObjectNode change = null;
    if (type.equals(INDUSTRY) || type.equals(COMMERCE))
      change = monthly(type.equals(INDUSTRY) ? "industry" : "commerce", e);
    else if (type.equals(RECORDED) || type.equals(CANCELLED))
      change = lineState(e, e.payload().get("shipment"));
    else if (type.equals(AMENDED)) change = lineState(e, e.payload().get("after"));
    else LOG.debugf("Ignoring %s %s on %s", type, e.id(), e.topic());
    jdbc.update(
        "update read_model_state set events_applied = events_applied + 1, as_of = greatest(as_of, ?) where id = 1",
        e.time());
    if (change != null) {
      change.put("eventType", type);
      change.put("eventId", e.id().toString());
      if (e.time() != null) change.put("eventTime", e.time().toString());
      jdbc.update(
          "insert into indicator_change (source, period, kind, data) values (?, ?, ?, cast(? as jsonb))",
          change.get("source").asText(),
          change.path("period").asText(null),
          change.get("kind").asText(),
          change.toString());
    }
  }

  /**
   * Keeps the month's latest indicators; an older computedAt arriving after a newer one changes
   * nothing.
   */
  private ObjectNode monthly(String source, IncomingEvent e) {
    JsonNode p = e.payload();
    YearMonth period = YearMonth.parse(p.get("period").asText());
    Instant computedAt = Instant.parse(p.get("computedAt").asText());
    String status = p.get("status").asText();
    int n =
        jdbc.update(
            "insert into "
                + source
                + "_month (year, month, payload, status, computed_at, ce_time, event_id)"
                + " values (?, ?, cast(? as jsonb), ?, ?, ?, ?)"
                + " on conflict (year, month) do update set payload = excluded.payload, status = excluded.status,"
                + " computed_at = excluded.computed_at, ce_time = excluded.ce_time, event_id = excluded.event_id"
                + " where "
                + source
                + "_month.computed_at <= excluded.computed_at",
            period.getYear(),
            period.getMonthValue(),
            p.toString(),
            status,
            computedAt,
            e.time(),
            e.id());
    if (n == 0) {
      LOG.debugf(
          "Ignoring %s indicators of %s computed at %s: a newer computation is applied",
          source, period, computedAt);
      return null;
    }
    ObjectNode change = mapper.createObjectNode();
    change.put("source", source);
    change.put("kind", "indicators");
    change.put("period", period.toString());
    change.put("status", status);
    return change;
  }

  /**
   * Applies a line's new state if it is newer than the one applied: its last contribution leaves
   * the rollups and the new one (none when cancelled) enters. Events of one line may arrive twice
   * or out of order after a Kafka outage; versions make the result the same either way.
   */
  private ObjectNode lineState(IncomingEvent e, JsonNode line) {
    java.util.UUID id = java.util.UUID.fromString(line.get("id").asText());
    long version = line.get("version").asLong();
    ObjectNode previous =
        jdbc.one(
            "select version, declared_on, gate_code, flow, value_usd, active from border_line where id = ? for update",
            rs -> {
              ObjectNode o = mapper.createObjectNode();
              o.put("version", rs.getLong(1));
              o.put("declaredOn", rs.getObject(2, LocalDate.class).toString());
              o.put("gateCode", rs.getString(3));
              o.put("flow", rs.getString(4));
              o.put("valueUsd", rs.getBigDecimal(5).toPlainString());
              o.put("active", rs.getBoolean(6));
              return o;
            },
            id);
    if (previous != null && previous.get("version").asLong() >= version) {
      LOG.debugf(
          "Ignoring version %s of shipment %s: version %s is applied",
          (Object) version, id, previous.get("version").asLong());
      return null;
    }
    boolean active = !"CANCELLED".equals(line.path("status").asText());
    List<Map.Entry<JsonNode, Integer>> moves = new java.util.ArrayList<>();
    if (previous != null && previous.get("active").asBoolean()) moves.add(Map.entry(previous, -1));
    if (active) moves.add(Map.entry(line, 1));
    jdbc.update(
        "insert into border_line (id, version, declared_on, gate_code, flow, value_usd, active) values (?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set version = excluded.version, declared_on = excluded.declared_on,"
            + " gate_code = excluded.gate_code, flow = excluded.flow, value_usd = excluded.value_usd, active = excluded.active",
        id,
        version,
        LocalDate.parse(line.get("declaredOn").asText()),
        line.get("gateCode").asText(),
        line.get("flow").asText(),
        new BigDecimal(line.get("valueUsd").asText()),
        active);
    return moves.isEmpty() ? null : shipments(e, moves);
  }

  /** Moves shipment lines into (+1) or out of (−1) the monthly rollups by gate and flow. */
  private ObjectNode shipments(IncomingEvent e, List<Map.Entry<JsonNode, Integer>> lines) {
    Map<String, BigDecimal[]> deltas = new TreeMap<>(); // sorted keys: rows are locked in one order
    String period = null;
    for (var entry : lines) {
      JsonNode s = entry.getKey();
      if (s == null || s.isNull()) continue;
      YearMonth month = YearMonth.from(LocalDate.parse(s.get("declaredOn").asText()));
      String key = month + "|" + s.get("gateCode").asText() + "|" + s.get("flow").asText();
      BigDecimal sign = BigDecimal.valueOf(entry.getValue());
      BigDecimal[] d =
          deltas.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      d[0] = d[0].add(new BigDecimal(s.get("valueUsd").asText()).multiply(sign));
      d[1] = d[1].add(sign);
      if (entry.getValue() > 0 || period == null) period = month.toString();
    }
    for (var d : deltas.entrySet()) {
      if (d.getValue()[0].signum() == 0 && d.getValue()[1].signum() == 0)
        continue; // amended without a change here
      String[] k = d.getKey().split("\\|", 3);
      YearMonth month = YearMonth.parse(k[0]);
      jdbc.update(
          "insert into border_rollup (year, month, gate_code, flow, value_usd, lines, as_of) values (?, ?, ?, ?, ?, ?, ?)"
              + " on conflict (year, month, gate_code, flow) do update set value_usd = border_rollup.value_usd + excluded.value_usd,"
              + " lines = border_rollup.lines + excluded.lines, as_of = greatest(border_rollup.as_of, excluded.as_of)",
          month.getYear(),
          month.getMonthValue(),
          k[1],
          k[2],
          d.getValue()[0],
          d.getValue()[1].longValue(),
          e.time());
    }
    ObjectNode change = mapper.createObjectNode();
    change.put("source", "border-trade");
    change.put("kind", "shipments");
    if (period != null) change.put("period", period);
    change.put("gateCode", e.key());
    return change;
  }
}
