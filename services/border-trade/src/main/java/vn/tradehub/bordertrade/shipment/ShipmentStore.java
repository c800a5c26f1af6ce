package vn.tradehub.bordertrade.shipment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.tradehub.platform.figures.Unit;

/**
 * SQL for shipments. Plain JDBC because inserts must be {@code INSERT .. ON CONFLICT DO NOTHING}
 * over whole batches (a 10,000-line sheet arrives by COPY), which JPA cannot express. Called inside
 * the service's transaction, so it shares its connection.
 */
@ApplicationScoped
public class ShipmentStore {
  static final String COLUMNS =
      "id, gate_code, declaration_number, line_number, declared_on, flow, trade_form, hs_code, description, quantity,"
          + " unit, net_weight_kg, value_amount, value_currency, partner_country, transport_mode, value_usd, exchange_rate,"
          + " rate_source, status, version, recorded_at, recorded_by, updated_at, unit_code";

  /** The placeholders of one row of {@link #COLUMNS}. */
  private static final String ROW = "(" + "?, ".repeat(24) + "?)";

  private final AgroalDataSource ds;

  public ShipmentStore(AgroalDataSource ds) {
    this.ds = ds;
  }

  /** Up to this many rows go in one INSERT .. VALUES; more (a sheet) go through COPY. */
  static final int VALUES_MAX = 50;

  private static final String CONFLICT =
      " on conflict (gate_code, declaration_number, line_number) do nothing returning id";

  /**
   * Inserts the rows whose natural key is new; returns the ids actually inserted. A key already
   * stored (or being stored by a transaction still open) inserts nothing: {@code ON CONFLICT DO
   * NOTHING} waits for that transaction and then skips the row, and the caller compares contents.
   */
  public Set<UUID> insertNew(List<ShipmentRow> rows) {
    if (rows.isEmpty()) return Set.of();
    try (Connection c = ds.getConnection()) {
      return rows.size() <= VALUES_MAX ? insertValues(c, rows) : insertCopied(c, rows);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("shipment insert failed", e);
    }
  }

  /** Single posts: a plain INSERT .. VALUES (the unnest of 24 arrays cost more than the row). */
  private static Set<UUID> insertValues(Connection c, List<ShipmentRow> rows) throws SQLException {
    String sql =
        "insert into shipment ("
            + COLUMNS
            + ") values "
            + String.join(", ", java.util.Collections.nCopies(rows.size(), ROW))
            + CONFLICT;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int p = 1;
      for (ShipmentRow r : rows) {
        for (Object v : values(r)) ps.setObject(p++, v);
      }
      Set<UUID> inserted = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) inserted.add(rs.getObject(1, UUID.class));
      }
      return inserted;
    }
  }

  /**
   * Sheets: the rows are streamed with COPY into a temporary table (emptied at commit), then moved
   * in one INSERT .. SELECT that skips the keys already stored. COPY cannot skip conflicts itself.
   */
  private static Set<UUID> insertCopied(Connection c, List<ShipmentRow> rows)
      throws SQLException, IOException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "create temporary table if not exists shipment_in (like shipment including defaults)"
              + " on commit delete rows");
    }
    StringBuilder csv = new StringBuilder(rows.size() * 256);
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
      for (ShipmentRow r : rows) {
        Object[] v = values(r);
        for (int i = 0; i < v.length; i++) if (v[i] != null) v[i] = v[i].toString();
        printer.printRecord(v);
      }
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    copy.copyIn(
        "copy shipment_in (" + COLUMNS + ") from stdin with (format csv)",
        new StringReader(csv.toString()));
    Set<UUID> inserted = new HashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "insert into shipment ("
                    + COLUMNS
                    + ") select "
                    + COLUMNS
                    + " from shipment_in"
                    + CONFLICT);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) inserted.add(rs.getObject(1, UUID.class));
    }
    try (Statement st = c.createStatement()) {
      st.execute(
          "delete from shipment_in"); // emptied at commit too; this is for the same transaction
    }
    return inserted;
  }

  /** The row's columns in {@link #COLUMNS} order, as JDBC binds them. */
  private static Object[] values(ShipmentRow r) {
    return new Object[] {
      r.id(),
      r.gateCode(),
      r.declarationNumber(),
      r.lineNumber(),
      r.declaredOn(),
      r.flow().name(),
      r.tradeForm().name(),
      r.hsCode(),
      r.description(),
      r.quantity(),
      r.unit().name(),
      r.netWeightKg(),
      r.valueAmount(),
      r.valueCurrency(),
      r.partnerCountry(),
      r.transportMode().name(),
      r.valueUsd(),
      r.exchangeRate(),
      r.rateSource(),
      r.status().name(),
      r.version(),
      r.recordedAt(),
      r.recordedBy(),
      r.updatedAt(),
      r.unitCode()
    };
  }

  /** Existing rows by natural key "gate/declaration/line". */
  public Map<String, ShipmentRow> findByNaturalKeys(List<ShipmentRow> keys) {
    Map<String, ShipmentRow> found = new HashMap<>();
    if (keys.isEmpty()) return found;
    String sql =
        "select "
            + COLUMNS
            + " from shipment s join unnest(?::text[], ?::text[], ?::int[]) as k(g, d, l)"
            + " on s.gate_code = k.g and s.declaration_number = k.d and s.line_number = k.l";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", keys.stream().map(ShipmentRow::gateCode).toArray()));
      ps.setArray(
          2, c.createArrayOf("text", keys.stream().map(ShipmentRow::declarationNumber).toArray()));
      ps.setArray(3, c.createArrayOf("int4", keys.stream().map(ShipmentRow::lineNumber).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ShipmentRow row = map(rs);
          found.put(row.naturalKey(), row);
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<ShipmentRow> find(UUID id, boolean forUpdate) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select "
                    + COLUMNS
                    + " from shipment where id = ?"
                    + (forUpdate ? " for update" : ""))) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the new state of a row if its version is still {@code expectedVersion}. The whole row is
   * written, from the same {@link #values} as an insert; its key (id, gate, declaration, line) and
   * creation (recordedAt, recordedBy) are the stored ones, so they are rewritten unchanged.
   */
  public boolean update(ShipmentRow r, long expectedVersion) {
    String sql = "update shipment set (" + COLUMNS + ") = " + ROW + " where id = ? and version = ?";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      List<Object> args = new ArrayList<>(Arrays.asList(values(r)));
      args.add(r.id());
      args.add(expectedVersion);
      bind(c, ps, args);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Filters of a shipment list; null fields do not filter. */
  public record Filter(
      Set<String> gates,
      Flow flow,
      TradeForm tradeForm,
      String hsPrefix,
      String partner,
      LocalDate from,
      LocalDate to,
      ShipmentStatus status) {}

  /** One keyset page, ordered by (declaredOn, id), after the given key. */
  public List<ShipmentRow> page(Filter f, LocalDate afterDate, UUID afterId, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from shipment where true");
    where(f, sql, args);
    if (afterDate != null) {
      sql.append(" and (declared_on, id) > (?, ?)");
      args.add(afterDate);
      args.add(afterId);
    }
    sql.append(" order by declared_on, id limit ?");
    args.add(limit);
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bind(c, ps, args);
      List<ShipmentRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void where(Filter f, StringBuilder sql, List<Object> args) {
    if (f.gates() != null) {
      sql.append(" and gate_code = any(?)");
      args.add(f.gates().toArray(String[]::new));
    }
    if (f.flow() != null) {
      sql.append(" and flow = ?");
      args.add(f.flow().name());
    }
    if (f.tradeForm() != null) {
      sql.append(" and trade_form = ?");
      args.add(f.tradeForm().name());
    }
    if (f.hsPrefix() != null) {
      sql.append(" and hs_code like ?");
      args.add(f.hsPrefix() + "%");
    }
    if (f.partner() != null) {
      sql.append(" and partner_country = ?");
      args.add(f.partner());
    }
    if (f.from() != null) {
      sql.append(" and declared_on >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" and declared_on <= ?");
      args.add(f.to());
    }
    if (f.status() != null) {
      sql.append(" and status = ?");
      args.add(f.status().name());
    }
  }

  private static void bind(Connection c, PreparedStatement ps, List<Object> args)
      throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof String[] arr) {
        Array array = c.createArrayOf("text", arr);
        ps.setArray(i + 1, array);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  static ShipmentRow map(ResultSet rs) throws SQLException {
    return new ShipmentRow(
        rs.getObject("id", UUID.class),
        rs.getString("gate_code"),
        rs.getString("unit_code"),
        rs.getString("declaration_number"),
        rs.getInt("line_number"),
        rs.getObject("declared_on", LocalDate.class),
        Flow.valueOf(rs.getString("flow")),
        TradeForm.valueOf(rs.getString("trade_form")),
        rs.getString("hs_code"),
        rs.getString("description"),
        rs.getBigDecimal("quantity"),
        Unit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("net_weight_kg"),
        rs.getBigDecimal("value_amount"),
        rs.getString("value_currency"),
        rs.getString("partner_country"),
        TransportMode.valueOf(rs.getString("transport_mode")),
        rs.getBigDecimal("value_usd"),
        rs.getBigDecimal("exchange_rate"),
        rs.getString("rate_source"),
        ShipmentStatus.valueOf(rs.getString("status")),
        rs.getLong("version"),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getString("recorded_by"),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
