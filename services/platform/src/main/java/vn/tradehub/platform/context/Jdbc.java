package vn.tradehub.platform.context;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to SQL beyond an aggregate's entity (sums, rollups, set-based updates): plain JDBC on
 * the app's datasource. Inside a JTA transaction the connection is the transaction's (Agroal
 * enlists it), so these statements commit or roll back with it, beside the entities' changes.
 */
@ApplicationScoped
public class Jdbc {
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** An array parameter: bound with {@code createArrayOf(type, values)}. */
  public record SqlArray(String type, Object[] values) {}

  public static SqlArray array(String type, Object[] values) {
    return new SqlArray(type, values);
  }

  private final AgroalDataSource ds;

  public Jdbc(AgroalDataSource ds) {
    this.ds = ds;
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) out.add(mapper.map(rs));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  public <T> T one(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(sql, mapper, params);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public int update(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("update failed: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant t) ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
      else if (p instanceof SqlArray a) ps.setArray(i + 1, c.createArrayOf(a.type(), a.values()));
      else ps.setObject(i + 1, p);
    }
    return ps;
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
