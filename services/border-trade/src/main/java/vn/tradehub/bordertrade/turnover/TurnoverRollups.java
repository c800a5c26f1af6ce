package vn.tradehub.bordertrade.turnover;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.bordertrade.shipment.ShipmentRow;

/**
 * Keeps {@code turnover_rollup} equal to the sum of the active (not cancelled) shipments, by
 * applying each change as deltas in the same transaction as the change. Deltas are merged per key
 * and applied in key order ({@link Key#ORDER}), so concurrent batches lock rows in the same order
 * (no deadlock).
 */
@ApplicationScoped
public class TurnoverRollups {
  record Key(
      LocalDate month,
      String gate,
      String flow,
      String tradeForm,
      String chapter,
      String partner,
      String unit,
      String unitCode) {
    /**
     * The order rows are locked in, the same in every transaction. Component by component it is the
     * order the key's text used to give: every component is an ISO date or a code of letters,
     * digits, '_' and '-', all above the ", " that separated them, and the last (a commune code)
     * always has five digits, so the "]" that closed the text never took part.
     */
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::month)
            .thenComparing(Key::gate)
            .thenComparing(Key::flow)
            .thenComparing(Key::tradeForm)
            .thenComparing(Key::chapter)
            .thenComparing(Key::partner)
            .thenComparing(Key::unit)
            .thenComparing(Key::unitCode);
  }

  /**
   * Accumulates the deltas of one transaction, hashed by the key's components (no text is built per
   * line); they are ordered once, when applied.
   */
  public static final class Deltas {
    private final Map<Key, BigDecimal[]> byKey = new HashMap<>();

    public Deltas add(ShipmentRow s) {
      return apply(s, 1);
    }

    public Deltas remove(ShipmentRow s) {
      return apply(s, -1);
    }

    private Deltas apply(ShipmentRow s, int sign) {
      Key k =
          new Key(
              s.declaredOn().withDayOfMonth(1),
              s.gateCode(),
              s.flow().name(),
              s.tradeForm().name(),
              s.hsCode().substring(0, 2),
              s.partnerCountry(),
              s.unit().name(),
              s.unitCode());
      BigDecimal[] v =
          byKey.computeIfAbsent(
              k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      BigDecimal m = BigDecimal.valueOf(sign);
      v[0] = v[0].add(s.valueUsd().multiply(m));
      v[1] = v[1].add(s.quantity().multiply(m));
      v[2] = v[2].add(m);
      return this;
    }
  }

  private static final String UPSERT =
      " on conflict (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit) do update set"
          + " value_usd = turnover_rollup.value_usd + excluded.value_usd,"
          + " quantity = turnover_rollup.quantity + excluded.quantity,"
          + " lines = turnover_rollup.lines + excluded.lines";

  private final AgroalDataSource ds;

  public TurnoverRollups(AgroalDataSource ds) {
    this.ds = ds;
  }

  /** Applies the deltas; must run inside the transaction that changed the shipments. */
  public void apply(Deltas deltas) {
    if (deltas.byKey.isEmpty()) return;
    List<Key> keys = new ArrayList<>(deltas.byKey.keySet());
    keys.sort(Key.ORDER);
    if (keys.size() == 1) {
      applyOne(keys.get(0), deltas.byKey.get(keys.get(0)));
      return;
    }
    String upsert =
        "insert into turnover_rollup (month, gate_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines, unit_code)"
            + " select * from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[],"
            + " ?::numeric[], ?::bigint[], ?::text[])"
            + UPSERT;
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(upsert);
        PreparedStatement prune =
            c.prepareStatement("delete from turnover_rollup where lines = 0")) {
      ps.setArray(
          1, c.createArrayOf("text", keys.stream().map(k -> k.month().toString()).toArray()));
      ps.setArray(2, c.createArrayOf("text", keys.stream().map(Key::gate).toArray()));
      ps.setArray(3, c.createArrayOf("text", keys.stream().map(Key::flow).toArray()));
      ps.setArray(4, c.createArrayOf("text", keys.stream().map(Key::tradeForm).toArray()));
      ps.setArray(5, c.createArrayOf("text", keys.stream().map(Key::chapter).toArray()));
      ps.setArray(6, c.createArrayOf("text", keys.stream().map(Key::partner).toArray()));
      ps.setArray(7, c.createArrayOf("text", keys.stream().map(Key::unit).toArray()));
      ps.setArray(
          8, c.createArrayOf("numeric", keys.stream().map(k -> deltas.byKey.get(k)[0]).toArray()));
      ps.setArray(
          9, c.createArrayOf("numeric", keys.stream().map(k -> deltas.byKey.get(k)[1]).toArray()));
      ps.setArray(
          10,
          c.createArrayOf(
              "int8", keys.stream().map(k -> deltas.byKey.get(k)[2].longValueExact()).toArray()));
      ps.setArray(11, c.createArrayOf("text", keys.stream().map(Key::unitCode).toArray()));
      ps.executeUpdate();
      if (keys.stream().anyMatch(k -> deltas.byKey.get(k)[2].signum() < 0)) prune.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("rollup update failed", e);
    }
  }

  /** A single post's one key: a plain INSERT .. VALUES (cheaper than unnest of ten arrays). */
  private void applyOne(Key k, BigDecimal[] d) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into turnover_rollup (month, gate_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines, unit_code)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + UPSERT)) {
      ps.setObject(1, k.month());
      ps.setString(2, k.gate());
      ps.setString(3, k.flow());
      ps.setString(4, k.tradeForm());
      ps.setString(5, k.chapter());
      ps.setString(6, k.partner());
      ps.setString(7, k.unit());
      ps.setBigDecimal(8, d[0]);
      ps.setBigDecimal(9, d[1]);
      ps.setLong(10, d[2].longValueExact());
      ps.setString(11, k.unitCode());
      ps.executeUpdate();
      if (d[2].signum() < 0) {
        try (PreparedStatement prune =
            c.prepareStatement("delete from turnover_rollup where lines = 0")) {
          prune.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rollup update failed", e);
    }
  }
}
