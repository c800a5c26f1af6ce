package vn.tradehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * IIP at scale (issue 8): a year of monthly production reports for 500 enterprises and 100 products,
 * the computation time of the IIP and the p50/p99 of its query.
 *
 * <p>The industry service computes the IIP twice: on every write (a report, or the base-year
 * weights) it recomputes and publishes the indicators of each month affected, IIP included, in the
 * writing transaction; and on every GET of /iip, from the reports. Both paths are measured. The
 * products, the enterprises, the weights and some December reports go through the API; the other
 * reports of 2014 and 2015 are inserted by SQL into the service's own tables, since 12,000 PUTs each
 * recomputing up to 24 months would take most of an hour here. Their indicators are then computed
 * by the service's own trigger, a PUT of the base-year weights.
 */
final class IipScale {
  /** The measured year; 2014 is its comparison year and its weights' base year. */
  static final int YEAR = 2015;
  static final int BASE = 2014;
  static final int ENTERPRISES = 500;
  static final int PRODUCTS = 100;
  static final int LINES = 3;
  static final String NAME = "Bench scale enterprise ";
  /** The province of 2014-2015 (weights are per province and year since the 2025 reform). */
  static final String HA_GIANG = "02@2025-06-30";
  static final String PRODUCT = "BSCALE-";
  /** The VSIC classes of the seed data, with a plausible unit for their products. */
  static final String[][] CLASSES = {
    {"0710", "TNE"}, {"0722", "TNE"}, {"0810", "MTQ"}, {"1079", "TNE"}, {"1101", "LTR"}, {"1104", "LTR"}, {"1610", "MTQ"}, {"2392", "KPL"},
    {"2394", "TNE"}, {"2395", "MTQ"}, {"2410", "TNE"}, {"3511", "KWH"}, {"3512", "KWH"}, {"3600", "MTQ"}, {"3811", "TNE"}, {"3821", "TNE"}};
  /** Hà Giang's districts (024 the city, 026..035), where 2014-2015 enterprises lay until the 2025 reform. */
  static final String[] DISTRICTS = {"030", "029", "028", "026", "027", "031", "032", "033", "034", "035", "024"};

  /** One planned report line: enterprise, its line number, product, monthly base quantity, unit price, 2015 growth. */
  record Plan(String taxCode, int lineNo, String product, double base, double price, double growth) {}

  record Query(String name, Recorder rec) {}

  private final Bench b;
  private final int queries = Integer.getInteger("bench.iipRequests", 100);
  private final int querySeconds = Integer.getInteger("bench.iipSeconds", 45);
  private final int apiReports = Integer.getInteger("bench.iipPuts", 100);
  private final int recomputes = Integer.getInteger("bench.iipRecomputes", 3);
  private final boolean keep = "1".equals(System.getProperty("bench.keepScale", "0"));

  IipScale(Bench b) {
    this.b = b;
  }

  static String product(int p) {
    return PRODUCT + CLASSES[p % CLASSES.length][0] + "-" + String.format("%02d", p / CLASSES.length + 1);
  }

  /** Valid tax codes (MST): Hà Giang's prefix 51, a sequence from 9800000, the check digit of python-stdnum's vn.mst. */
  static List<String> taxCodes(int n) {
    int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    List<String> out = new ArrayList<>();
    for (int seq = 9_800_000; out.size() < n; seq++) {
      String nine = "51" + seq;
      int total = 0;
      for (int i = 0; i < 9; i++) total += w[i] * (nine.charAt(i) - '0');
      int check = 10 - total % 11;
      if (check < 10) out.add(nine + check);
    }
    return out;
  }

  static double season(int month) {
    return 1 + 0.1 * Math.sin(month);
  }

  void run() throws Exception {
    b.settle();
    String admin = b.auth.serviceToken("bench-scale", Duration.ofHours(2), "ADMIN");
    String stats = b.auth.serviceToken("bench-scale", Duration.ofHours(2), "STATISTICS");
    String reader = b.auth.serviceToken("bench-scale", Duration.ofHours(2), "READER");
    List<String> taxCodes = taxCodes(ENTERPRISES);
    precheck(taxCodes);
    try {
      measure(taxCodes, admin, stats, reader);
    } finally {
      if (!keep) cleanup(taxCodes);
    }
  }

  void measure(List<String> taxCodes, String admin, String stats, String reader) throws Exception {
    // 1. Products and enterprises through the API.
    AtomicLong seqs = new AtomicLong();
    Recorder products =
        b.load.closed("iip-scale: PUT product (create)", 2, Duration.ofSeconds(300), PRODUCTS, seqs,
            (w, seq) -> put(b.industry + "/api/v1/industry/products/" + product((int) seq), admin, null, productJson((int) seq)), null);
    seqs.set(0);
    Recorder enterprises =
        b.load.closed("iip-scale: PUT enterprise (create)", 2, Duration.ofSeconds(300), ENTERPRISES, seqs,
            (w, seq) -> put(b.industry + "/api/v1/industry/enterprises/" + taxCodes.get((int) seq), admin, null, enterpriseJson((int) seq)), null);
    b.report.addRun(products);
    b.report.addRun(enterprises);
    if (products.accepted != PRODUCTS || enterprises.accepted != ENTERPRISES) {
      throw new IllegalStateException("created " + products.accepted + " products and " + enterprises.accepted + " enterprises: " + products.seen.keySet() + " "
          + enterprises.seen.keySet());
    }
    Bench.log("iip-scale: " + PRODUCTS + " products and " + ENTERPRISES + " enterprises created through the API");

    // 2. 2014 and 2015 by SQL, in the service's tables, but for the December reports of the first enterprises.
    List<Plan> plans = plans(taxCodes);
    long s0 = System.nanoTime();
    long[] inserted = insertReports(plans, taxCodes.subList(0, apiReports));
    double sqlSeconds = (System.nanoTime() - s0) / 1e9;
    Bench.log(String.format("iip-scale: %d reports with %d lines inserted by SQL in %.1f s", inserted[0], inserted[1], sqlSeconds));

    // 3. The base-year weights, from the 2014 figures; creating them recomputes the 24 months.
    String weights = weightsJson();
    long w0 = System.nanoTime();
    HttpResponse<String> created = b.http.send(put(b.industry + "/api/v1/industry/iip/base-years/" + HA_GIANG + "/" + BASE, stats, null, weights), HttpResponse.BodyHandlers.ofString());
    double firstRecompute = (System.nanoTime() - w0) / 1e9;
    if (created.statusCode() != 201) throw new IllegalStateException("base year " + BASE + ": " + created.statusCode() + " " + created.body());
    String etag = created.headers().firstValue("ETag").orElseThrow();
    Bench.log(String.format("iip-scale: weights %d created, 24 months recomputed in %.1f s", BASE, firstRecompute));

    // 4. The rest of December 2015 through the API, one client: each PUT recomputes December in its transaction.
    seqs.set(0);
    Map<String, List<Plan>> byEnterprise = new LinkedHashMap<>();
    for (Plan p : plans) byEnterprise.computeIfAbsent(p.taxCode(), k -> new ArrayList<>()).add(p);
    Recorder december =
        b.load.closed("iip-scale: PUT report " + YEAR + "-12 (create, recomputes the month)", 1, Duration.ofSeconds(600), apiReports, seqs,
            (w, seq) -> {
              String tax = taxCodes.get((int) seq);
              return put(b.industry + "/api/v1/industry/production-reports/" + tax + "/" + YEAR + "-12", stats, null, reportJson(byEnterprise.get(tax), YEAR, 12));
            },
            null);
    b.report.addRun(december);
    Bench.log(String.format("iip-scale: %d December reports through the API, p50 %.0f ms, p99 %.0f ms", december.accepted, december.ms(50), december.ms(99)));
    if (december.accepted != apiReports) throw new IllegalStateException("December reports accepted: " + december.accepted + " " + december.seen.keySet());

    // 5. The whole computation: replacing the weights recomputes and republishes all 24 months.
    List<Double> recomputeSeconds = new ArrayList<>();
    for (int i = 0; i < recomputes; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = b.http.send(put(b.industry + "/api/v1/industry/iip/base-years/" + HA_GIANG + "/" + BASE, stats, etag, weights), HttpResponse.BodyHandlers.ofString());
      double s = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) throw new IllegalStateException("replacing the weights: " + r.statusCode() + " " + r.body());
      etag = r.headers().firstValue("ETag").orElseThrow();
      recomputeSeconds.add(s);
      Bench.log(String.format("iip-scale: 24 months recomputed in %.2f s", s));
    }

    // 6. The IIP query, computed from the reports on every GET: monthly and year to date.
    JsonNode sample = Bench.JSON.readTree(b.http.send(ReadScale.get(b.industry + "/api/v1/industry/iip?period=" + YEAR + "-12&cumulative=true", "Bearer " + reader),
        HttpResponse.BodyHandlers.ofString()).body());
    List<String> keys = b.auth.keys("bench-" + b.runId + "-iip", 1, "READER");
    List<Query> qs = new ArrayList<>();
    for (boolean cumulative : new boolean[] {false, true}) {
      String what = cumulative ? "year to date" : "monthly";
      Load.Call direct = (w, seq) -> ReadScale.get(b.industry + iipPath(seq, cumulative), "Bearer " + reader);
      Load.Call gw = (w, seq) -> ReadScale.get(b.gateway + iipPath(seq, cumulative), "ApiKey " + keys.get(0));
      qs.add(new Query(what + ", direct", query("IIP " + YEAR + " " + what + " direct", direct)));
      qs.add(new Query(what + ", via gateway", query("IIP " + YEAR + " " + what + " via gateway", gw)));
    }
    for (Query q : qs) Bench.log(String.format("iip-scale: %s p50 %.1f ms, p99 %.1f ms", q.rec().name, q.rec().ms(50), q.rec().ms(99)));
    b.report.iipScale(products, enterprises, inserted, sqlSeconds, firstRecompute, december, recomputeSeconds, qs, sample, querySeconds, keep);
    b.report.write();
  }

  static String iipPath(long seq, boolean cumulative) {
    return "/api/v1/industry/iip?period=" + YEAR + "-" + String.format("%02d", 1 + seq % 12) + "&cumulative=" + cumulative;
  }

  /** One client, each query sent when the last was answered: the computation's own latency, no queue. */
  Recorder query(String name, Load.Call call) throws Exception {
    AtomicLong seqs = new AtomicLong();
    b.load.closed("warm-up " + name, 1, Duration.ofSeconds(20), 12, seqs, call, null);
    Recorder r = b.load.closed(name + " (1 client)", 1, Duration.ofSeconds(querySeconds), queries, seqs, call, null);
    b.report.addRun(r);
    return r;
  }

  /** Refuses to run over someone else's figures, and removes what an interrupted run left. */
  void precheck(List<String> taxCodes) throws Exception {
    long ours = Long.parseLong(b.pg.row("industry", "select count(*) from enterprise where name like ?", NAME + "%").get(0))
        + Long.parseLong(b.pg.row("industry", "select count(*) from product where code like ?", PRODUCT + "%").get(0));
    if (ours > 0) {
      Bench.log("iip-scale: data of an earlier run found; removing it first");
      cleanup(taxCodes);
    }
    long taken = Long.parseLong(b.pg.row("industry", "select count(*) from enterprise where tax_code = any(?::text[])", "{" + String.join(",", taxCodes) + "}").get(0));
    long reports = Long.parseLong(b.pg.row("industry", "select count(*) from production_report where period between ? and ?", BASE + "-01", YEAR + "-12").get(0));
    long base = Long.parseLong(b.pg.row("industry", "select count(*) from iip_base_year where year = ?", BASE).get(0));
    if (taken > 0 || reports > 0 || base > 0) {
      throw new IllegalStateException("the industry database already has figures in the bench's range (" + taken + " tax codes, " + reports + " reports of " + BASE + "-"
          + YEAR + ", " + base + " base year " + BASE + "); not touching them");
    }
  }

  List<Plan> plans(List<String> taxCodes) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < CLASSES.length; c++) byClass.add(new ArrayList<>());
    for (int p = 0; p < PRODUCTS; p++) byClass.get(p % CLASSES.length).add(p);
    List<Plan> out = new ArrayList<>();
    for (int e = 0; e < ENTERPRISES; e++) {
      List<Integer> mine = byClass.get(e % CLASSES.length);
      for (int j = 0; j < LINES; j++) {
        int p = mine.get((e / CLASSES.length + j) % mine.size());
        out.add(new Plan(taxCodes.get(e), j + 1, product(p), 1000.0 * (1 + p % 7) * (0.5 + (e % 10) / 10.0), 50_000.0 * (1 + p % 11), 1.02 + 0.01 * (p % 9)));
      }
    }
    return out;
  }

  /**
   * Reports and lines of 2014 (FINAL) and 2015 (PRELIMINARY, December ESTIMATED), as the service
   * stores them, but for the December reports of {@code viaApi}.
   */
  long[] insertReports(List<Plan> plans, List<String> viaApi) throws Exception {
    try (Connection c = b.pg.connect("industry");
        var st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("create temporary table bench_plan (tax_code text, line_no int, product_code text, base float8, price float8, growth float8) on commit drop");
      try (PreparedStatement ps = c.prepareStatement("insert into bench_plan values (?, ?, ?, ?, ?, ?)")) {
        for (Plan p : plans) {
          ps.setString(1, p.taxCode());
          ps.setInt(2, p.lineNo());
          ps.setString(3, p.product());
          ps.setDouble(4, p.base());
          ps.setDouble(5, p.price());
          ps.setDouble(6, p.growth());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      long reports =
          st.executeUpdate(
              "insert into production_report (tax_code, period, status, version, created_at, updated_at, unit_code)"
                  + " select e.tax_code, to_char(m, 'YYYY-MM'), case when extract(year from m) = " + BASE + " then 'FINAL'"
                  + "   when extract(month from m) = 12 then 'ESTIMATED' else 'PRELIMINARY' end, 0, now(), now(),"
                  // the unit the enterprise lay in that month, as the service places a report
                  + "   (select l.unit_code from enterprise_location l where l.tax_code = e.tax_code"
                  + "     and (l.valid_from is null or l.valid_from <= m) and (l.valid_to is null or l.valid_to >= m))"
                  + " from enterprise e, generate_series(date '" + BASE + "-01-01', date '" + YEAR + "-12-01', interval '1 month') m"
                  + " where e.name like '" + NAME + "%' and not (m = date '" + YEAR + "-12-01' and e.tax_code = any('{" + String.join(",", viaApi) + "}'::text[]))");
      // Quantities as reportJson makes them: base × season(month) × growth in 2015; current prices +4 % in 2015.
      long lines =
          st.executeUpdate(
              "insert into production_line (report_id, line_no, product_code, quantity, output_value_current, output_value_constant)"
                  + " select r.id, p.line_no, p.product_code, q.qty, round(q.qty * p.price::numeric * q.inflation, 2), round(q.qty * p.price::numeric, 2)"
                  + " from production_report r join bench_plan p on p.tax_code = r.tax_code,"
                  + " lateral (select round((p.base * (1 + 0.1 * sin(substr(r.period, 6, 2)::int))"
                  + "   * case when r.period like '" + YEAR + "-%' then p.growth else 1 end)::numeric, 3) as qty,"
                  + "   case when r.period like '" + YEAR + "-%' then 1.04 else 1 end as inflation) q"
                  + " where r.period between '" + BASE + "-01' and '" + YEAR + "-12'");
      c.commit();
      return new long[] {reports, lines};
    }
  }

  String productJson(int p) {
    ObjectNode n = Bench.JSON.createObjectNode();
    n.put("nameVi", "Sản phẩm thử tải số " + (p + 1));
    n.put("nameEn", "Bench scale product " + (p + 1));
    n.put("unit", CLASSES[p % CLASSES.length][1]);
    n.put("vsicClass", CLASSES[p % CLASSES.length][0]);
    return n.toString();
  }

  String enterpriseJson(int e) {
    ObjectNode n = Bench.JSON.createObjectNode();
    n.put("name", NAME + (e + 1));
    ObjectNode at = n.putArray("locations").addObject();
    at.put("unitCode", DISTRICTS[e % DISTRICTS.length]);
    at.putNull("validFrom");
    at.put("validTo", "2025-06-30");
    n.putNull("clusterCode");
    n.put("mainVsicClass", CLASSES[e % CLASSES.length][0]);
    return n.toString();
  }

  static String reportJson(List<Plan> lines, int year, int month) {
    ObjectNode n = Bench.JSON.createObjectNode();
    n.put("status", "ESTIMATED");
    ArrayNode a = n.putArray("lines");
    for (Plan p : lines) {
      BigDecimal qty = BigDecimal.valueOf(p.base() * season(month) * (year == YEAR ? p.growth() : 1)).setScale(3, RoundingMode.HALF_UP);
      BigDecimal price = BigDecimal.valueOf(p.price());
      ObjectNode l = a.addObject();
      l.put("productCode", p.product());
      l.put("quantity", qty);
      l.put("outputValueCurrentVnd", qty.multiply(price).multiply(year == YEAR ? new BigDecimal("1.04") : BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP));
      l.put("outputValueConstantVnd", qty.multiply(price).setScale(2, RoundingMode.HALF_UP));
    }
    return n.toString();
  }

  /**
   * The weights of base year 2014 from the 2014 reports: each product's output value and average
   * monthly quantity; value added 30 % of output for each class, summed up to divisions and sections.
   */
  String weightsJson() throws Exception {
    ObjectNode n = Bench.JSON.createObjectNode();
    ArrayNode products = n.putArray("products");
    Map<String, BigDecimal> classOutput = new TreeMap<>();
    Map<String, String> parent = new TreeMap<>();
    try (Connection c = b.pg.connect("industry")) {
      try (PreparedStatement ps =
              c.prepareStatement(
                  "select l.product_code, p.vsic_class, sum(l.output_value_constant), round(sum(l.quantity) / 12, 3) from production_line l"
                      + " join production_report r on r.id = l.report_id join product p on p.code = l.product_code"
                      + " where r.period between ? and ? and l.product_code like ? group by 1, 2 order by 1");
          ResultSet rs = bind(ps, BASE + "-01", BASE + "-12", PRODUCT + "%").executeQuery()) {
        while (rs.next()) {
          ObjectNode p = products.addObject();
          p.put("productCode", rs.getString(1));
          p.put("outputValueVnd", rs.getBigDecimal(3));
          p.put("averageMonthlyQuantity", rs.getBigDecimal(4));
          classOutput.merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("select code, parent_code from vsic where parent_code is not null");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) parent.put(rs.getString(1), rs.getString(2));
      }
    }
    Map<String, BigDecimal> va = new TreeMap<>();
    for (var e : classOutput.entrySet()) {
      BigDecimal v = e.getValue().multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
      for (String code = e.getKey(); code != null; code = parent.get(code)) va.merge(code, v, BigDecimal::add);
    }
    ArrayNode valueAdded = n.putArray("valueAdded");
    va.forEach((code, v) -> valueAdded.addObject().put("vsicCode", code).put("valueAddedVnd", v));
    if (products.size() != PRODUCTS) throw new IllegalStateException("base-year figures for " + products.size() + " products, expected " + PRODUCTS);
    return n.toString();
  }

  private static PreparedStatement bind(PreparedStatement ps, Object... args) throws Exception {
    for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    return ps;
  }

  static HttpRequest put(String url, String token, String ifMatch, String json) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(600)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    if (ifMatch != null) r.header("If-Match", ifMatch);
    return r.PUT(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  /**
   * Removes the bench's reports, weights, enterprises and products, their revisions, and the months
   * 2014-2015 the gateway's read model received from the recomputations (the industry has no other
   * figures there: {@link #precheck} made sure of it).
   */
  void cleanup(List<String> taxCodes) throws Exception {
    b.settle();
    long pending = 1;
    for (int i = 0; i < 240 && pending > 0; i++) {
      pending = Long.parseLong(b.pg.row("industry", "select count(*) from outbox where published_at is null").get(0));
      if (pending > 0) Thread.sleep(250);
    }
    Thread.sleep(3000); // let the gateway apply the last indicator events before they are removed
    try (Connection c = b.pg.connect("industry");
        var st = c.createStatement()) {
      c.setAutoCommit(false);
      String ours = "(select tax_code from enterprise where name like '" + NAME + "%')";
      st.execute("delete from revision where (aggregate_type = 'ProductionReport' and split_part(aggregate_id, '/', 1) in " + ours + ")"
          + " or (aggregate_type = 'Enterprise' and aggregate_id in " + ours + ")"
          + " or (aggregate_type = 'Product' and aggregate_id like '" + PRODUCT + "%')"
          + " or (aggregate_type = 'IipBaseYear' and aggregate_id = '" + HA_GIANG + "/" + BASE + "')");
      st.execute("delete from production_report where tax_code in " + ours);
      st.execute("delete from iip_base_year where territory = '" + HA_GIANG + "' and year = " + BASE);
      st.execute("delete from enterprise where name like '" + NAME + "%'");
      st.execute("delete from product where code like '" + PRODUCT + "%'");
      c.commit();
    }
    b.pg.execute("gateway", "delete from industry_month where year in (" + BASE + ", " + YEAR + ")");
    b.pg.execute("industry", "vacuum (analyze) production_line");
    b.pg.execute("industry", "vacuum (analyze) production_report");
    Bench.log("iip-scale: the bench's industry figures removed");
  }
}
