package vn.tradehub.gateway.sdmx;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tradehub.platform.context.Jdbc;

/**
 * The vintages table, queried the way the SDMX parameters ask, in SQL: keys, {@code c} filters
 * (time as ranges), the instant the answer is as of, first/last N per series, and the order the
 * message is written in, so that rows are streamed from a server-side cursor and never held.
 *
 * <p><b>Horizon.</b> Every answer is the data as of an instant {@code H} taken under a share lock
 * of {@code read_model_state}: appliers (and plan writes) hold that row's lock while they stamp and
 * commit vintages, so every vintage stamped at or before {@code H} is committed when it is read,
 * and every later one is stamped after {@code H}. An answer is therefore complete up to {@code H},
 * whatever commits while it is streamed, and {@code updatedAfter=H} next time misses nothing.
 */
@ApplicationScoped
public class ObservationStore {
  private static final int FETCH = 1000;

  private final AgroalDataSource ds;
  private final Jdbc jdbc;

  public ObservationStore(AgroalDataSource ds, Jdbc jdbc) {
    this.ds = ds;
    this.jdbc = jdbc;
  }

  /** One vintage as the answer writes it. */
  public record Row(
      String flow,
      String seriesKey,
      String[] dims,
      String period,
      BigDecimal value,
      String status,
      String unit,
      Integer mult,
      boolean deleted,
      Instant validFrom,
      Instant validTo) {}

  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws java.io.IOException;
  }

  /** The instant answers are as of: every vintage stamped up to it is committed (see above). */
  public Instant horizon() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                jdbc.one(
                        "select clock_timestamp() from read_model_state where id = 1 for share",
                        rs -> rs.getObject(1, OffsetDateTime.class))
                    .toInstant());
  }

  /** The latest change of any of the flows at or before {@code at}; null when none. */
  public Instant lastChange(List<String> flows, Instant at) {
    return jdbc.one(
        "select max(valid_from) as t from sdmx_observation where flow = any(?) and valid_from <= ?",
        rs -> Jdbc.instant(rs, "t"),
        Jdbc.array("text", flows.toArray()),
        at);
  }

  /** Whether the query has any row for the flow. */
  public boolean any(DataQuery.Selected s, DataQuery q, Instant at) {
    Sql sql = new Sql();
    sql.append("select exists (select 1 from sdmx_observation o where ");
    where(sql, s, q, at, -1);
    sql.append(")");
    return Boolean.TRUE.equals(jdbc.one(sql.text(), rs -> rs.getBoolean(1), sql.params()));
  }

  /** The number of rows the query streams for the flow (for an offset beyond the end). */
  public long count(DataQuery.Selected s, DataQuery q, Instant at) {
    Sql sql = select(s, q, at, false);
    return jdbc.one(
        "select count(*) from (" + sql.text() + ") x", rs -> rs.getLong(1), sql.params());
  }

  /** Streams the flow's rows in the message's order: data set, series, then observation. */
  public void stream(DataQuery.Selected s, DataQuery q, Instant at, RowSink sink)
      throws java.io.IOException {
    Sql sql = select(s, q, at, true);
    try (Connection c = ds.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false); // the driver's cursor needs a transaction
      try (PreparedStatement ps = prepare(c, sql)) {
        ps.setFetchSize(FETCH);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) sink.accept(row(rs));
        }
        c.commit();
      } catch (SQLException | java.io.IOException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SDMX query failed: " + e.getMessage(), e);
    }
  }

  /** Availability: the distinct values of each dimension (1-based position) among the rows. */
  public Map<Integer, Set<String>> values(DataQuery.Selected s, DataQuery q, Instant at) {
    Sql sql = new Sql();
    sql.append(
        "select distinct u.pos, u.val from sdmx_observation o"
            + " cross join lateral unnest(o.dims) with ordinality u(val, pos) where ");
    where(sql, s, q, at, -1);
    sql.append(" order by 1, 2");
    Map<Integer, Set<String>> out = new LinkedHashMap<>();
    jdbc.query(sql.text(), rs -> Map.entry(rs.getInt(1), rs.getString(2)), sql.params())
        .forEach(
            e -> out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
    return out;
  }

  /** Availability, mode=available: the values of one dimension with its own constraints lifted. */
  public Set<String> valuesWithout(DataQuery.Selected s, DataQuery q, Instant at, int position) {
    Sql sql = new Sql();
    sql.append("select distinct o.dims[" + (position + 1) + "] from sdmx_observation o where ");
    where(sql, s, q, at, position);
    sql.append(" order by 1");
    return new LinkedHashSet<>(jdbc.query(sql.text(), rs -> rs.getString(1), sql.params()));
  }

  /** Availability's metrics and time coverage. */
  public record Coverage(
      long series, long observations, java.time.LocalDate start, java.time.LocalDate end) {}

  public Coverage coverage(DataQuery.Selected s, DataQuery q, Instant at) {
    Sql sql = new Sql();
    sql.append(
        "select count(distinct o.series_key), count(*), min(o.period_start), max(o.period_end)"
            + " from sdmx_observation o where ");
    where(sql, s, q, at, -1);
    return jdbc.one(
        sql.text(),
        rs ->
            new Coverage(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, java.time.LocalDate.class),
                rs.getObject(4, java.time.LocalDate.class)),
        sql.params());
  }

  // ---- SQL ----------------------------------------------------------------------------------

  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String s) {
      text.append(s);
      return this;
    }

    Sql param(String s, Object p) {
      text.append(s);
      params.add(p);
      return this;
    }

    String text() {
      return text.toString();
    }

    Object[] params() {
      return params.toArray();
    }
  }

  /** The rows' select, with first/last N per series, ordered for writing when {@code ordered}. */
  private Sql select(DataQuery.Selected s, DataQuery q, Instant at, boolean ordered) {
    String columns =
        "o.flow, o.series_key, o.dims, o.time_period, o.value, o.obs_status, o.unit_measure,"
            + " o.unit_mult, o.deleted, o.valid_from, o.valid_to, o.period_start";
    String partition = datasetColumns(q);
    Sql sql = new Sql();
    boolean window = q.firstN() != null || q.lastN() != null;
    if (window) {
      String by = (partition.isEmpty() ? "" : partition + ", ") + "o.series_key";
      sql.append("select * from (select " + columns)
          .append(
              ", row_number() over (partition by " + by + " order by o.period_start) as rn_first")
          .append(
              ", row_number() over (partition by "
                  + by
                  + " order by o.period_start desc) as rn_last")
          .append(" from sdmx_observation o where ");
      where(sql, s, q, at, -1);
      sql.append(") o where true");
      if (q.firstN() != null) sql.param(" and o.rn_first <= ?", q.firstN());
      if (q.lastN() != null) sql.param(" and o.rn_last <= ?", q.lastN());
    } else {
      sql.append("select " + columns + " from sdmx_observation o where ");
      where(sql, s, q, at, -1);
    }
    if (ordered) sql.append(" order by " + order(s, q, partition));
    return sql;
  }

  /** The columns that tell one data set from the next: a dissemination and its deletions. */
  private static String datasetColumns(DataQuery q) {
    if (q.includeHistory()) return "o.valid_from, o.deleted";
    if (q.updatedAfter() != null) return "o.deleted";
    return "";
  }

  private static String order(DataQuery.Selected s, DataQuery q, String partition) {
    String head = partition.isEmpty() ? "" : partition + ", ";
    if (q.timeSeries() || q.flat()) return head + "o.dims, o.period_start";
    int i = s.flow().dsd().position(q.dimensionAtObservation()); // 0-based; SQL arrays are 1-based
    return head
        + "o.dims[1:"
        + i
        + "], o.dims["
        + (i + 2)
        + ":], o.period_start, o.dims["
        + (i + 1)
        + "]";
  }

  /** The conditions; {@code skip} (0-based) lifts every constraint on that dimension. */
  private static void where(Sql sql, DataQuery.Selected s, DataQuery q, Instant at, int skip) {
    sql.param("o.flow = ?", s.flow().id());
    if (q.includeHistory()) {
      sql.param(" and o.valid_from <= ?", at);
      if (q.updatedAfter() != null) sql.param(" and o.valid_from > ?", q.updatedAfter());
    } else if (q.updatedAfter() != null) {
      sql.param(" and o.valid_from > ?", q.updatedAfter())
          .param(" and o.valid_from <= ?", at)
          .param(" and (o.valid_to is null or o.valid_to > ?)", at);
    } else {
      sql.param(" and o.valid_from <= ?", at)
          .param(" and (o.valid_to is null or o.valid_to > ?)", at)
          .append(" and not o.deleted");
    }
    KeyQuery keys = skip >= 0 ? s.key().without(skip) : s.key();
    if (!keys.isAll()) {
      sql.append(" and (");
      boolean firstKey = true;
      for (KeyQuery.Key k : keys.keys()) {
        sql.append(firstKey ? "(true" : " or (true");
        firstKey = false;
        for (int i = 0; i < k.positions().size(); i++) {
          Set<String> values = k.positions().get(i);
          if (!values.isEmpty())
            sql.param(
                " and o.dims[" + (i + 1) + "] = any(?)", Jdbc.array("text", values.toArray()));
        }
        sql.append(")");
      }
      sql.append(")");
    }
    Dsd dsd = s.flow().dsd();
    for (ComponentFilter f : q.filters().values()) {
      int position = dsd.position(f.component());
      if (skip >= 0 && position == skip) continue;
      sql.append(" and (");
      boolean firstAlt = true;
      for (List<ComponentFilter.Term> alt : f.alternatives()) {
        sql.append(firstAlt ? "(true" : " or (true");
        firstAlt = false;
        for (ComponentFilter.Term t : alt) {
          sql.append(" and ");
          term(sql, dsd, f.component(), t);
        }
        sql.append(")");
      }
      sql.append(")");
    }
  }

  private static void term(Sql sql, Dsd dsd, String component, ComponentFilter.Term t) {
    String op = t.op();
    String v = t.value();
    if (component.equals(Dsd.TIME_PERIOD) && !Set.of("co", "nc", "sw", "ew").contains(op)) {
      TimePeriods.Range r = TimePeriods.of(v);
      switch (op) {
        case "eq" ->
            sql.param("(o.period_start >= ?", r.start()).param(" and o.period_end <= ?)", r.end());
        case "ne" ->
            sql.param("not (o.period_start >= ?", r.start())
                .param(" and o.period_end <= ?)", r.end());
        case "ge" -> sql.param("o.period_start >= ?", r.start());
        case "gt" -> sql.param("o.period_start > ?", r.end());
        case "le" -> sql.param("o.period_end <= ?", r.end());
        case "lt" -> sql.param("o.period_end < ?", r.start());
        default -> throw new IllegalStateException(op);
      }
      return;
    }
    if (component.equals(Dsd.OBS_VALUE) && !Set.of("co", "nc", "sw", "ew").contains(op)) {
      sql.param("o.value " + comparison(op) + " ?", new BigDecimal(v));
      return;
    }
    String column =
        switch (component) {
          case Dsd.TIME_PERIOD -> "o.time_period";
          case Dsd.OBS_VALUE -> "o.value::text";
          case Dsd.OBS_STATUS -> "o.obs_status";
          case Dsd.UNIT_MEASURE -> "o.unit_measure";
          case Dsd.UNIT_MULT -> "o.unit_mult::text";
          default -> "o.dims[" + (dsd.position(component) + 1) + "]";
        };
    switch (op) {
      case "co" -> sql.param("strpos(" + column + ", ?) > 0", v);
      case "nc" -> sql.param("coalesce(strpos(" + column + ", ?), 0) = 0", v);
      case "sw" -> sql.param("starts_with(" + column + ", ?)", v);
      case "ew" -> sql.param("right(" + column + ", ?)", v.length()).param(" = ?", v);
      case "ne" -> sql.param(column + " is distinct from ?", v);
      // codes compare as their IDs, byte by byte (the standard orders codes by ID)
      default -> sql.param(column + " collate \"C\" " + comparison(op) + " ?", v);
    }
  }

  private static String comparison(String op) {
    return switch (op) {
      case "eq" -> "=";
      case "ne" -> "<>";
      case "lt" -> "<";
      case "le" -> "<=";
      case "gt" -> ">";
      case "ge" -> ">=";
      default -> throw new IllegalStateException(op);
    };
  }

  private static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql.text());
    Object[] params = sql.params();
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant t) ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
      else if (p instanceof Jdbc.SqlArray a)
        ps.setArray(i + 1, c.createArrayOf(a.type(), a.values()));
      else ps.setObject(i + 1, p);
    }
    return ps;
  }

  private static Row row(ResultSet rs) throws SQLException {
    Array dims = rs.getArray(3);
    OffsetDateTime from = rs.getObject(10, OffsetDateTime.class);
    OffsetDateTime to = rs.getObject(11, OffsetDateTime.class);
    Object mult = rs.getObject(8);
    return new Row(
        rs.getString(1),
        rs.getString(2),
        (String[]) dims.getArray(),
        rs.getString(4),
        rs.getBigDecimal(5),
        rs.getString(6),
        rs.getString(7),
        mult == null ? null : ((Number) mult).intValue(),
        rs.getBoolean(9),
        from.toInstant(),
        to == null ? null : to.toInstant());
  }
}
