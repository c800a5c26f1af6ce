package vn.tradehub.commerce.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.testing.TestInfra;

/**
 * A database as a deployment before the 2025 reform left it: migrated to V1 only, with reports,
 * revisions, not yet relayed events and markets under the old custom district codes. The app then
 * starts on it and migrates it itself, as a real upgrade would.
 */
public class LegacyDatabase extends RealInfraResource {

  /** Hà Giang's Mèo Vạc report of 2021-03 and its history, as the old code wrote them. */
  static final String LEGACY_ROWS =
      """
      insert into retail_report (id, district_code, period, status, recorded_by, recorded_at, version)
          overriding system value
          values (9001, 'MEO_VAC', '2021-03', 'PRELIMINARY', 'statistics-office', '2021-05-05T02:00:00Z', 1);
      insert into retail_report_line (report_id, line_no, category_code, ownership_code, value_vnd) values
          (9001, 0, 'RETAIL_GOODS', 'NON_STATE', 41500000000),
          (9001, 1, 'TRAVEL', 'NON_STATE', 310000000);
      insert into revision (aggregate_type, aggregate_id, version, change, changed_by, snapshot, changes) values
          ('RetailReport', 'MEO_VAC/2021-03', 0, 'CREATED', 'statistics-office',
           '{"districtCode":"MEO_VAC","period":"2021-03","status":"ESTIMATED","totalVnd":41560000000}', '[]'),
          ('RetailReport', 'MEO_VAC/2021-03', 1, 'REVISED', 'statistics-office',
           '{"districtCode":"MEO_VAC","period":"2021-03","status":"PRELIMINARY","totalVnd":41810000000}',
           '[{"field":"status","from":"ESTIMATED","to":"PRELIMINARY"}]');
      insert into outbox (id, topic, record_key, event_type, subject, payload, published_at) values
          ('00000000-0000-0000-0000-000000000001', 'commerce.retail.v1', 'MEO_VAC',
           'vn.tradehub.commerce.RetailReported', 'MEO_VAC/2021-03',
           '{"districtCode":"MEO_VAC","period":"2021-03","status":"ESTIMATED","lines":[{"category":"RETAIL_GOODS","ownership":"NON_STATE","valueVnd":41250000000},{"category":"TRAVEL","ownership":"NON_STATE","valueVnd":310000000}],"totalVnd":41560000000,"version":0,"recordedBy":"statistics-office","recordedAt":"2021-04-05T02:00:00Z"}',
           now()),
          ('00000000-0000-0000-0000-000000000002', 'commerce.retail.v1', 'MEO_VAC',
           'vn.tradehub.commerce.RetailRevised', 'MEO_VAC/2021-03',
           '{"districtCode":"MEO_VAC","period":"2021-03","status":"PRELIMINARY","lines":[{"category":"RETAIL_GOODS","ownership":"NON_STATE","valueVnd":41500000000},{"category":"TRAVEL","ownership":"NON_STATE","valueVnd":310000000}],"totalVnd":41810000000,"previousTotalVnd":41560000000,"previousStatus":"ESTIMATED","version":1,"recordedBy":"statistics-office","recordedAt":"2021-05-05T02:00:00Z"}',
           null),
          ('00000000-0000-0000-0000-000000000003', 'commerce.indicators.v1', '2021-03',
           'vn.tradehub.commerce.CommerceIndicatorsComputed', '2021-03',
           '{"period":"2021-03","retailMonthVnd":41810000000,"retailYtdVnd":41810000000,"status":"PRELIMINARY","computedAt":"2021-05-05T02:00:00Z"}',
           null);
      insert into market (code, name_vi, name_en, district_code, market_class, border_market,
                          management_model, management_model_since, status, updated_by, updated_at, version) values
          ('CHO_MEO_VAC', 'Chợ trung tâm Mèo Vạc', 'Meo Vac Central Market', 'MEO_VAC', 'II', false,
           'COOPERATIVE', '2019-07-01', 'ACTIVE', 'admin', '2021-01-01T00:00:00Z', 0),
          ('CHO_BAC_ME', 'Chợ trung tâm Bắc Mê', 'Bac Me Central Market', 'BAC_ME', 'III', false,
           'MANAGEMENT_BOARD', null, 'ACTIVE', 'admin', '2021-01-01T00:00:00Z', 0),
          ('CHO_SA_PHIN', 'Chợ Sà Phìn', 'Sa Phin Market', 'DONG_VAN', 'III', false,
           'MANAGEMENT_BOARD', null, 'ACTIVE', 'admin', '2021-01-01T00:00:00Z', 0),
          ('CHO_VIET_LAM', 'Chợ Việt Lâm', 'Viet Lam Market', 'VI_XUYEN', 'II', false,
           'COOPERATIVE', '2021-03-01', 'ACTIVE', 'admin', '2021-01-01T00:00:00Z', 0);
      """;

  @Override
  public Map<String, String> start() {
    Map<String, String> config = super.start();
    String url = config.get("quarkus.datasource.jdbc.url");
    String user = config.get("quarkus.datasource.username");
    String password = config.get("quarkus.datasource.password");
    atV1(url, user, password);
    execute(url, user, password, LEGACY_ROWS);
    return config;
  }

  /** Migrates a database to V1, the schema before the reform. */
  static void atV1(String url, String user, String password) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/platform", "classpath:db/migration")
        .target("1")
        .load()
        .migrate();
  }

  /** Migrates a database to the latest version, as the app does at start. */
  static void latest(String url, String user, String password) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/platform", "classpath:db/migration")
        .outOfOrder(true)
        .load()
        .migrate();
  }

  static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh, empty database on the test server; its JDBC URL. */
  static String freshDatabase() {
    TestInfra infra = TestInfra.get();
    String db = "m_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(
        infra.pgServerUrl() + "postgres",
        infra.pgUser(),
        infra.pgPassword(),
        "create database " + db.toLowerCase(Locale.ROOT));
    return infra.pgServerUrl() + db;
  }
}
