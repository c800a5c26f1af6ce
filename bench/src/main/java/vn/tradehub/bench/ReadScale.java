package vn.tradehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read scale (issue 8): the turnover query and the province indicators while the shipment table
 * grows from 100 thousand to 5 million generated rows, beside the naive GROUP BY over the raw table.
 *
 * <p>The rows are made in the border_trade database by SQL ({@code generate_series}), a fifth in
 * each year 2010-2014 (no other scenario and no demo data uses these years), with valid gates, HS
 * codes and units. The turnover rollup is updated from the very rows inserted ({@code insert ..
 * returning} in the same statement), at the grain the service keeps it, so the API answers are
 * true. No outbox events are written for them: the gateway's read model never sees these rows.
 */
final class ReadScale {
  static final int FIRST_YEAR = 2010;
  static final int YEARS = 5;
  /** The measured year; the report also reads the year before it, generated as well. */
  static final int YEAR = 2014;
  /** The indicators are read for a demo year, which has figures from all three services. */
  static final int INDICATORS_YEAR = 2020;
  static final String BY = "bench-scale";
  static final long[] STEPS = {100_000, 500_000, 1_000_000, 2_000_000, 5_000_000};
  static final long CHUNK = 250_000;

  static final String INSERT =
      "with p (k, hs, descr, unit, flow, usd, mode) as (values"
          + " (0, '09022090', 'Chè xanh Shan tuyết', 'KGM', 'EXPORT', 4.5, 'ROAD'),"
          + " (1, '26020000', 'Quặng mangan', 'TNE', 'EXPORT', 180, 'ROAD'),"
          + " (2, '26011100', 'Quặng sắt chưa nung kết', 'TNE', 'EXPORT', 95, 'ROAD'),"
          + " (3, '27160000', 'Điện năng', 'MWH', 'EXPORT', 55, 'FIXED_INSTALLATION'),"
          + " (4, '11081400', 'Tinh bột sắn', 'TNE', 'EXPORT', 420, 'ROAD'),"
          + " (5, '08109090', 'Quả tươi các loại', 'KGM', 'EXPORT', 0.9, 'ROAD'),"
          + " (6, '31052000', 'Phân bón NPK', 'TNE', 'IMPORT', 330, 'ROAD'),"
          + " (7, '84295200', 'Máy xúc đào bánh xích', 'PCE', 'IMPORT', 68000, 'ROAD'),"
          + " (8, '08081000', 'Táo tươi', 'KGM', 'IMPORT', 0.8, 'ROAD'),"
          + " (9, '07031019', 'Hành củ tươi', 'KGM', 'IMPORT', 0.35, 'ROAD'),"
          + " (10, '72142000', 'Thép thanh vằn', 'TNE', 'IMPORT', 560, 'ROAD'),"
          + " (11, '08045020', 'Xoài tươi', 'KGM', 'BORDER_GATE_TRANSFER', 0.7, 'ROAD'),"
          + " (12, '07019000', 'Khoai tây tươi', 'KGM', 'BORDER_GATE_TRANSFER', 0.3, 'ROAD'),"
          + " (13, '10063099', 'Gạo trắng', 'TNE', 'BORDER_GATE_TRANSFER', 450, 'ROAD'),"
          + " (14, '44079990', 'Gỗ xẻ', 'MTQ', 'BORDER_GATE_TRANSFER', 260, 'ROAD')),"
          + " g as (select ?::text[] as codes),"
          + " s as (select i, make_date(" + FIRST_YEAR + " + (i % " + YEARS + ")::int, 1 + ((i / 5) % 12)::int, 1 + ((i / 60) % 28)::int) as d,"
          + "   g.codes[1 + ((i / 3) % cardinality(g.codes))::int] as gate, (i / 11) % 15 as k, (1000 + (i * 37) % 49000)::numeric(20, 2) as usd"
          + "   from generate_series(?::bigint, ?::bigint - 1) as i, g),"
          + " ins as (insert into shipment (id, gate_code, declaration_number, line_number, declared_on, flow, trade_form, hs_code, description,"
          + "   quantity, unit, net_weight_kg, value_amount, value_currency, partner_country, transport_mode, value_usd, exchange_rate, rate_source,"
          + "   status, version, recorded_at, recorded_by, updated_at, unit_code)"
          + "   select gen_random_uuid(), s.gate, 'XS' || (s.i / 1000), 1 + (s.i % 1000)::int, s.d, p.flow,"
          + "   case s.gate when 'CHO_THANH_THUY' then 'BORDER_MARKET' when 'PHO_BANG' then 'BORDER_RESIDENT' when 'SAM_PUN' then 'BORDER_RESIDENT'"
          + "   else 'OFFICIAL' end, p.hs, p.descr,"
          + "   case when p.unit = 'PCE' then greatest(1, round(s.usd / p.usd)) else round(s.usd / p.usd, 3) end, p.unit,"
          + "   case p.unit when 'KGM' then round(s.usd / p.usd, 3) when 'TNE' then round(s.usd / p.usd * 1000, 3) end,"
          + "   s.usd, 'USD', (array['CN', 'CN', 'CN', 'HK', 'TW'])[1 + ((s.i / 13) % 5)::int], p.mode, s.usd, 1, 'identity',"
          + "   'RECORDED', 0, now(), '" + BY + "', now(), l.unit_code"
          + "   from s join p on p.k = s.k"
          // the commune the gate lay in on the declaration date, as the service places a line
          + "   join border_gate_location l on l.gate_code = s.gate and (l.valid_from is null or l.valid_from <= s.d)"
          + "     and (l.valid_to is null or l.valid_to >= s.d)"
          + "   returning declared_on, gate_code, unit_code, flow, trade_form, hs_code, partner_country, unit, value_usd, quantity)"
          + " insert into turnover_rollup (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines)"
          + " select date_trunc('month', declared_on)::date, gate_code, unit_code, flow, trade_form, left(hs_code, 2), partner_country, unit,"
          + "   sum(value_usd), sum(quantity), count(*)"
          + " from ins group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8"
          + " on conflict (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit) do update set"
          + " value_usd = turnover_rollup.value_usd + excluded.value_usd, quantity = turnover_rollup.quantity + excluded.quantity,"
          + " lines = turnover_rollup.lines + excluded.lines";

  /** The same grouping as the API's groupBy=gate,month,flow, straight over the shipments. */
  static final String NAIVE =
      "select gate_code, to_char(declared_on, 'YYYY-MM'), flow, sum(value_usd), count(*) from shipment"
          + " where declared_on between ? and ? and status <> 'CANCELLED' group by 1, 2, 3";

  /** Removes one year of generated rows and takes them out of the rollup, as a cancellation would. */
  static final String DELETE_YEAR =
      "with del as (delete from shipment where recorded_by = '" + BY + "' and declared_on >= ? and declared_on < ?"
          + "   returning declared_on, gate_code, unit_code, flow, trade_form, hs_code, partner_country, unit, value_usd, quantity)"
          + " insert into turnover_rollup (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines)"
          + " select date_trunc('month', declared_on)::date, gate_code, unit_code, flow, trade_form, left(hs_code, 2), partner_country, unit,"
          + "   -sum(value_usd), -sum(quantity), -count(*)"
          + " from del group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8"
          + " on conflict (month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit) do update set"
          + " value_usd = turnover_rollup.value_usd + excluded.value_usd, quantity = turnover_rollup.quantity + excluded.quantity,"
          + " lines = turnover_rollup.lines + excluded.lines";

  /** The figures of one size. */
  record Step(long generated, long tableRows, long rollupRowsYear, double generationSeconds, String loadAverage, Recorder direct, Recorder viaGateway,
      Recorder indicators, Recorder naive) {}

  /** The turnover API's total for the year against a SUM over the raw rows. */
  record Check(BigDecimal apiUsd, long apiLines, BigDecimal sqlUsd, long sqlLines) {
    boolean ok() {
      return apiUsd.compareTo(sqlUsd) == 0 && apiLines == sqlLines;
    }
  }

  private final Bench b;
  private final long maxRows = Long.getLong("bench.scaleMaxRows", 5_000_000);
  private final int requests = Integer.getInteger("bench.scaleRequests", 300);
  private final int clients = Integer.getInteger("bench.scaleClients", 1);
  private final int seriesSeconds = Integer.getInteger("bench.scaleSeconds", 60);
  private final int naiveMax = Integer.getInteger("bench.scaleNaive", 100);
  private final int naiveSeconds = Integer.getInteger("bench.scaleNaiveSeconds", 60);
  private final boolean keep = "1".equals(System.getProperty("bench.keepScale", "0"));

  ReadScale(Bench b) {
    this.b = b;
  }

  static List<Long> steps(long max) {
    List<Long> out = new ArrayList<>();
    for (long s : STEPS) if (s <= max) out.add(s);
    if (out.isEmpty() || out.get(out.size() - 1) < max) out.add(max);
    return out;
  }

  void run() throws Exception {
    b.settle(); // earlier scenarios' events must not land on the gateway while we measure it
    if (Long.parseLong(b.pg.row("border_trade", "select count(*) from shipment where recorded_by = ?", BY).get(0)) > 0) {
      Bench.log("read-scale: generated rows of an earlier run found; removing them first");
      cleanup();
    }
    long baseline = Long.parseLong(b.pg.row("border_trade", "select count(*) from shipment").get(0));
    long others = Long.parseLong(b.pg.row("border_trade", "select count(*) from shipment where declared_on between ? and ?",
        LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31)).get(0));
    if (others > 0) throw new IllegalStateException(others + " shipments already in " + FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1) + ": the scale years must be empty");
    String gates = b.pg.row("border_trade", "select array_agg(code order by code)::text from border_gate where valid_from <= ? and (valid_to is null or valid_to >= ?)",
        LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31)).get(0);
    if (gates == null) throw new IllegalStateException("no border gate is valid over " + FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1));

    String token = b.auth.serviceToken("bench-scale", Duration.ofHours(2));
    List<String> keys = b.auth.customsKeys("bench-" + b.runId + "-scale", 2);
    String query = "/api/v1/border-trade/turnover?from=" + YEAR + "-01&to=" + YEAR + "-12&groupBy=gate,month,flow";
    Load.Call direct = (w, seq) -> get(b.borderTrade + query, "Bearer " + token);
    Load.Call viaGateway = (w, seq) -> get(b.gateway + query, "ApiKey " + keys.get(0));
    Load.Call indicators = (w, seq) -> get(b.gateway + "/api/v1/province/indicators?year=" + INDICATORS_YEAR, "ApiKey " + keys.get(1));

    List<Step> done = new ArrayList<>();
    List<Long> sizes = steps(maxRows);
    Bench.log("read-scale: steps " + sizes + " generated rows over " + FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1) + ", gates " + gates);
    long generated = 0;
    double generationSeconds = 0;
    Check check = null;
    try {
      for (long target : sizes) {
        long t0 = System.nanoTime();
        generated = generate(gates, generated, target);
        double stepSeconds = (System.nanoTime() - t0) / 1e9;
        generationSeconds += stepSeconds;
        long a0 = System.nanoTime();
        b.pg.execute("border_trade", "analyze shipment; analyze turnover_rollup");
        Bench.log(String.format("read-scale: %,d rows generated (step %.0f s, analyze %.1f s)", generated, stepSeconds, (System.nanoTime() - a0) / 1e9));
        long rollupRows = Long.parseLong(b.pg.row("border_trade", "select count(*) from turnover_rollup where month between ? and ?", LocalDate.of(YEAR, 1, 1),
            LocalDate.of(YEAR, 12, 1)).get(0));
        String at = human(target);
        Recorder d = measure("turnover direct at " + at, direct);
        Recorder g = measure("turnover via gateway at " + at, viaGateway);
        Recorder i = measure("indicators via gateway at " + at, indicators);
        Recorder n = naive("naive GROUP BY at " + at);
        Bench.log(String.format("read-scale %s: p99 direct %.1f ms, gateway %.1f ms, indicators %.1f ms, naive %.1f ms (%d runs)", at, d.ms(99), g.ms(99), i.ms(99), n.ms(99),
            n.accepted));
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        done.add(new Step(generated, baseline + generated, rollupRows, generationSeconds, load, d, g, i, n));
        if (target == sizes.get(sizes.size() - 1)) check = check(token);
        b.report.readScale(done, check, clients, requests, naiveMax, naiveSeconds, Double.NaN, keep, baseline);
        b.report.write();
      }
    } finally {
      double cleanupSeconds = Double.NaN;
      if (!keep) {
        long c0 = System.nanoTime();
        cleanup();
        cleanupSeconds = (System.nanoTime() - c0) / 1e9;
        Bench.log(String.format("read-scale: generated rows removed and vacuumed in %.0f s", cleanupSeconds));
      } else {
        Bench.log("read-scale: BENCH_KEEP_SCALE=1, the generated rows stay (recorded_by = '" + BY + "')");
      }
      if (!done.isEmpty()) b.report.readScale(done, check, clients, requests, naiveMax, naiveSeconds, cleanupSeconds, keep, baseline);
    }
  }

  /** Inserts rows [from, target) in chunks of {@link #CHUNK}, one transaction each; returns target. */
  long generate(String gates, long from, long target) throws Exception {
    try (Connection c = b.pg.connect("border_trade");
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (long lo = from; lo < target; lo += CHUNK) {
        long hi = Math.min(target, lo + CHUNK);
        long t0 = System.nanoTime();
        ps.setString(1, gates);
        ps.setLong(2, lo);
        ps.setLong(3, hi);
        ps.executeUpdate();
        Bench.log(String.format("read-scale: %,d / %,d rows (%.0f rows/s)", hi, target, (hi - lo) / ((System.nanoTime() - t0) / 1e9)));
      }
    }
    return target;
  }

  Recorder measure(String name, Load.Call call) throws Exception {
    AtomicLong seqs = new AtomicLong();
    b.load.closed("warm-up " + name, 1, Duration.ofSeconds(10), 30, seqs, call, null);
    // Closed loop with few clients: the query's own latency, not a queue the load generator made.
    Recorder r = b.load.closed(name + " (" + clients + (clients == 1 ? " client)" : " clients)"), clients, Duration.ofSeconds(seriesSeconds), requests, seqs, call, null);
    b.report.addRun(r);
    return r;
  }

  /** The naive query, one client over JDBC, timed client-side: at most naiveMax runs or naiveSeconds. */
  Recorder naive(String name) throws Exception {
    Recorder rec = new Recorder(name + " (JDBC, 1 client)");
    try (Connection c = b.pg.connect("border_trade");
        PreparedStatement ps = c.prepareStatement(NAIVE)) {
      ps.setObject(1, LocalDate.of(YEAR, 1, 1));
      ps.setObject(2, LocalDate.of(YEAR, 12, 31));
      for (int i = 0; i < 2; i++) drain(ps);
      rec.start();
      long end = rec.startNanos + Duration.ofSeconds(naiveSeconds).toNanos();
      for (int i = 0; i < naiveMax && System.nanoTime() < end; i++) {
        long t0 = System.nanoTime();
        drain(ps);
        rec.attempts++;
        rec.accepted(t0, System.nanoTime());
      }
      rec.stop();
    }
    b.report.addRun(rec);
    return rec;
  }

  private static void drain(PreparedStatement ps) throws Exception {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) rs.getBigDecimal(4);
    }
  }

  Check check(String token) throws Exception {
    HttpResponse<String> r =
        b.http.send(get(b.borderTrade + "/api/v1/border-trade/turnover?from=" + YEAR + "-01&to=" + YEAR + "-12", "Bearer " + token), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("turnover: " + r.statusCode() + " " + r.body());
    JsonNode total = Bench.JSON.readTree(r.body()).path("total");
    List<String> sql = b.pg.row("border_trade", "select coalesce(sum(value_usd), 0), count(*) from shipment where declared_on between ? and ? and status <> 'CANCELLED'",
        LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
    Check c = new Check(total.path("valueUsd").decimalValue(), total.path("lines").asLong(), new BigDecimal(sql.get(0)), Long.parseLong(sql.get(1)));
    Bench.log("read-scale check: API " + c.apiUsd().toPlainString() + " USD / " + c.apiLines() + " lines, SQL " + c.sqlUsd() + " / " + c.sqlLines() + (c.ok() ? " (equal)" : " (DIFFERENT)"));
    return c;
  }

  void cleanup() throws Exception {
    try (Connection c = b.pg.connect("border_trade");
        PreparedStatement ps = c.prepareStatement(DELETE_YEAR);
        var st = c.createStatement()) {
      for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
        ps.setObject(1, LocalDate.of(y, 1, 1));
        ps.setObject(2, LocalDate.of(y + 1, 1, 1));
        ps.executeUpdate();
        Bench.log("read-scale cleanup: " + y + " removed");
      }
      st.execute("delete from turnover_rollup where lines = 0");
      st.execute("vacuum (analyze) shipment");
      st.execute("vacuum (analyze) turnover_rollup");
    }
  }

  static HttpRequest get(String url, String authorization) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", authorization).GET().build();
  }

  static String human(long rows) {
    if (rows >= 1_000_000 && rows % 1_000_000 == 0) return rows / 1_000_000 + "M";
    if (rows >= 1_000 && rows % 1_000 == 0) return rows / 1_000 + "k";
    return Long.toString(rows);
  }
}
