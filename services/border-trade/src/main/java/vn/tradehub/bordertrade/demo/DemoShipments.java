package vn.tradehub.bordertrade.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.logging.Logger;
import vn.tradehub.bordertrade.config.DemoConfig;
import vn.tradehub.bordertrade.rate.ExchangeRateRequest;
import vn.tradehub.bordertrade.rate.ExchangeRateService;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.shipment.Flow;
import vn.tradehub.bordertrade.shipment.Money;
import vn.tradehub.bordertrade.shipment.ShipmentRequest;
import vn.tradehub.bordertrade.shipment.ShipmentService;
import vn.tradehub.bordertrade.shipment.TradeForm;
import vn.tradehub.bordertrade.shipment.TransportMode;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Unit;

/**
 * Demo shipments 2019-01 to 2026-11 at the seeded gates, generated deterministically (seeded) and
 * posted through the service as sheets (so rollups, placements and events are produced exactly as
 * for real posts). Yearly totals per flow are exact: exports are 392.73 million USD in 2019 and
 * 242.00 million in 2020 (-38.38 %), the province's published figures; 2021 sits near the plan of
 * 270 million USD of turnover.
 *
 * <p>From 2022 the figures are DEMO FIGURES, made up to continue the trend plausibly (the 2022
 * closures on the Chinese side, the recovery from 2023): no published figure is reproduced. The
 * same six gates of the former Hà Giang carry them; their lines lie in the gates' communes of the
 * former Hà Giang until 2025-06 and in the new province's communes from 2025-07 (the gates'
 * locations place them). The former Tuyên Quang has no land border: its border trade is nil.
 */
@ApplicationScoped
public class DemoShipments {
  private static final Logger LOG = Logger.getLogger(DemoShipments.class);
  static final String LOADER = "demo-loader";

  /** The last demo month: the series runs without a gap from 2019-01 to it. */
  static final YearMonth LAST_MONTH = YearMonth.of(2026, 11);

  /** Yearly USD totals per flow (2026: January to November); from 2022 demo figures. */
  static final Map<Integer, Map<Flow, BigDecimal>> TARGETS =
      Map.of(
          2019, perFlow("392730000.00", "180450000.00", "58200000.00"),
          2020, perFlow("242000000.00", "121300000.00", "36700000.00"),
          2021, perFlow("150200000.00", "96400000.00", "31900000.00"),
          // Demo figures from here on (see the class comment).
          2022, perFlow("98600000.00", "71300000.00", "22400000.00"),
          2023, perFlow("161800000.00", "104500000.00", "33900000.00"),
          2024, perFlow("204300000.00", "126200000.00", "41700000.00"),
          2025, perFlow("226900000.00", "138600000.00", "45200000.00"),
          2026, perFlow("228400000.00", "139100000.00", "45800000.00"));

  /**
   * Monthly weights: Tết in February (January in 2023 and 2025); 2020 has the border closures of
   * February to April, 2022 the long closures of its first half; 2026 runs to November.
   */
  static final Map<Integer, double[]> MONTH_WEIGHTS =
      Map.of(
          2019, new double[] {8, 6, 8.5, 8.5, 9, 8.5, 8.5, 8.5, 8.5, 8.5, 9, 9.5},
          2020, new double[] {10, 3, 2.5, 3.5, 7, 8.5, 9.5, 10, 10.5, 11, 11.5, 12.5},
          2021, new double[] {9, 6, 8, 8.5, 8, 7.5, 8, 8.5, 9, 9, 9, 10},
          2022, new double[] {6, 4, 4.5, 4, 5, 6.5, 8, 8.5, 9, 9.5, 10, 11},
          2023, new double[] {6, 7, 8, 8.5, 8.5, 8.5, 8.5, 9, 9, 9, 9.5, 10},
          2024, new double[] {8, 6, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9, 9, 9, 9.5},
          2025, new double[] {6.5, 7.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9, 9, 9.5, 10},
          2026, new double[] {8, 6, 8.5, 8.5, 9, 8.5, 8.5, 9, 9, 9.5, 9.5});

  /** CNY per USD by year, for the demo's rates from 2022 (the seeded ones end with 2021). */
  static final Map<Integer, Double> CNY_PER_USD =
      Map.of(2022, 6.73, 2023, 7.08, 2024, 7.19, 2025, 7.18, 2026, 7.05);

  record GateShare(String gate, double share, TradeForm form) {}

  static final List<GateShare> GATES =
      List.of(
          new GateShare("THANH_THUY", 0.72, TradeForm.OFFICIAL),
          new GateShare("XIN_MAN", 0.12, TradeForm.OFFICIAL),
          new GateShare("SAM_PUN", 0.07, TradeForm.BORDER_RESIDENT),
          new GateShare("PHO_BANG", 0.04, TradeForm.BORDER_RESIDENT),
          new GateShare("NGHIA_THUAN", 0.02, TradeForm.BORDER_RESIDENT),
          new GateShare("CHO_THANH_THUY", 0.03, TradeForm.BORDER_MARKET));

  record Product(String hs, String description, Unit unit, double usdPerUnit, TransportMode mode) {}

  static final Map<Flow, List<Product>> PRODUCTS =
      Map.of(
          Flow.EXPORT,
          List.of(
              new Product("09022090", "Chè xanh Shan tuyết", Unit.KGM, 4.5, TransportMode.ROAD),
              new Product("26020000", "Quặng mangan", Unit.TNE, 180, TransportMode.ROAD),
              new Product("26011100", "Quặng sắt chưa nung kết", Unit.TNE, 95, TransportMode.ROAD),
              new Product("27160000", "Điện năng", Unit.MWH, 55, TransportMode.FIXED_INSTALLATION),
              new Product("11081400", "Tinh bột sắn", Unit.TNE, 420, TransportMode.ROAD),
              new Product("08109090", "Quả tươi các loại", Unit.KGM, 0.9, TransportMode.ROAD)),
          Flow.IMPORT,
          List.of(
              new Product("31052000", "Phân bón NPK", Unit.TNE, 330, TransportMode.ROAD),
              new Product("84295200", "Máy xúc đào bánh xích", Unit.PCE, 68000, TransportMode.ROAD),
              new Product("08081000", "Táo tươi", Unit.KGM, 0.8, TransportMode.ROAD),
              new Product("07031019", "Hành củ tươi", Unit.KGM, 0.35, TransportMode.ROAD),
              new Product("72142000", "Thép thanh vằn", Unit.TNE, 560, TransportMode.ROAD)),
          Flow.BORDER_GATE_TRANSFER,
          List.of(
              new Product("08045020", "Xoài tươi", Unit.KGM, 0.7, TransportMode.ROAD),
              new Product("07019000", "Khoai tây tươi", Unit.KGM, 0.3, TransportMode.ROAD),
              new Product("10063099", "Gạo trắng", Unit.TNE, 450, TransportMode.ROAD),
              new Product("44079990", "Gỗ xẻ", Unit.MTQ, 260, TransportMode.ROAD)));

  private final DemoConfig config;
  private final ShipmentService shipments;
  private final ExchangeRateService rates;
  private final Jdbc jdbc;

  public DemoShipments(
      DemoConfig config, ShipmentService shipments, ExchangeRateService rates, Jdbc jdbc) {
    this.config = config;
    this.shipments = shipments;
    this.rates = rates;
    this.jdbc = jdbc;
  }

  void load(@Observes StartupEvent event) {
    if (!config.enabled()) return;
    List<Integer> years = missingYears();
    if (years.isEmpty()) return;
    long started = System.nanoTime();
    rates.createAll(demoRates());
    RateTable table = rates.table();
    int lines = 0;
    // A year per sheet: one transaction each, its lines inserted, rolled up and published at once.
    for (int year : years) {
      List<ShipmentRequest> sheet =
          generate(year, table).values().stream().flatMap(List::stream).toList();
      lines +=
          shipments
              .recordBatch(sheet, List.of(), vn.tradehub.bordertrade.shipment.Access.system(LOADER))
              .created();
    }
    LOG.infof(
        "Loaded %d demo shipment lines (%s; from 2022 demo figures) in %d ms",
        lines, years, (System.nanoTime() - started) / 1_000_000);
  }

  /** The demo years not loaded yet (a database with the 2019-2021 demo gets the rest). */
  private List<Integer> missingYears() {
    List<Integer> loaded =
        jdbc.query(
            "select distinct extract(year from declared_on)::int from shipment where recorded_by = ?",
            rs -> rs.getInt(1),
            LOADER);
    return TARGETS.keySet().stream().sorted().filter(y -> !loaded.contains(y)).toList();
  }

  /**
   * Monthly CNY rates for the demo years after the seeded ones (2022-01 to 2026-12), labelled demo:
   * replace them with the rates of record through the API.
   */
  static List<ExchangeRateService.Put> demoRates() {
    List<ExchangeRateService.Put> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2022, 1);
        !m.isAfter(YearMonth.of(2026, 12));
        m = m.plusMonths(1)) {
      double rate = CNY_PER_USD.get(m.getYear()) + 0.04 * Math.cos(m.getMonthValue());
      out.add(
          new ExchangeRateService.Put(
              "CNY",
              m.atDay(1),
              new ExchangeRateRequest(
                  BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP),
                  m.atEndOfMonth(),
                  "SBV cross rate, monthly average " + m + " (demo)")));
    }
    return out;
  }

  /**
   * One year of lines, by month; the last line of each flow takes the remainder so totals are
   * exact.
   */
  static Map<YearMonth, List<ShipmentRequest>> generate(int year, RateTable rates) {
    Random random = new Random(year * 7919L);
    Map<YearMonth, List<ShipmentRequest>> out = new java.util.TreeMap<>();
    double[] weights = MONTH_WEIGHTS.get(year);
    double weightSum = java.util.Arrays.stream(weights).sum();
    int months = weights.length; // 12, or up to LAST_MONTH
    for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT, Flow.BORDER_GATE_TRANSFER)) {
      BigDecimal target = TARGETS.get(year).get(flow);
      List<Product> products = PRODUCTS.get(flow);
      record Draft(
          YearMonth month,
          GateShare gate,
          int line,
          Product product,
          LocalDate day,
          String declaration,
          String currency,
          double raw) {}
      List<Draft> drafts = new ArrayList<>();
      for (int m = 1; m <= months; m++) {
        YearMonth month = YearMonth.of(year, m);
        for (GateShare gate : GATES) {
          double cell = weights[m - 1] / weightSum * gate.share();
          int count = 2 + random.nextInt(4);
          for (int i = 0; i < count; i++) {
            drafts.add(
                new Draft(
                    month,
                    gate,
                    1 + i,
                    products.get(random.nextInt(products.size())),
                    month.atDay(1 + random.nextInt(month.lengthOfMonth())),
                    String.format(
                        "%d%02d%02d%s%05d",
                        year % 100,
                        m,
                        flow.ordinal(),
                        gate.gate().substring(0, 2),
                        random.nextInt(100000)),
                    random.nextInt(100) < 15 ? "CNY" : "USD",
                    cell / count * (0.6 + 0.8 * random.nextDouble())));
          }
        }
      }
      // Scaled to 98 % of the target; a closing line then makes the year exact.
      double scale = 0.98 * target.doubleValue() / drafts.stream().mapToDouble(Draft::raw).sum();
      BigDecimal booked = BigDecimal.ZERO;
      for (Draft d : drafts) {
        BigDecimal usdValue = BigDecimal.valueOf(d.raw() * scale).setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = usdValue;
        if (d.currency().equals("CNY")) {
          amount =
              usdValue
                  .multiply(rates.toUsd(BigDecimal.ONE, "CNY", d.day()).orElseThrow().unitsPerUsd())
                  .setScale(2, RoundingMode.HALF_UP);
          usdValue = rates.toUsd(amount, "CNY", d.day()).orElseThrow().valueUsd();
        }
        Product p = d.product();
        BigDecimal quantity =
            BigDecimal.valueOf(Math.max(1, usdValue.doubleValue() / p.usdPerUnit()))
                .setScale(p.unit() == Unit.PCE ? 0 : 3, RoundingMode.HALF_UP);
        out.computeIfAbsent(d.month(), k -> new ArrayList<>())
            .add(
                request(
                    d.gate(),
                    d.declaration(),
                    d.line(),
                    d.day(),
                    flow,
                    p,
                    quantity,
                    new Money(amount, d.currency())));
        booked = booked.add(usdValue);
      }
      // A final USD line at the main gate in the last month makes the year's total exact.
      BigDecimal remainder = target.subtract(booked);
      if (remainder.signum() <= 0)
        throw new IllegalStateException("demo generation overshot " + flow + " " + year);
      Product p = products.get(0);
      LocalDate day = LocalDate.of(year, months, 28);
      out.get(YearMonth.of(year, months))
          .add(
              request(
                  GATES.get(0),
                  String.format("%d%02d%02dZZ99999", year % 100, months, flow.ordinal()),
                  1,
                  day,
                  flow,
                  p,
                  remainder
                      .divide(BigDecimal.valueOf(p.usdPerUnit()), 3, RoundingMode.HALF_UP)
                      .max(BigDecimal.ONE),
                  new Money(remainder, "USD")));
    }
    return out;
  }

  private static ShipmentRequest request(
      GateShare gate,
      String declaration,
      int line,
      LocalDate day,
      Flow flow,
      Product p,
      BigDecimal quantity,
      Money value) {
    return new ShipmentRequest(
        gate.gate(),
        declaration,
        line,
        day,
        flow,
        gate.form(),
        p.hs(),
        p.description(),
        quantity,
        p.unit(),
        p.unit() == Unit.KGM ? quantity : null,
        value,
        "CN",
        p.mode());
  }

  /** A year's USD totals: exports, imports, goods transferred through the gates. */
  private static Map<Flow, BigDecimal> perFlow(String exports, String imports, String transfers) {
    return Map.of(
        Flow.EXPORT,
        new BigDecimal(exports),
        Flow.IMPORT,
        new BigDecimal(imports),
        Flow.BORDER_GATE_TRANSFER,
        new BigDecimal(transfers));
  }
}
