package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;

/**
 * Gives every existing enterprise, cluster and village the location its free text named, joined on
 * the official unit names of the geography library (never an invented code), valid until
 * 2025-06-30; a village's commune is followed from 2025-07-01 by the commune it went into when the
 * succession links name exactly one. Enterprises and clusters named only a district: a district has
 * no single successor, so their histories end on 2025-06-30 and an administrator (or the demo) adds
 * the commune they lie in since. Then every report is placed in its enterprise's unit.
 *
 * <p>Refuses to run (and so to drop the free text in V5) when a text matches no unit or several, or
 * a report cannot be placed: the rows are listed, to be corrected first.
 */
public class V4__locations_from_free_text extends BaseJavaMigration {
  static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
  static final LocalDate REFORM = LAST_DAY.plusDays(1);

  /** The unit-type words the free text used loosely ("Xã Phó Bảng" is Thị trấn Phó Bảng). */
  private static final Pattern TYPE_WORD =
      Pattern.compile("^(thành phố|thị xã|huyện|thị trấn|xã|phường)\\s+");

  @Override
  public void migrate(Context context) throws Exception {
    Geography geography = Geography.classpath();
    Connection c = context.getConnection();
    List<AdminUnit> districts = geography.units(Level.DISTRICT, null, LAST_DAY);
    List<String> problems = new ArrayList<>();

    for (String[] row : rows(c, "select tax_code, district from enterprise order by tax_code")) {
      district(districts, row[1])
          .ifPresentOrElse(
              d -> insert(c, "enterprise_location", "tax_code", row[0], d.code(), null, LAST_DAY),
              () -> problems.add("enterprise " + row[0] + ": district '" + row[1] + "'"));
    }
    for (String[] row : rows(c, "select code, district from industrial_cluster order by code")) {
      district(districts, row[1])
          .ifPresentOrElse(
              d -> insert(c, "cluster_location", "cluster_code", row[0], d.code(), null, LAST_DAY),
              () -> problems.add("cluster " + row[0] + ": district '" + row[1] + "'"));
    }
    for (String[] row : rows(c, "select code, district, commune from village order by code")) {
      Optional<AdminUnit> commune =
          district(districts, row[1])
              .flatMap(d -> match(geography.children(d.code(), LAST_DAY), row[2]));
      if (commune.isEmpty()) {
        problems.add("village " + row[0] + ": commune '" + row[2] + "' of '" + row[1] + "'");
        continue;
      }
      insert(c, "village_location", "village_code", row[0], commune.get().code(), null, LAST_DAY);
      List<Succession> next = geography.successors(commune.get());
      if (next.size() == 1) {
        insert(
            c,
            "village_location",
            "village_code",
            row[0],
            next.get(0).successor().code(),
            REFORM,
            null);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "free-text places that name no official unit (or several); correct them, then migrate: "
              + String.join("; ", problems));
    }
    placeReports(c);
  }

  /** Each report in its enterprise's unit on the first day of its month (else the first of it). */
  static void placeReports(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "update production_report r set unit_code = ("
              + " select l.unit_code from enterprise_location l where l.tax_code = r.tax_code"
              + " and (l.valid_to is null or l.valid_to >= to_date(r.period || '-01', 'YYYY-MM-DD'))"
              + " and (l.valid_from is null or l.valid_from <= (to_date(r.period || '-01',"
              + " 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date)"
              + " order by l.valid_from nulls first limit 1)");
      try (ResultSet rs =
          st.executeQuery(
              "select string_agg(tax_code || '/' || period, ', ' order by tax_code, period)"
                  + " from production_report where unit_code is null")) {
        rs.next();
        if (rs.getString(1) != null)
          throw new IllegalStateException(
              "reports whose enterprise has no location on their month: " + rs.getString(1));
      }
    }
  }

  private static Optional<AdminUnit> district(List<AdminUnit> districts, String text) {
    return match(districts, text);
  }

  /** The one unit whose name, without its type word, is the text's. */
  static Optional<AdminUnit> match(List<AdminUnit> units, String text) {
    if (text == null) return Optional.empty();
    String wanted = bare(text);
    List<AdminUnit> found = units.stream().filter(u -> bare(u.nameVi()).equals(wanted)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Lower case, NFC, no type word, one tone placement ("hoà" and "hòa" are one name). */
  static String bare(String name) {
    String s =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
            .replace('\u00a0', ' ')
            .strip()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    s = TYPE_WORD.matcher(s).replaceFirst("");
    for (Map.Entry<String, String> e : TONES.entrySet()) s = s.replace(e.getKey(), e.getValue());
    return s;
  }

  /** Old-style tone placement (on the second vowel) to the modern one. */
  private static final Map<String, String> TONES = new TreeMap<>();

  static {
    String[][] pairs = {
      {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
      {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
      {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}
    };
    for (String[] p : pairs) TONES.put(p[1], p[0]);
  }

  private static List<String[]> rows(Connection c, String sql) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) row[i] = rs.getString(i + 1);
        out.add(row);
      }
    }
    return out;
  }

  private static void insert(
      Connection c,
      String table,
      String ownerColumn,
      String owner,
      String unitCode,
      LocalDate from,
      LocalDate to) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into "
                + table
                + " ("
                + ownerColumn
                + ", unit_code, valid_from, valid_to) values (?, ?, ?, ?)")) {
      ps.setString(1, owner);
      ps.setString(2, unitCode);
      ps.setObject(3, from);
      ps.setObject(4, to);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
