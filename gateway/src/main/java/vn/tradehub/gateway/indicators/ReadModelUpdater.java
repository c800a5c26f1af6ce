package vn.tradehub.gateway.indicators;

import static vn.tradehub.gateway.indicators.EventTypes.AMENDED;
import static vn.tradehub.gateway.indicators.EventTypes.CANCELLED;
import static vn.tradehub.gateway.indicators.EventTypes.COMMERCE;
import static vn.tradehub.gateway.indicators.EventTypes.INDUSTRY;
import static vn.tradehub.gateway.indicators.EventTypes.RECORDED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.tradehub.gateway.geography.Department;
import vn.tradehub.gateway.sdmx.VintageRecorder;
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

  private final Jdbc jdbc;
  private final ObjectMapper mapper;
  private final Department department;
  private final VintageRecorder vintages;

  public ReadModelUpdater(
      Jdbc jdbc, ObjectMapper mapper, Department department, VintageRecorder vintages) {
    this.jdbc = jdbc;
    this.mapper = mapper;
    this.department = department;
    this.vintages = vintages;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(int generation, IncomingEvent e) {
    applyAll(generation, List.of(e));
  }

  /**
   * Applies a poll's events (first deliveries, in topic order) with a few set-based statements
   * instead of seven per event: the lines they touch are read and locked at once, versions are
   * compared in memory in event order, and the new line states, the rollup deltas and the change
   * log are written one statement each.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void applyAll(int generation, List<IncomingEvent> events) {
    if (events.isEmpty()) return;
    Integer current =
        jdbc.one(
            "select generation from read_model_state where id = 1 for update", rs -> rs.getInt(1));
    if (current == null || current != generation)
      return; // a rebuild started: the new generation re-reads everything
    Lines lines = new Lines(loadLines(events));
    Map<String, Delta> deltas = new TreeMap<>(); // sorted keys: rows are locked in one order
    List<ObjectNode> changes = new ArrayList<>();
    Instant asOf = null;
    for (IncomingEvent e : events) {
      String type = e.type() == null ? "" : e.type();
      ObjectNode change = null;
      if (type.equals(INDUSTRY) || type.equals(COMMERCE))
        change = monthly(type.equals(INDUSTRY) ? "industry" : "commerce", e);
      else if (type.equals(RECORDED) || type.equals(CANCELLED))
        change = lineState(e, e.payload().get("shipment"), lines, deltas);
      else if (type.equals(AMENDED)) change = lineState(e, e.payload().get("after"), lines, deltas);
      else LOG.debugf("Ignoring %s %s on %s", type, e.id(), e.topic());
      if (e.time() != null && (asOf == null || e.time().isAfter(asOf))) asOf = e.time();
      if (change != null) {
        change.put("eventType", type);
        change.put("eventId", e.id().toString());
        if (e.time() != null) change.put("eventTime", e.time().toString());
        changes.add(change);
      }
    }
    lines.write();
    writeRollups(deltas);
    writeChanges(changes);
    // SDMX (issue 16): what this poll publishes, as vintages stamped under the state-row lock.
    vintages.record(events);
    jdbc.update(
        "update read_model_state set events_applied = events_applied + ?, as_of = greatest(as_of, ?) where id = 1",
        events.size(),
        asOf);
  }

  /** A shipment line as last applied. */
  private record Line(
      long version,
      LocalDate declaredOn,
      String gateCode,
      String unitCode,
      String flow,
      BigDecimal valueUsd,
      boolean active) {}

  /** The lines a poll touches: as stored, then as the poll leaves them. */
  private final class Lines {
    final Map<UUID, Line> state;
    final Map<UUID, Line> changed = new java.util.LinkedHashMap<>();

    Lines(Map<UUID, Line> stored) {
      this.state = stored;
    }

    void write() {
      if (changed.isEmpty()) return;
      List<Map.Entry<UUID, Line>> rows = new ArrayList<>(changed.entrySet());
      jdbc.update(
          "insert into border_line (id, version, declared_on, gate_code, unit_code, flow, value_usd, active)"
              + " select * from unnest(?::uuid[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::boolean[])"
              + " on conflict (id) do update set version = excluded.version, declared_on = excluded.declared_on,"
              + " gate_code = excluded.gate_code, unit_code = excluded.unit_code, flow = excluded.flow,"
              + " value_usd = excluded.value_usd, active = excluded.active",
          Jdbc.array("uuid", array(rows, r -> r.getKey())),
          Jdbc.array("int8", array(rows, r -> r.getValue().version())),
          Jdbc.array("text", array(rows, r -> r.getValue().declaredOn().toString())),
          Jdbc.array("text", array(rows, r -> r.getValue().gateCode())),
          Jdbc.array("text", array(rows, r -> r.getValue().unitCode())),
          Jdbc.array("text", array(rows, r -> r.getValue().flow())),
          Jdbc.array("numeric", array(rows, r -> r.getValue().valueUsd())),
          Jdbc.array("bool", array(rows, r -> r.getValue().active())));
    }
  }

  /** The stored state of every line the poll's shipment events name, locked in id order. */
  private Map<UUID, Line> loadLines(List<IncomingEvent> events) {
    java.util.SortedSet<UUID> ids = new java.util.TreeSet<>();
    for (IncomingEvent e : events) {
      JsonNode line = lineOf(e);
      if (line != null) ids.add(UUID.fromString(line.get("id").asText()));
    }
    Map<UUID, Line> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    jdbc.query(
            "select id, version, declared_on, gate_code, unit_code, flow, value_usd, active"
                + " from border_line where id = any(?) order by id for update",
            rs ->
                Map.entry(
                    rs.getObject(1, UUID.class),
                    new Line(
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8))),
            Jdbc.array("uuid", ids.toArray()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static JsonNode lineOf(IncomingEvent e) {
    String type = e.type() == null ? "" : e.type();
    if (type.equals(RECORDED) || type.equals(CANCELLED)) return e.payload().get("shipment");
    if (type.equals(AMENDED)) return e.payload().get("after");
    return null;
  }

  private static Object[] array(
      List<Map.Entry<UUID, Line>> rows,
      java.util.function.Function<Map.Entry<UUID, Line>, Object> f) {
    return rows.stream().map(f).toArray();
  }

  /**
   * Keeps the month's latest indicators; an older computedAt arriving after a newer one changes
   * nothing.
   */
  private ObjectNode monthly(String source, IncomingEvent e) {
    JsonNode p = e.payload();
    YearMonth period = YearMonth.parse(p.get("period").asText());
    // Events from before the reform's release name no territory: they were the Department's
    // province's (Hà Giang's until 2025-06-30).
    String territory =
        p.hasNonNull("territory")
            ? p.get("territory").asText()
            : department.provinceOn(period.atEndOfMonth()).ref().toString();
    Instant computedAt = Instant.parse(p.get("computedAt").asText());
    String status = p.get("status").asText();
    int n =
        jdbc.update(
            "insert into "
                + source
                + "_month (territory, year, month, payload, status, computed_at, ce_time, event_id)"
                + " values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)"
                + " on conflict (territory, year, month) do update set payload = excluded.payload, status = excluded.status,"
                + " computed_at = excluded.computed_at, ce_time = excluded.ce_time, event_id = excluded.event_id"
                + " where "
                + source
                + "_month.computed_at <= excluded.computed_at",
            territory,
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
    change.put("territory", territory);
    change.put("status", status);
    return change;
  }

  /**
   * Applies a line's new state if it is newer than the one applied: its last contribution leaves
   * the rollups and the new one (none when cancelled) enters. Events of one line may arrive twice
   * or out of order after a Kafka outage; versions make the result the same either way.
   */
  private ObjectNode lineState(
      IncomingEvent e, JsonNode line, Lines lines, Map<String, Delta> deltas) {
    UUID id = UUID.fromString(line.get("id").asText());
    long version = line.get("version").asLong();
    Line previous = lines.state.get(id);
    if (previous != null && previous.version() >= version) {
      LOG.debugf(
          "Ignoring version %s of shipment %s: version %s is applied",
          (Object) version, id, previous.version());
      return null;
    }
    Line next =
        new Line(
            version,
            LocalDate.parse(line.get("declaredOn").asText()),
            line.get("gateCode").asText(),
            line.path("unitCode").asText(""),
            line.get("flow").asText(),
            new BigDecimal(line.get("valueUsd").asText()),
            !"CANCELLED".equals(line.path("status").asText()));
    lines.state.put(id, next);
    lines.changed.put(id, next);
    String period = null;
    boolean moved = false;
    if (previous != null && previous.active()) {
      period = move(deltas, previous, -1, e.time());
      moved = true;
    }
    if (next.active()) {
      period = move(deltas, next, 1, e.time());
      moved = true;
    }
    if (!moved) return null;
    ObjectNode change = mapper.createObjectNode();
    change.put("source", "border-trade");
    change.put("kind", "shipments");
    if (period != null) change.put("period", period);
    change.put("gateCode", e.key());
    return change;
  }

  /** A rollup row's change: value, lines, and the latest event time that moved it. */
  private static final class Delta {
    BigDecimal value = BigDecimal.ZERO;
    long lines;
    Instant asOf;
  }

  /** Moves a line into (+1) or out of (−1) its monthly rollup by gate and flow; its month. */
  private static String move(Map<String, Delta> deltas, Line l, int sign, Instant time) {
    YearMonth month = YearMonth.from(l.declaredOn());
    Delta d =
        deltas.computeIfAbsent(
            month + "|" + l.gateCode() + "|" + l.flow() + "|" + l.unitCode(), k -> new Delta());
    d.value = d.value.add(l.valueUsd().multiply(BigDecimal.valueOf(sign)));
    d.lines += sign;
    if (time != null && (d.asOf == null || time.isAfter(d.asOf))) d.asOf = time;
    return month.toString();
  }

  private void writeRollups(Map<String, Delta> deltas) {
    List<Map.Entry<String, Delta>> moved =
        deltas.entrySet().stream()
            .filter(d -> d.getValue().value.signum() != 0 || d.getValue().lines != 0)
            .toList(); // amended without a change here
    if (moved.isEmpty()) return;
    List<String[]> keys = moved.stream().map(d -> d.getKey().split("\\|", 4)).toList();
    jdbc.update(
        "insert into border_rollup (year, month, gate_code, flow, unit_code, value_usd, lines, as_of)"
            + " select * from unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[], ?::timestamptz[])"
            + " on conflict (year, month, gate_code, flow, unit_code) do update set value_usd = border_rollup.value_usd + excluded.value_usd,"
            + " lines = border_rollup.lines + excluded.lines, as_of = greatest(border_rollup.as_of, excluded.as_of)",
        Jdbc.array("int4", keys.stream().map(k -> YearMonth.parse(k[0]).getYear()).toArray()),
        Jdbc.array("int4", keys.stream().map(k -> YearMonth.parse(k[0]).getMonthValue()).toArray()),
        Jdbc.array("text", keys.stream().map(k -> k[1]).toArray()),
        Jdbc.array("text", keys.stream().map(k -> k[2]).toArray()),
        Jdbc.array("text", keys.stream().map(k -> k[3]).toArray()),
        Jdbc.array("numeric", moved.stream().map(d -> d.getValue().value).toArray()),
        Jdbc.array("int8", moved.stream().map(d -> d.getValue().lines).toArray()),
        Jdbc.array(
            "text",
            moved.stream()
                .map(d -> d.getValue().asOf == null ? null : d.getValue().asOf.toString())
                .toArray()));
  }

  /** The change log, in event order (ids are assigned in the order the rows are inserted). */
  private void writeChanges(List<ObjectNode> changes) {
    if (changes.isEmpty()) return;
    jdbc.update(
        "insert into indicator_change (source, period, kind, data)"
            + " select s, p, k, d::jsonb from unnest(?::text[], ?::text[], ?::text[], ?::text[])"
            + " with ordinality as c(s, p, k, d, n) order by n",
        Jdbc.array("text", changes.stream().map(c -> c.get("source").asText()).toArray()),
        Jdbc.array("text", changes.stream().map(c -> c.path("period").asText(null)).toArray()),
        Jdbc.array("text", changes.stream().map(c -> c.get("kind").asText()).toArray()),
        Jdbc.array("text", changes.stream().map(ObjectNode::toString).toArray()));
  }
}
