package vn.tradehub.gateway.sdmx;

import static vn.tradehub.gateway.indicators.EventTypes.AMENDED;
import static vn.tradehub.gateway.indicators.EventTypes.CANCELLED;
import static vn.tradehub.gateway.indicators.EventTypes.COMMERCE;
import static vn.tradehub.gateway.indicators.EventTypes.INDUSTRY;
import static vn.tradehub.gateway.indicators.EventTypes.RECORDED;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.tradehub.gateway.geography.Department;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.events.IncomingEvent;

/**
 * Records the SDMX vintages that a poll of events publishes, in the read model's transaction, after
 * its lock of {@code read_model_state} (so every vintage of a poll has one instant, taken after
 * every earlier poll committed). Payloads are read as JSON, like the read model reads them: fields
 * the services add do not break it.
 *
 * <ul>
 *   <li>An indicators event replaces everything its territory's month published (its {@code
 *       scope}): changed figures open a vintage, vanished ones a deletion. An older or equal {@code
 *       computedAt} than the last one recorded publishes nothing, so a late delivery or a rebuild's
 *       replay leaves the history as it is.
 *   <li>A shipment line's newer version moves its value out of its old cell and into its new one; a
 *       cancellation only takes it out; a cell left without lines is deleted. Older or equal
 *       versions change nothing.
 * </ul>
 */
@ApplicationScoped
public class VintageRecorder {
  private static final Logger LOG = Logger.getLogger(VintageRecorder.class);

  static final String LINES_SCOPE = "border-trade";

  private final Jdbc jdbc;
  private final Geography geography;
  private final Department department;

  public VintageRecorder(Jdbc jdbc, Geography geography, Department department) {
    this.jdbc = jdbc;
    this.geography = geography;
    this.department = department;
  }

  /** One observation's state to record; a null value deletes it. */
  record Obs(
      String flow,
      String seriesKey,
      String period,
      BigDecimal value,
      String status,
      String unit,
      int mult,
      String scope,
      long n) {
    String key() {
      return flow + "|" + seriesKey + "|" + period;
    }
  }

  /** An open vintage as stored. */
  record Open(
      long id,
      String flow,
      String seriesKey,
      String period,
      BigDecimal value,
      String status,
      String unit,
      Integer mult,
      long n,
      boolean deleted,
      String scope) {
    String key() {
      return flow + "|" + seriesKey + "|" + period;
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(List<IncomingEvent> events) {
    Map<String, IncomingEvent> months = new LinkedHashMap<>();
    List<IncomingEvent> lines = new ArrayList<>();
    for (IncomingEvent e : events) {
      String type = e.type() == null ? "" : e.type();
      if (type.equals(INDUSTRY) || type.equals(COMMERCE)) latest(months, e);
      else if (type.equals(RECORDED) || type.equals(AMENDED) || type.equals(CANCELLED))
        lines.add(e);
    }
    if (months.isEmpty() && lines.isEmpty()) return;
    Instant at =
        jdbc.one("select clock_timestamp()", rs -> rs.getObject(1, OffsetDateTime.class))
            .toInstant();
    List<Obs> changes = new ArrayList<>();
    Set<String> scopes = new LinkedHashSet<>();
    for (IncomingEvent e : newerMonths(months)) {
      String scope = scope(e);
      scopes.add(scope);
      changes.addAll(observations(e, scope));
    }
    Map<String, Open> open = loadOpen(changes, scopes);
    // What a month's scope published before and no longer does is deleted.
    Set<String> published = new java.util.HashSet<>();
    changes.forEach(c -> published.add(c.key()));
    for (Open o : open.values())
      if (scopes.contains(scopeOf(o)) && !o.deleted() && !published.contains(o.key()))
        changes.add(
            new Obs(o.flow(), o.seriesKey(), o.period(), null, null, null, 0, scopeOf(o), 0));
    changes.addAll(cells(lines, open));
    write(changes, open, at);
  }

  // ---- indicators events --------------------------------------------------------------------

  private static String source(IncomingEvent e) {
    return INDUSTRY.equals(e.type()) ? "industry" : "commerce";
  }

  /**
   * The event's territory; events that name none are the Department's province's of their month (Hà
   * Giang's until 2025-06), as the read model reads them.
   */
  private String territory(JsonNode p) {
    return p.hasNonNull("territory")
        ? p.get("territory").asText()
        : department
            .provinceOn(YearMonth.parse(p.get("period").asText()).atEndOfMonth())
            .ref()
            .toString();
  }

  private String scope(IncomingEvent e) {
    JsonNode p = e.payload();
    return source(e) + "|" + territory(p) + "|" + p.get("period").asText();
  }

  /** Of several events of one month in a poll, the latest computation (the last one on a tie). */
  private void latest(Map<String, IncomingEvent> months, IncomingEvent e) {
    String scope = scope(e);
    IncomingEvent kept = months.get(scope);
    if (kept == null || !computedAt(kept).isAfter(computedAt(e))) {
      months.remove(scope);
      months.put(scope, e);
    }
  }

  private static Instant computedAt(IncomingEvent e) {
    return Instant.parse(e.payload().get("computedAt").asText());
  }

  /** The months whose computation is newer than the one last recorded; they become the last. */
  private List<IncomingEvent> newerMonths(Map<String, IncomingEvent> months) {
    if (months.isEmpty()) return List.of();
    List<String[]> keys = new ArrayList<>();
    for (IncomingEvent e : months.values()) {
      JsonNode p = e.payload();
      keys.add(new String[] {source(e), territory(p), p.get("period").asText()});
    }
    Map<String, Instant> stored = new HashMap<>();
    jdbc.query(
            "select m.source || '|' || m.territory || '|' || m.period, m.computed_at from sdmx_month m"
                + " join unnest(?::text[], ?::text[], ?::text[]) k(s, t, p)"
                + " on m.source = k.s and m.territory = k.t and m.period = k.p for update of m",
            rs -> Map.entry(rs.getString(1), Jdbc.instant(rs, "computed_at")),
            Jdbc.array("text", keys.stream().map(k -> k[0]).toArray()),
            Jdbc.array("text", keys.stream().map(k -> k[1]).toArray()),
            Jdbc.array("text", keys.stream().map(k -> k[2]).toArray()))
        .forEach(x -> stored.put(x.getKey(), x.getValue()));
    List<IncomingEvent> out = new ArrayList<>();
    for (Map.Entry<String, IncomingEvent> m : months.entrySet()) {
      Instant before = stored.get(m.getKey());
      if (before != null && !computedAt(m.getValue()).isAfter(before)) {
        LOG.debugf(
            "SDMX: %s computed at %s is not newer than %s",
            m.getKey(), computedAt(m.getValue()), before);
        continue;
      }
      out.add(m.getValue());
    }
    if (out.isEmpty()) return out;
    jdbc.update(
        "insert into sdmx_month (source, territory, period, computed_at)"
            + " select * from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[])"
            + " on conflict (source, territory, period) do update set computed_at = excluded.computed_at",
        Jdbc.array("text", out.stream().map(VintageRecorder::source).toArray()),
        Jdbc.array("text", out.stream().map(e -> territory(e.payload())).toArray()),
        Jdbc.array("text", out.stream().map(e -> e.payload().get("period").asText()).toArray()),
        Jdbc.array("text", out.stream().map(e -> computedAt(e).toString()).toArray()));
    return out;
  }

  /** Everything an indicators event publishes: its territory's figures and its units'. */
  private List<Obs> observations(IncomingEvent e, String scope) {
    JsonNode p = e.payload();
    String period = p.get("period").asText();
    String area = territory(p);
    Observations m =
        new Observations(new ArrayList<>(), period, status(p.path("status").asText(null)), scope);
    List<Map.Entry<String, JsonNode>> units =
        isProvinceOf(area, YearMonth.parse(period)) ? units(p, period) : List.of();
    if (INDUSTRY.equals(e.type())) {
      String iip = SdmxStructures.DF_IIP;
      m.add(iip, key("M", area, "_T", "PY", "M"), p.get("iipMonth"), "IX");
      m.add(iip, key("M", area, "_T", "PY", "YTD"), p.get("iipYtd"), "IX");
      String output = SdmxStructures.DF_IND_OUTPUT;
      m.add(output, key("M", area, "V", "M"), p.get("outputValueMonthVnd"), "VND");
      m.add(output, key("M", area, "V", "YTD"), p.get("outputValueYtdVnd"), "VND");
      m.villages(
          area,
          p.get("borderVillages"),
          p.get("borderVillagesElectrified"),
          decimal(p.get("electrificationSharePct")));
      for (Map.Entry<String, JsonNode> unit : units) {
        JsonNode u = unit.getValue();
        m.add(output, key("M", unit.getKey(), "V", "M"), u.get("outputValueMonthVnd"), "VND");
        BigDecimal v = decimal(u.get("borderVillages"));
        if (v != null && v.signum() > 0) {
          BigDecimal el = decimal(u.get("borderVillagesElectrified"));
          BigDecimal share =
              el == null
                  ? null
                  : el.multiply(BigDecimal.valueOf(100)).divide(v, 2, RoundingMode.HALF_UP);
          m.villages(
              unit.getKey(), u.get("borderVillages"), u.get("borderVillagesElectrified"), share);
        }
      }
    } else {
      String retail = SdmxStructures.DF_RETAIL;
      m.add(retail, key("M", area, "_T", "M"), p.get("retailMonthVnd"), "VND");
      m.add(retail, key("M", area, "_T", "YTD"), p.get("retailYtdVnd"), "VND");
      for (Map.Entry<String, JsonNode> unit : units)
        m.add(
            retail,
            key("M", unit.getKey(), "_T", "M"),
            unit.getValue().get("retailMonthVnd"),
            "VND");
    }
    return m.out();
  }

  /** The event's units that are known on its period, each with its figures, in its order. */
  private List<Map.Entry<String, JsonNode>> units(JsonNode p, String period) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    for (JsonNode u : p.path("byUnit")) {
      String unit = unitRef(u.path("unitCode").asText(""), period);
      if (unit != null) out.add(Map.entry(unit, u));
    }
    return out;
  }

  /** The observations of one event: each has the event's period, status and scope. */
  private record Observations(List<Obs> out, String period, String status, String scope) {
    void add(String flow, String seriesKey, JsonNode value, String unit) {
      BigDecimal v = decimal(value);
      if (v != null) out.add(new Obs(flow, seriesKey, period, v, status, unit, 0, scope, 1));
    }

    void villages(String area, JsonNode villages, JsonNode electrified, BigDecimal share) {
      String flow = SdmxStructures.DF_ELECTRIFICATION;
      add(flow, key("M", area, "BORDER_VILLAGES"), villages, "NUM");
      add(flow, key("M", area, "ELECTRIFIED"), electrified, "NUM");
      if (share != null)
        out.add(
            new Obs(
                flow,
                key("M", area, "ELECTRIFIED_SHARE"),
                period,
                share,
                status,
                "PC",
                0,
                scope,
                1));
    }
  }

  private static BigDecimal decimal(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : new BigDecimal(v.asText());
  }

  /** ESTIMATED, PRELIMINARY, FINAL as the SDMX observation status codes E, P, A. */
  static String status(String figureStatus) {
    if (figureStatus == null) return null;
    return switch (figureStatus) {
      case "ESTIMATED" -> "E";
      case "PRELIMINARY" -> "P";
      case "FINAL" -> "A";
      default -> null;
    };
  }

  /**
   * A series key: dimension values joined by '.' (a '.' inside a value would split it: none has).
   */
  static String key(String... values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      if (b.length() > 0) b.append('.');
      b.append(v == null || v.isBlank() ? "_Z" : v.replace('.', '_'));
    }
    return b.toString();
  }

  /**
   * Whether a month's event is the one of a province of that month: only those carry their units'
   * figures here (the former Hà Giang's events from 2025-07 name communes the merged province's
   * events name too, and an observation has one publisher).
   */
  private boolean isProvinceOf(String territory, YearMonth month) {
    try {
      AdminUnit u = geography.resolve(Territory.parse(territory), month.atEndOfMonth());
      return u.validOn(month.atEndOfMonth()) && u.parentCode() == null;
    } catch (RuntimeException e) {
      LOG.warnf("SDMX: territory %s of %s is not a unit: %s", territory, month, e.getMessage());
      return false;
    }
  }

  private String unitRef(String code, String period) {
    if (code.isEmpty()) return null;
    Optional<AdminUnit> u = geography.unit(code, YearMonth.parse(period).atEndOfMonth());
    if (u.isEmpty())
      LOG.warnf("SDMX: unit %s of %s is unknown; its figures are not published", code, period);
    return u.map(x -> x.ref().toString()).orElse(null);
  }

  private static String scopeOf(Open o) {
    return o.scope();
  }

  // ---- shipment lines -----------------------------------------------------------------------

  /** A line as last applied: its version and the cell it counts in (when active). */
  private record Line(
      long version, String seriesKey, String period, BigDecimal value, boolean active) {}

  private static JsonNode lineOf(IncomingEvent e) {
    return AMENDED.equals(e.type()) ? e.payload().get("after") : e.payload().get("shipment");
  }

  /** The cells the poll's line events change, with their new value and line count. */
  private List<Obs> cells(List<IncomingEvent> events, Map<String, Open> open) {
    if (events.isEmpty()) return List.of();
    java.util.SortedSet<UUID> ids = new java.util.TreeSet<>();
    for (IncomingEvent e : events) ids.add(UUID.fromString(lineOf(e).get("id").asText()));
    Map<UUID, Line> state = new HashMap<>();
    jdbc.query(
            "select id, version, series_key, time_period, value_usd, active from sdmx_line"
                + " where id = any(?) order by id for update",
            rs ->
                Map.entry(
                    rs.getObject(1, UUID.class),
                    new Line(
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBoolean(6))),
            Jdbc.array("uuid", ids.toArray()))
        .forEach(x -> state.put(x.getKey(), x.getValue()));
    Map<UUID, Line> changed = new LinkedHashMap<>();
    Map<String, BigDecimal> value = new TreeMap<>();
    Map<String, Long> count = new TreeMap<>();
    Set<String> gates = new java.util.TreeSet<>();
    for (IncomingEvent e : events) {
      JsonNode l = lineOf(e);
      UUID id = UUID.fromString(l.get("id").asText());
      long version = l.get("version").asLong();
      Line before = state.get(id);
      if (before != null && before.version() >= version) continue;
      LocalDate on = LocalDate.parse(l.get("declaredOn").asText());
      String gate = l.get("gateCode").asText();
      Line after =
          new Line(
              version,
              key(
                  "M",
                  area(l.path("unitCode").asText(""), on),
                  gate,
                  l.get("flow").asText(),
                  l.path("tradeForm").asText(null),
                  hsChapter(l.path("hsCode").asText("")),
                  l.path("partnerCountry").asText(null)),
              YearMonth.from(on).toString(),
              new BigDecimal(l.get("valueUsd").asText()),
              !"CANCELLED".equals(l.path("status").asText()));
      if (before != null && before.active()) move(value, count, before, -1);
      if (after.active()) {
        move(value, count, after, 1);
        gates.add(gate);
      }
      state.put(id, after);
      changed.put(id, after);
    }
    writeLines(changed);
    if (!gates.isEmpty())
      jdbc.update(
          "insert into sdmx_code (codelist, code) select ?, unnest(?::text[]) on conflict do nothing",
          SdmxStructures.CL_BORDER_GATE,
          Jdbc.array("text", gates.toArray()));
    List<Obs> cells = new ArrayList<>();
    for (String cell : value.keySet()) {
      String[] k = cell.split("\\|", 2);
      cells.add(
          new Obs(SdmxStructures.DF_BORDER_TRADE, k[0], k[1], null, "A", "USD", 0, LINES_SCOPE, 0));
    }
    Map<String, Open> stored = loadOpen(cells, Set.of());
    open.putAll(stored);
    List<Obs> out = new ArrayList<>();
    for (Obs c : cells) {
      String cell = c.seriesKey() + "|" + c.period();
      Open o = stored.get(c.key());
      boolean had = o != null && !o.deleted();
      BigDecimal v = (had ? o.value() : BigDecimal.ZERO).add(value.get(cell));
      long n = (had ? o.n() : 0) + count.get(cell);
      out.add(
          n <= 0
              ? new Obs(c.flow(), c.seriesKey(), c.period(), null, null, null, 0, LINES_SCOPE, 0)
              : new Obs(c.flow(), c.seriesKey(), c.period(), v, "A", "USD", 0, LINES_SCOPE, n));
    }
    return out;
  }

  private static void move(
      Map<String, BigDecimal> value, Map<String, Long> count, Line l, int sign) {
    String cell = l.seriesKey() + "|" + l.period();
    value.merge(cell, l.value().multiply(BigDecimal.valueOf(sign)), BigDecimal::add);
    count.merge(cell, (long) sign, Long::sum);
  }

  /**
   * The province-level territory of the line: its gate's commune's province on the day, or the
   * Department's.
   */
  private String area(String unitCode, LocalDate on) {
    Optional<AdminUnit> u = unitCode.isEmpty() ? Optional.empty() : geography.unit(unitCode, on);
    while (u.isPresent() && u.get().parentCode() != null)
      u = geography.unit(u.get().parentCode(), on);
    return u.orElseGet(() -> department.provinceOn(on)).ref().toString();
  }

  static String hsChapter(String hsCode) {
    return hsCode.length() >= 2 ? hsCode.substring(0, 2) : "_Z";
  }

  private void writeLines(Map<UUID, Line> changed) {
    if (changed.isEmpty()) return;
    List<Map.Entry<UUID, Line>> rows = new ArrayList<>(changed.entrySet());
    jdbc.update(
        "insert into sdmx_line (id, version, series_key, time_period, value_usd, active)"
            + " select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::numeric[], ?::boolean[])"
            + " on conflict (id) do update set version = excluded.version, series_key = excluded.series_key,"
            + " time_period = excluded.time_period, value_usd = excluded.value_usd, active = excluded.active",
        Jdbc.array("uuid", rows.stream().map(Map.Entry::getKey).toArray()),
        Jdbc.array("int8", rows.stream().map(r -> r.getValue().version()).toArray()),
        Jdbc.array("text", rows.stream().map(r -> r.getValue().seriesKey()).toArray()),
        Jdbc.array("text", rows.stream().map(r -> r.getValue().period()).toArray()),
        Jdbc.array("numeric", rows.stream().map(r -> r.getValue().value()).toArray()),
        Jdbc.array("bool", rows.stream().map(r -> r.getValue().active()).toArray()));
  }

  // ---- vintages -----------------------------------------------------------------------------

  /** The open vintages of the given observations and of every observation of the given scopes. */
  private Map<String, Open> loadOpen(Collection<Obs> observations, Set<String> scopes) {
    Map<String, Open> out = new HashMap<>();
    if (observations.isEmpty() && scopes.isEmpty()) return out;
    jdbc.query(
            "select id, flow, series_key, time_period, value, obs_status, unit_measure, unit_mult, n, deleted, scope"
                + " from sdmx_observation o where valid_to is null and ("
                + " (flow, series_key, time_period) in (select * from unnest(?::text[], ?::text[], ?::text[]))"
                + " or scope = any(?))"
                + " order by id for update",
            rs ->
                new Open(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBigDecimal(5),
                    rs.getString(6),
                    rs.getString(7),
                    (Integer) rs.getObject(8, Integer.class),
                    rs.getLong(9),
                    rs.getBoolean(10),
                    rs.getString(11)),
            Jdbc.array("text", observations.stream().map(Obs::flow).toArray()),
            Jdbc.array("text", observations.stream().map(Obs::seriesKey).toArray()),
            Jdbc.array("text", observations.stream().map(Obs::period).toArray()),
            Jdbc.array("text", scopes.toArray()))
        .forEach(o -> out.put(o.key(), o));
    return out;
  }

  /**
   * Closes the open vintage of every observation whose value, status or unit changes (or that is
   * deleted) and opens its next one at {@code at}; an unchanged observation keeps its vintage.
   */
  private void write(List<Obs> changes, Map<String, Open> open, Instant at) {
    List<Long> close = new ArrayList<>();
    List<Obs> insert = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    Map<String, Obs> last = new LinkedHashMap<>();
    changes.forEach(c -> last.put(c.key(), c)); // the poll's final state of each observation
    for (Obs c : last.values()) {
      Open o = open.get(c.key());
      if (c.value() == null) {
        if (o == null || o.deleted()) continue;
      } else if (o != null && !o.deleted() && same(o, c)) {
        if (o.n() != c.n()) counts.add(new long[] {o.id(), c.n()});
        continue;
      }
      if (o != null) close.add(o.id());
      insert.add(c);
    }
    if (!close.isEmpty())
      jdbc.update(
          "update sdmx_observation set valid_to = ? where id = any(?)",
          at,
          Jdbc.array("int8", close.toArray()));
    if (!counts.isEmpty())
      jdbc.update(
          "update sdmx_observation o set n = x.n from unnest(?::bigint[], ?::bigint[]) x(id, n) where o.id = x.id",
          Jdbc.array("int8", counts.stream().map(c -> c[0]).toArray()),
          Jdbc.array("int8", counts.stream().map(c -> c[1]).toArray()));
    if (insert.isEmpty()) return;
    List<TimePeriods.Range> ranges = insert.stream().map(c -> TimePeriods.of(c.period())).toList();
    jdbc.update(
        "insert into sdmx_observation (flow, series_key, dims, time_period, period_start, period_end, value,"
            + " obs_status, unit_measure, unit_mult, scope, n, deleted, valid_from)"
            + " select f, k, string_to_array(k, '.'), t, ps::date, pe::date, v, s, u, m::smallint, sc, n, v is null, ?"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::text[],"
            + " ?::int[], ?::text[], ?::bigint[]) as x(f, k, t, ps, pe, v, s, u, m, sc, n)",
        at,
        Jdbc.array("text", insert.stream().map(Obs::flow).toArray()),
        Jdbc.array("text", insert.stream().map(Obs::seriesKey).toArray()),
        Jdbc.array("text", insert.stream().map(Obs::period).toArray()),
        Jdbc.array("text", ranges.stream().map(r -> r.start().toString()).toArray()),
        Jdbc.array("text", ranges.stream().map(r -> r.end().toString()).toArray()),
        Jdbc.array("numeric", insert.stream().map(Obs::value).toArray()),
        Jdbc.array("text", insert.stream().map(Obs::status).toArray()),
        Jdbc.array("text", insert.stream().map(Obs::unit).toArray()),
        Jdbc.array("int4", insert.stream().map(c -> c.value() == null ? null : c.mult()).toArray()),
        Jdbc.array("text", insert.stream().map(Obs::scope).toArray()),
        Jdbc.array("int8", insert.stream().map(Obs::n).toArray()));
  }

  private static boolean same(Open o, Obs c) {
    return o.value() != null
        && o.value().compareTo(c.value()) == 0
        && java.util.Objects.equals(o.status(), c.status())
        && java.util.Objects.equals(o.unit(), c.unit())
        && o.mult() != null
        && o.mult() == c.mult();
  }
}
