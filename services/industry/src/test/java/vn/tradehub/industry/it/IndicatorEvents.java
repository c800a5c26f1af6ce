package vn.tradehub.industry.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code IndustryIndicatorsComputed} events as the service wrote them to its outbox (keyed
 * {@code <territory>|<period>}), read without waiting for the relay.
 */
final class IndicatorEvents {
  private static final String TYPE = "'vn.tradehub.industry.IndustryIndicatorsComputed'";

  /** An outbox row: the event's id (its ce_id) and its payload. */
  record Event(String id, JsonNode payload) {}

  private IndicatorEvents() {}

  /** The latest event of the key; fails when there is none. */
  static Event last(DataSource ds, String key) {
    return select(
        ds,
        "select id::text, payload::text from outbox where event_type = "
            + TYPE
            + " and record_key = ? order by seq desc limit 1",
        key,
        rs -> {
          assertThat(rs.next()).as("an indicators event " + key).isTrue();
          return new Event(rs.getString(1), Api.tree(rs.getString(2)));
        });
  }

  /** The keys of every event of the period, in order. */
  static List<String> keys(DataSource ds, String period) {
    return select(
        ds,
        "select distinct record_key from outbox where event_type = "
            + TYPE
            + " and record_key like ? order by record_key",
        "%|" + period,
        rs -> {
          List<String> out = new ArrayList<>();
          while (rs.next()) out.add(rs.getString(1));
          return out;
        });
  }

  private interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> T select(DataSource ds, String sql, String parameter, Rows<T> rows) {
    try (Connection c = ds.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      try (ResultSet rs = st.executeQuery()) {
        return rows.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
