package vn.tradehub.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import vn.tradehub.industry.iip.BaseYearRequest;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.iip.Comparison;
import vn.tradehub.industry.iip.IipCalculator;
import vn.tradehub.industry.iip.IipService;
import vn.tradehub.industry.report.ProductionFacts.Fact;
import vn.tradehub.industry.report.ReportRequest;
import vn.tradehub.industry.report.ReportService.Filing;
import vn.tradehub.platform.figures.FigureStatus;

/**
 * Deterministic demo figures for Hà Giang, 2019-2021, for the enterprises and products seeded by
 * {@code V2__seed_ha_giang.sql} (the years after are {@link ReformDemoData}'s).
 *
 * <p>Quantities follow each product's seasonality and story (2020: low water for hydropower, ore
 * and pig-iron exports stopped at the border). They are then calibrated with this service's own IIP
 * code so that the published 2020 estimates come out: every 2020 quantity is scaled by one factor
 * (a Laspeyres index is homogeneous of degree one in q1, so one factor moves the index exactly)
 * until the year-to-date IIP of December 2020 against 2019 is 90.84 (−9.16 %). Output values at
 * current prices are scaled to the published totals, 6,248.9 billion VND in 2019 and 6,181.4
 * billion in 2020 (−1.08 %), with the rounding residual put on the largest line. 2021 is calibrated
 * the same way to an IIP of 106.90, near the plan's +6.8 %.
 */
public final class DemoData {
  public static final BigDecimal IIP_2020 = new BigDecimal("90.84");
  public static final BigDecimal IIP_2021 = new BigDecimal("106.90");
  public static final BigDecimal OUTPUT_2019 = new BigDecimal("6248900000000");
  public static final BigDecimal OUTPUT_2020 = new BigDecimal("6181400000000");
  public static final BigDecimal OUTPUT_2021_GROWTH = new BigDecimal("1.1183");

  static final double[] HYDRO = {
    0.55, 0.45, 0.45, 0.55, 0.85, 1.25, 1.55, 1.7, 1.45, 1.2, 1.05, 0.9
  };
  static final double[] TEA = {0.3, 0.3, 0.8, 1.3, 1.4, 1.4, 1.35, 1.3, 1.25, 1.1, 0.9, 0.4};
  static final double[] BUILD = {0.9, 0.7, 1.1, 1.1, 1.05, 0.95, 0.9, 0.9, 1.0, 1.1, 1.1, 1.2};
  static final double[] TET = {1.4, 1.0, 0.8, 0.8, 0.8, 0.8, 0.9, 0.9, 0.9, 1.0, 1.2, 1.5};
  static final double[] SUMMER = {0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.8};
  static final double[] MILD = {
    1.05, 0.95, 1.0, 1.0, 1.02, 1.05, 1.05, 1.05, 1.0, 0.95, 0.93, 0.95
  };
  static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

  /** The border closures of early 2020 hit every product but electricity and water. */
  private static final double[] COVID_2020 = {
    1.0, 0.88, 0.84, 0.8, 0.9, 0.95, 1.0, 1.0, 1.0, 1.02, 1.03, 1.05
  };

  /** A product: VSIC class, province monthly quantity in 2019, prices, season, yearly change. */
  record Spec(
      String code,
      String vsicClass,
      double monthly2019,
      double price2019,
      double constantPrice,
      double[] season,
      double growth2020,
      double growth2021,
      boolean covid,
      Map<String, Double> producers) {}

  static final List<Spec> SPECS =
      List.of(
          spec(
              "QUANG-SAT",
              "0710",
              25000,
              1.2e6,
              0.9e6,
              FLAT,
              0.72,
              1.05,
              true,
              "5101000171",
              0.65,
              "5101000245",
              0.35),
          spec(
              "QUANG-MANGAN",
              "0722",
              4000,
              2.5e6,
              2.0e6,
              FLAT,
              0.80,
              1.06,
              true,
              "5101000319",
              0.6,
              "5101000453",
              0.4),
          spec(
              "QUANG-CHI-KEM",
              "0722",
              1500,
              6.0e6,
              5.0e6,
              FLAT,
              0.85,
              1.04,
              true,
              "5101000598",
              0.7,
              "5101000453",
              0.3),
          spec("QUANG-ANTIMON", "0722", 300, 15e6, 12e6, FLAT, 0.78, 1.05, true, "5101000527", 1.0),
          spec(
              "DA-XAY-DUNG",
              "0810",
              60000,
              180000,
              150000,
              BUILD,
              0.97,
              1.08,
              true,
              "5101000661",
              0.6,
              "5101000735",
              0.4),
          spec(
              "CAT-SOI",
              "0810",
              40000,
              150000,
              120000,
              BUILD,
              0.98,
              1.06,
              true,
              "5101000735",
              0.5,
              "5101000809",
              0.5),
          spec(
              "CHE-XANH",
              "1079",
              500,
              60e6,
              48e6,
              TEA,
              0.93,
              1.05,
              true,
              "5101000943",
              0.4,
              "5101001016",
              0.25,
              "5101001087",
              0.2,
              "5101001150",
              0.15),
          spec(
              "CHE-DEN",
              "1079",
              300,
              45e6,
              38e6,
              TEA,
              0.90,
              1.04,
              true,
              "5101000943",
              0.55,
              "5101001150",
              0.45),
          spec("RUOU-NGO", "1101", 200000, 40000, 35000, TET, 0.95, 1.05, true, "5101001224", 1.0),
          spec(
              "NUOC-DONG-CHAI",
              "1104",
              300000,
              8000,
              7000,
              SUMMER,
              0.96,
              1.07,
              true,
              "5101001295",
              1.0),
          spec(
              "GO-XE",
              "1610",
              3000,
              3.5e6,
              3.0e6,
              FLAT,
              0.94,
              1.06,
              true,
              "5101001369",
              0.6,
              "5101001432",
              0.4),
          spec(
              "GACH-NUNG",
              "2392",
              8000,
              1.1e6,
              0.9e6,
              BUILD,
              0.96,
              1.05,
              true,
              "5101001506",
              0.55,
              "5101001577",
              0.45),
          spec("XI-MANG", "2394", 25000, 1.2e6, 1.0e6, BUILD, 1.02, 1.08, true, "5101001640", 1.0),
          spec(
              "GACH-KHONG-NUNG",
              "2395",
              3000,
              1.5e6,
              1.3e6,
              BUILD,
              1.05,
              1.10,
              true,
              "5101001714",
              1.0),
          spec("GANG", "2410", 8000, 8e6, 6.5e6, FLAT, 0.70, 1.12, true, "5101001785", 1.0),
          spec(
              "DIEN-SAN-XUAT",
              "3511",
              150e6,
              1050,
              900,
              HYDRO,
              0.88,
              1.08,
              false,
              "5101001859",
              0.3,
              "5101001922",
              0.2,
              "5101001993",
              0.2,
              "5101002066",
              0.2,
              "5101002203",
              0.1),
          spec(
              "DIEN-THUONG-PHAM",
              "3512",
              45e6,
              1850,
              1500,
              MILD,
              1.03,
              1.07,
              false,
              "5101002274",
              1.0),
          spec(
              "NUOC-MAY", "3600", 500000, 9000, 7500, SUMMER, 1.04, 1.05, false, "5101002348", 1.0),
          spec(
              "RAC-THU-GOM",
              "3811",
              3000,
              400000,
              350000,
              FLAT,
              1.03,
              1.04,
              false,
              "5101002411",
              1.0),
          spec(
              "RAC-XU-LY",
              "3821",
              2500,
              300000,
              260000,
              FLAT,
              1.03,
              1.04,
              false,
              "5101002411",
              1.0));

  /**
   * The unfired-brick plant opened in April 2019: early-2020 months have no comparison quantity.
   */
  static final YearMonth NEW_PLANT_FROM = YearMonth.of(2019, 4);

  /** Value added as a share of output, by section: the base-year weights of the VSIC levels. */
  static final Map<String, Double> VA_RATIO = Map.of("B", 0.45, "C", 0.30, "D", 0.62, "E", 0.40);

  public record Dataset(
      BaseYearRequest weights2015, BaseYearRequest weights2020, List<Filing> filings) {}

  /** A line of one enterprise's report, while calibrating. */
  private static final class Cell {
    final String taxCode;
    final Spec spec;
    final YearMonth period;
    BigDecimal quantity;
    BigDecimal valueCurrent;
    BigDecimal valueConstant;

    Cell(String taxCode, Spec spec, YearMonth period, BigDecimal quantity) {
      this.taxCode = taxCode;
      this.spec = spec;
      this.period = period;
      this.quantity = quantity;
    }
  }

  private DemoData() {}

  public static Dataset generate() {
    List<Cell> cells = new ArrayList<>();
    for (Spec s : SPECS) {
      for (var producer : s.producers().entrySet()) {
        for (int year = 2019; year <= 2021; year++) {
          for (int m = 1; m <= 12; m++) {
            YearMonth p = YearMonth.of(year, m);
            if (s.code().equals("GACH-KHONG-NUNG") && p.isBefore(NEW_PLANT_FROM)) continue;
            double q = s.monthly2019() * producer.getValue() * s.season()[m - 1] / mean(s.season());
            if (year >= 2020)
              q *= s.growth2020() * (s.covid() && year == 2020 ? COVID_2020[m - 1] : 1.0);
            if (year == 2021) q *= s.growth2021();
            q *= 1 + 0.08 * (noise(producer.getKey(), s.code(), p) - 0.5);
            cells.add(
                new Cell(
                    producer.getKey(),
                    s,
                    p,
                    BigDecimal.valueOf(q).setScale(1, RoundingMode.HALF_UP)));
          }
        }
      }
    }
    BaseYearRequest w2015 = weights2015();
    calibrateQuantities(cells, w2015, 2020, IIP_2020);
    setValues(cells, 2019, OUTPUT_2019);
    setValues(cells, 2020, OUTPUT_2020);
    BaseYearRequest w2020 = weightsFrom(cells, 2020);
    calibrateQuantities(cells, w2020, 2021, IIP_2021);
    setValues(
        cells, 2021, OUTPUT_2020.multiply(OUTPUT_2021_GROWTH).setScale(-8, RoundingMode.HALF_UP));
    return new Dataset(w2015, w2020, filings(cells));
  }

  /** The IIP of a December year to date against the year before, as the service computes it. */
  public static BigDecimal ytdIip(
      List<Fact> facts, BaseYearRequest weights, int baseYear, int year) {
    return IipService.computeWith(
            facts,
            loaded(weights, baseYear),
            YearMonth.of(year, 12),
            Comparison.PREVIOUS_YEAR,
            true)
        .result()
        .total();
  }

  private static void calibrateQuantities(
      List<Cell> cells, BaseYearRequest weights, int year, BigDecimal target) {
    int baseYear = year == 2020 ? 2015 : 2020;
    for (int round = 0; round < 8; round++) {
      BigDecimal index = ytdIip(facts(cells), weights, baseYear, year);
      if (index.subtract(target).abs().compareTo(new BigDecimal("0.0005")) < 0) return;
      BigDecimal factor = target.divide(index, IipCalculator.MC);
      for (Cell c : cells) {
        if (c.period.getYear() == year)
          c.quantity = c.quantity.multiply(factor).setScale(1, RoundingMode.HALF_UP);
      }
    }
    throw new IllegalStateException("demo calibration of " + year + " did not converge");
  }

  /**
   * Current-price values: quantity × the year's price with a little spread, scaled to the total.
   */
  private static void setValues(List<Cell> cells, int year, BigDecimal total) {
    List<Cell> ofYear = cells.stream().filter(c -> c.period.getYear() == year).toList();
    double priceLevel = year == 2019 ? 1.0 : year == 2020 ? 1.085 : 1.13;
    BigDecimal raw = BigDecimal.ZERO;
    Map<Cell, BigDecimal> rawValue = new HashMap<>();
    for (Cell c : ofYear) {
      double spread = 1 + 0.04 * (noise(c.taxCode, c.spec.code() + "/price", c.period) - 0.5);
      BigDecimal v =
          c.quantity.multiply(BigDecimal.valueOf(c.spec.price2019() * priceLevel * spread));
      rawValue.put(c, v);
      raw = raw.add(v);
      c.valueConstant =
          c.quantity
              .multiply(BigDecimal.valueOf(c.spec.constantPrice()))
              .setScale(0, RoundingMode.HALF_UP);
    }
    BigDecimal factor = total.divide(raw, IipCalculator.MC);
    BigDecimal sum = BigDecimal.ZERO;
    for (Cell c : ofYear) {
      c.valueCurrent = rawValue.get(c).multiply(factor).setScale(0, RoundingMode.HALF_UP);
      sum = sum.add(c.valueCurrent);
    }
    Cell largest = ofYear.stream().max(Comparator.comparing(c -> c.valueCurrent)).orElseThrow();
    largest.valueCurrent = largest.valueCurrent.add(total.subtract(sum));
  }

  private static BaseYearRequest weights2015() {
    List<BaseYearRequest.Product> products = new ArrayList<>();
    Map<String, Double> classOutput = new TreeMap<>();
    for (Spec s : SPECS) {
      double annual = s.monthly2019() * 12 * s.price2019() * 0.78;
      products.add(
          new BaseYearRequest.Product(s.code(), bd(annual, 0), bd(s.monthly2019() * 0.86, 1)));
      classOutput.merge(s.vsicClass(), annual, Double::sum);
    }
    return new BaseYearRequest(products, valueAdded(classOutput));
  }

  private static BaseYearRequest weightsFrom(List<Cell> cells, int year) {
    Map<String, BigDecimal> value = new TreeMap<>();
    Map<String, BigDecimal> quantity = new TreeMap<>();
    for (Cell c : cells) {
      if (c.period.getYear() != year) continue;
      value.merge(c.spec.code(), c.valueCurrent, BigDecimal::add);
      quantity.merge(c.spec.code(), c.quantity, BigDecimal::add);
    }
    List<BaseYearRequest.Product> products = new ArrayList<>();
    Map<String, Double> classOutput = new TreeMap<>();
    for (Spec s : SPECS) {
      products.add(
          new BaseYearRequest.Product(
              s.code(),
              value.get(s.code()),
              quantity.get(s.code()).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP)));
      classOutput.merge(s.vsicClass(), value.get(s.code()).doubleValue(), Double::sum);
    }
    return new BaseYearRequest(products, valueAdded(classOutput));
  }

  /**
   * Class VA = output × the section's ratio; divisions and sections carry a little more (other
   * classes).
   */
  static List<BaseYearRequest.ValueAdded> valueAdded(Map<String, Double> classOutput) {
    Map<String, Double> va = new TreeMap<>();
    Map<String, Double> division = new TreeMap<>();
    Map<String, Double> section = new TreeMap<>();
    classOutput.forEach(
        (cls, out) -> {
          double v = out * VA_RATIO.get(sectionOf(cls.substring(0, 2)));
          va.put(cls, v);
          division.merge(cls.substring(0, 2), v * 1.04, Double::sum);
        });
    division.forEach(
        (d, v) -> {
          va.put(d, v);
          section.merge(sectionOf(d), v * 1.02, Double::sum);
        });
    va.putAll(section);
    List<BaseYearRequest.ValueAdded> out = new ArrayList<>();
    va.forEach((code, v) -> out.add(new BaseYearRequest.ValueAdded(code, bd(v, 0))));
    return out;
  }

  private static List<Filing> filings(List<Cell> cells) {
    Map<String, List<Cell>> byReport = new LinkedHashMap<>();
    cells.stream()
        .sorted(Comparator.comparing((Cell c) -> c.period).thenComparing(c -> c.taxCode))
        .forEach(
            c ->
                byReport
                    .computeIfAbsent(c.taxCode + "/" + c.period, k -> new ArrayList<>())
                    .add(c));
    List<Filing> out = new ArrayList<>();
    byReport.forEach(
        (key, list) -> {
          Cell first = list.get(0);
          List<ReportRequest.Line> lines =
              list.stream()
                  .sorted(Comparator.comparing(c -> c.spec.code()))
                  .map(
                      c ->
                          new ReportRequest.Line(
                              c.spec.code(), c.quantity, c.valueCurrent, c.valueConstant))
                  .toList();
          out.add(
              new Filing(
                  first.taxCode,
                  first.period.toString(),
                  new ReportRequest(statusOf(first.period), lines)));
        });
    return out;
  }

  static FigureStatus statusOf(YearMonth p) {
    if (p.getYear() == 2019) return FigureStatus.FINAL;
    if (p.getYear() == 2020) {
      return p.getMonthValue() <= 10
          ? FigureStatus.FINAL
          : p.getMonthValue() == 11 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
    }
    return p.getMonthValue() <= 9 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
  }

  /** The cells as the service's aggregation sees them: summed by period and product. */
  private static List<Fact> facts(List<Cell> cells) {
    Map<String, Fact> sum = new TreeMap<>();
    for (Cell c : cells) {
      String key = c.period + "/" + c.spec.code();
      Fact prev = sum.get(key);
      BigDecimal q = prev == null ? c.quantity : prev.quantity().add(c.quantity);
      String division = c.spec.vsicClass().substring(0, 2);
      sum.put(
          key,
          new Fact(
              c.period,
              c.spec.code(),
              c.spec.vsicClass(),
              division,
              sectionOf(division),
              null,
              null,
              q,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              statusOf(c.period)));
    }
    return List.copyOf(sum.values());
  }

  static BaseYearService.Loaded loaded(BaseYearRequest w, int baseYear) {
    Map<String, BigDecimal> productWeight = new HashMap<>();
    Map<String, String> productClass = new HashMap<>();
    Map<String, BigDecimal> avg = new HashMap<>();
    Map<String, String> classOf = new HashMap<>();
    SPECS.forEach(s -> classOf.put(s.code(), s.vsicClass()));
    for (BaseYearRequest.Product p : w.products()) {
      productWeight.put(p.productCode(), p.outputValueVnd());
      productClass.put(p.productCode(), classOf.get(p.productCode()));
      avg.put(p.productCode(), p.averageMonthlyQuantity());
    }
    Map<String, BigDecimal> va = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    for (BaseYearRequest.ValueAdded v : w.valueAdded()) {
      va.put(v.vsicCode(), v.valueAddedVnd());
      if (v.vsicCode().length() == 4) parent.put(v.vsicCode(), v.vsicCode().substring(0, 2));
      if (v.vsicCode().length() == 2) parent.put(v.vsicCode(), sectionOf(v.vsicCode()));
    }
    return new BaseYearService.Loaded(
        new IipCalculator.Weights(baseYear, productWeight, productClass, va, parent),
        avg,
        "02@2025-06-30",
        List.of(),
        java.util.Set.of("02@2025-06-30/" + baseYear));
  }

  static String sectionOf(String division) {
    int d = Integer.parseInt(division);
    if (d <= 9) return "B";
    if (d <= 33) return "C";
    if (d == 35) return "D";
    return "E";
  }

  /** A number in [0, 1) fixed by its arguments, whatever order the data is generated in. */
  static double noise(String a, String b, YearMonth p) {
    return new SplittableRandom((a + "|" + b + "|" + p).hashCode() * 0x9E3779B97F4A7C15L)
        .nextDouble();
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s / v.length;
  }

  static BigDecimal bd(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }

  private static Spec spec(
      String code,
      String cls,
      double monthly,
      double price,
      double constant,
      double[] season,
      double g20,
      double g21,
      boolean covid,
      Object... producers) {
    return new Spec(
        code, cls, monthly, price, constant, season, g20, g21, covid, producers(producers));
  }

  /** Producers' shares from (tax code, share) pairs, in the order given. */
  static Map<String, Double> producers(Object... pairs) {
    Map<String, Double> p = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2)
      p.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    return p;
  }
}
