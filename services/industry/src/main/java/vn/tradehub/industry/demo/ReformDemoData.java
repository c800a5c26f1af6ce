package vn.tradehub.industry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;
import vn.tradehub.industry.iip.BaseYearRequest;
import vn.tradehub.industry.product.ProductRequest;
import vn.tradehub.industry.report.ReportRequest;
import vn.tradehub.industry.report.ReportService.Filing;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Unit;

/**
 * DEMO FIGURES, not published ones: the years after the published Hà Giang figures of 2019-2021,
 * generated deterministically (seeded by their keys) so that every part of the 2025 reform has data
 * to show. Nothing here reproduces a published figure.
 *
 * <ul>
 *   <li>Hà Giang's 30 enterprises go on from 2022-01 to 2026-11, each product from its own 2021
 *       months with a yearly trend (the 2023 drought cut hydropower) and a little noise. Until
 *       2025-06-30 they lie in the district their migrated record names; from 2025-07-01 the demo
 *       places each in the new commune that took in a commune of that district (an illustration:
 *       the records never named a commune).
 *   <li>The former Tuyên Quang from 2024-01 (so that 2025 and 2026 have a year before): 17
 *       enterprises in hydropower, paper, cement, mining, wood and food processing, with tax codes
 *       of province prefix 50 and valid check digits, in its former communes until 2025-06-30 and
 *       in their successors from 2025-07-01; six products of its industries and its 2020 base-year
 *       weights. Tuyên Quang has no land border: its villages are not border villages.
 *   <li>Hà Giang's six border villages still without electricity that meets the criterion get it in
 *       2022-2024.
 * </ul>
 *
 * Commune codes are the official ones (the geography library), chosen here; the post-reform commune
 * of each is the one its former commune went into, read from the succession links.
 */
public final class ReformDemoData {
  public static final YearMonth HA_GIANG_FROM = YearMonth.of(2022, 1);
  public static final YearMonth TUYEN_QUANG_FROM = YearMonth.of(2024, 1);
  public static final YearMonth LAST = YearMonth.of(2026, 11);
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final String TUYEN_QUANG = "08@2025-06-30";

  /** A new product of the merged province's industries. */
  public record NewProduct(String code, ProductRequest request) {}

  /** A demo enterprise of the former Tuyên Quang. */
  public record NewEnterprise(
      String taxCode, String name, String mainVsicClass, String oldCommune, String cluster) {}

  /** A demo industrial cluster of the former Tuyên Quang. */
  public record NewCluster(
      String code,
      String nameVi,
      String nameEn,
      String oldCommune,
      BigDecimal plannedAreaHa,
      BigDecimal occupiedAreaHa) {}

  /** A demo village of the former Tuyên Quang (none lies on a border). */
  public record NewVillage(
      String code, String nameVi, String nameEn, String oldCommune, LocalDate electrifiedOn) {}

  public record Dataset(
      List<NewProduct> products,
      List<NewCluster> clusters,
      List<NewEnterprise> enterprises,
      List<NewVillage> villages,
      Map<String, String> haGiangEnterpriseCommune,
      Map<String, String> haGiangClusterCommune,
      Map<String, LocalDate> haGiangElectrified,
      BaseYearRequest tuyenQuangWeights2020,
      Map<Integer, List<Filing>> filingsByYear) {}

  static final List<NewProduct> PRODUCTS =
      List.of(
          product("GIAY", "Giấy các loại", "Paper and paperboard", Unit.TNE, "1701"),
          product("BOT-GIAY", "Bột giấy", "Pulp", Unit.TNE, "1701"),
          product("DUONG", "Đường kính", "Refined sugar", Unit.TNE, "1072"),
          product("GO-DAN", "Gỗ dán, ván ghép", "Plywood and laminated boards", Unit.MTQ, "1621"),
          product("QUANG-THIEC", "Quặng thiếc", "Tin ore", Unit.TNE, "0722"),
          product("FENSPAT", "Fenspat", "Feldspar", Unit.TNE, "0810"));

  static final List<NewCluster> CLUSTERS =
      List.of(
          new NewCluster(
              "CCN-SON-NAM",
              "Cụm công nghiệp Sơn Nam",
              "Son Nam industrial cluster",
              "02620",
              new BigDecimal("75.00"),
              new BigDecimal("41.80")),
          new NewCluster(
              "CCN-TRANG-DA",
              "Cụm công nghiệp Tràng Đà",
              "Trang Da industrial cluster",
              "02209",
              new BigDecimal("50.00"),
              new BigDecimal("38.20")));

  static final List<NewEnterprise> ENTERPRISES =
      List.of(
          new NewEnterprise(
              "5001001252", "Công ty Cổ phần Thủy điện Na Hang", "3511", "02221", null),
          new NewEnterprise(
              "5001002471", "Công ty Cổ phần Thủy điện Chiêm Hóa", "3511", "02287", null),
          new NewEnterprise("5001003115", "Công ty TNHH Thủy điện Lâm Bình", "3511", "02266", null),
          new NewEnterprise(
              "5001004824", "Công ty Cổ phần Giấy và Bột giấy Tuyên Quang", "1701", "02548", null),
          new NewEnterprise("5001005377", "Công ty TNHH Giấy Yên Sơn", "1701", "02473", null),
          new NewEnterprise(
              "5001006194", "Công ty Cổ phần Xi măng Tuyên Quang", "2394", "02509", null),
          new NewEnterprise(
              "5001007247", "Công ty TNHH Xi măng Tràng Đà", "2394", "02209", "CCN-TRANG-DA"),
          new NewEnterprise(
              "5001008579", "Công ty Cổ phần Khoáng sản Sơn Dương", "0722", "02536", null),
          new NewEnterprise(
              "5001009357", "Công ty TNHH Khai thác Chì kẽm Chiêm Hóa", "0722", "02350", null),
          new NewEnterprise(
              "5001010137", "Công ty Cổ phần Fenspat Tuyên Quang", "0810", "02608", "CCN-SON-NAM"),
          new NewEnterprise(
              "5001011684", "Công ty Cổ phần Mía đường Sơn Dương", "1072", "02572", null),
          new NewEnterprise("5001012455", "Công ty Cổ phần Chè Mỹ Lâm", "1079", "02509", null),
          new NewEnterprise(
              "5001013723", "Công ty TNHH Chế biến Chè Hàm Yên", "1079", "02374", null),
          new NewEnterprise(
              "5001014195", "Công ty TNHH Gỗ dán Tuyên Quang", "1621", "02620", "CCN-SON-NAM"),
          new NewEnterprise("5001015833", "Công ty Điện lực Tuyên Quang", "3512", "02200", null),
          new NewEnterprise(
              "5001016467", "Công ty Cổ phần Cấp thoát nước Tuyên Quang", "3600", "02206", null),
          new NewEnterprise(
              "5001017911", "Công ty TNHH Gạch Tuynel Hàm Yên", "2392", "02392", null));

  static final List<NewVillage> VILLAGES =
      List.of(
          new NewVillage(
              "TQ-V001", "Thôn Bản Ba", "Ban Ba hamlet", "02266", LocalDate.of(2013, 5, 20)),
          new NewVillage(
              "TQ-V002",
              "Thôn Khuôn Phươn",
              "Khuon Phuon hamlet",
              "02221",
              LocalDate.of(2012, 9, 1)),
          new NewVillage(
              "TQ-V003", "Thôn Tân Lập", "Tan Lap hamlet", "02545", LocalDate.of(2011, 3, 15)),
          new NewVillage(
              "TQ-V004", "Thôn Nà Khà", "Na Kha hamlet", "02350", LocalDate.of(2015, 11, 10)));

  /** Hà Giang's enterprises: the former commune (in their district) whose successor they lie in. */
  static final Map<String, String> HA_GIANG_COMMUNES =
      map(
          "5101000171",
          "00925",
          "5101000245",
          "00991",
          "5101000319",
          "00820",
          "5101000453",
          "00925",
          "5101000527",
          "00847",
          "5101000598",
          "00982",
          "5101000661",
          "00700",
          "5101000735",
          "01183",
          "5101000809",
          "01237",
          "5101000943",
          "00949",
          "5101001016",
          "01021",
          "5101001087",
          "00913",
          "5101001150",
          "01171",
          "5101001224",
          "00889",
          "5101001295",
          "00949",
          "5101001369",
          "01171",
          "5101001432",
          "01237",
          "5101001506",
          "00925",
          "5101001577",
          "01171",
          "5101001640",
          "00916",
          "5101001714",
          "00949",
          "5101001785",
          "00925",
          "5101001859",
          "00904",
          "5101001922",
          "01162",
          "5101001993",
          "01180",
          "5101002066",
          "00775",
          "5101002203",
          "00910",
          "5101002274",
          "00691",
          "5101002348",
          "00694",
          "5101002411",
          "00697");

  static final Map<String, String> HA_GIANG_CLUSTERS =
      map(
          "CCN-NAM-QUANG",
          "01171",
          "CCN-PHUONG-THIEN",
          "00949",
          "CCN-TUNG-BA",
          "00925",
          "CCN-YEN-BINH",
          "01237",
          "CCN-TAM-SON",
          "00874");

  /** Hà Giang's last border villages without electricity get it (demo dates). */
  static final Map<String, LocalDate> HA_GIANG_ELECTRIFIED =
      Map.of(
          "HG-V045", LocalDate.of(2022, 6, 20),
          "HG-V046", LocalDate.of(2022, 11, 15),
          "HG-V047", LocalDate.of(2023, 4, 10),
          "HG-V048", LocalDate.of(2023, 9, 25),
          "HG-V049", LocalDate.of(2024, 3, 12),
          "HG-V050", LocalDate.of(2024, 8, 30));

  /** Yearly change of Hà Giang's quantities, 2022 to 2026, by product. */
  static final Map<String, double[]> HA_GIANG_TREND =
      Map.ofEntries(
          Map.entry("QUANG-SAT", new double[] {1.10, 1.04, 1.06, 1.03, 1.02}),
          Map.entry("QUANG-MANGAN", new double[] {1.05, 0.95, 1.04, 1.03, 1.02}),
          Map.entry("QUANG-CHI-KEM", new double[] {1.03, 1.02, 1.05, 1.03, 1.03}),
          Map.entry("QUANG-ANTIMON", new double[] {1.02, 1.00, 1.03, 1.02, 1.02}),
          Map.entry("DA-XAY-DUNG", new double[] {1.08, 1.05, 1.07, 1.09, 1.06}),
          Map.entry("CAT-SOI", new double[] {1.06, 1.04, 1.06, 1.08, 1.05}),
          Map.entry("CHE-XANH", new double[] {1.06, 1.05, 1.07, 1.06, 1.06}),
          Map.entry("CHE-DEN", new double[] {1.03, 1.02, 1.04, 1.03, 1.03}),
          Map.entry("RUOU-NGO", new double[] {1.04, 1.03, 1.04, 1.03, 1.03}),
          Map.entry("NUOC-DONG-CHAI", new double[] {1.08, 1.06, 1.07, 1.06, 1.05}),
          Map.entry("GO-XE", new double[] {1.05, 1.03, 1.05, 1.04, 1.04}),
          Map.entry("GACH-NUNG", new double[] {1.04, 1.02, 1.03, 1.03, 1.02}),
          Map.entry("XI-MANG", new double[] {1.06, 1.04, 1.06, 1.07, 1.05}),
          Map.entry("GACH-KHONG-NUNG", new double[] {1.12, 1.10, 1.10, 1.08, 1.08}),
          Map.entry("GANG", new double[] {1.15, 1.05, 1.06, 1.04, 1.03}),
          Map.entry("DIEN-SAN-XUAT", new double[] {1.06, 0.88, 1.14, 1.05, 1.04}),
          Map.entry("DIEN-THUONG-PHAM", new double[] {1.08, 1.07, 1.08, 1.07, 1.07}),
          Map.entry("NUOC-MAY", new double[] {1.04, 1.04, 1.04, 1.04, 1.04}),
          Map.entry("RAC-THU-GOM", new double[] {1.04, 1.04, 1.05, 1.04, 1.04}),
          Map.entry("RAC-XU-LY", new double[] {1.05, 1.05, 1.05, 1.04, 1.04}));

  /** Price level of each year against 2021 (current prices drift with inflation). */
  static final Map<Integer, Double> PRICE_LEVEL =
      Map.of(2022, 1.035, 2023, 1.07, 2024, 1.105, 2025, 1.14, 2026, 1.175);

  private static final double[] SUGAR = {
    1.7, 1.6, 1.4, 0.9, 0.4, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 1.8
  };

  /**
   * A product of the former Tuyên Quang: province monthly quantity in 2024, value per unit in 2024
   * (current prices), constant price, season, yearly change in 2025 and 2026, producers' shares.
   */
  record TqSpec(
      String code,
      String vsicClass,
      double monthly2024,
      double value2024,
      double constantPrice,
      double[] season,
      double growth2025,
      double growth2026,
      Map<String, Double> producers) {}

  static final List<TqSpec> TQ_SPECS =
      List.of(
          tq(
              "DIEN-SAN-XUAT",
              "3511",
              118e6,
              1080,
              900,
              DemoData.HYDRO,
              1.07,
              1.04,
              "5001001252",
              0.72,
              "5001002471",
              0.17,
              "5001003115",
              0.11),
          tq(
              "DIEN-THUONG-PHAM",
              "3512",
              98e6,
              1960,
              1500,
              DemoData.MILD,
              1.08,
              1.07,
              "5001015833",
              1.0),
          tq(
              "NUOC-MAY",
              "3600",
              900000,
              10500,
              7500,
              DemoData.SUMMER,
              1.05,
              1.04,
              "5001016467",
              1.0),
          tq(
              "XI-MANG",
              "2394",
              130000,
              1.25e6,
              1.0e6,
              DemoData.BUILD,
              1.06,
              1.05,
              "5001006194",
              0.62,
              "5001007247",
              0.38),
          tq(
              "GACH-NUNG",
              "2392",
              15000,
              1.15e6,
              0.9e6,
              DemoData.BUILD,
              1.03,
              1.02,
              "5001017911",
              1.0),
          tq(
              "CHE-XANH",
              "1079",
              800,
              65e6,
              48e6,
              DemoData.TEA,
              1.05,
              1.06,
              "5001012455",
              0.55,
              "5001013723",
              0.45),
          tq("CHE-DEN", "1079", 400, 48e6, 38e6, DemoData.TEA, 1.03, 1.03, "5001012455", 1.0),
          tq(
              "GIAY",
              "1701",
              12000,
              14e6,
              11e6,
              DemoData.MILD,
              1.09,
              1.08,
              "5001004824",
              0.7,
              "5001005377",
              0.3),
          tq("BOT-GIAY", "1701", 8000, 9e6, 7e6, DemoData.MILD, 1.06, 1.05, "5001004824", 1.0),
          tq("DUONG", "1072", 2500, 18e6, 15e6, SUGAR, 1.02, 1.03, "5001011684", 1.0),
          tq("GO-DAN", "1621", 25000, 6e6, 5e6, DemoData.FLAT, 1.10, 1.08, "5001014195", 1.0),
          tq(
              "QUANG-THIEC",
              "0722",
              150,
              150e6,
              120e6,
              DemoData.FLAT,
              1.02,
              1.01,
              "5001008579",
              1.0),
          tq("QUANG-CHI-KEM", "0722", 2500, 6e6, 5e6, DemoData.FLAT, 1.04, 1.03, "5001009357", 1.0),
          tq(
              "FENSPAT",
              "0810",
              20000,
              0.8e6,
              0.65e6,
              DemoData.BUILD,
              1.05,
              1.04,
              "5001010137",
              1.0));

  private ReformDemoData() {}

  /**
   * The data set after 2021, continuing {@code base} (the 2019-2021 one), with the post-reform
   * communes read from {@code geography}.
   */
  public static Dataset generate(DemoData.Dataset base, Geography geography) {
    Map<Integer, List<Filing>> byYear = new TreeMap<>();
    List<Filing> all = new ArrayList<>();
    all.addAll(haGiang(base));
    all.addAll(tuyenQuang());
    all.sort(Comparator.comparing(Filing::period).thenComparing(Filing::taxCode));
    for (Filing f : all)
      byYear
          .computeIfAbsent(Integer.parseInt(f.period().substring(0, 4)), k -> new ArrayList<>())
          .add(f);
    Map<String, String> enterprises = new TreeMap<>();
    HA_GIANG_COMMUNES.forEach((tax, old) -> enterprises.put(tax, successor(geography, old)));
    Map<String, String> clusters = new TreeMap<>();
    HA_GIANG_CLUSTERS.forEach((code, old) -> clusters.put(code, successor(geography, old)));
    return new Dataset(
        PRODUCTS,
        CLUSTERS,
        ENTERPRISES,
        VILLAGES,
        enterprises,
        clusters,
        HA_GIANG_ELECTRIFIED,
        tuyenQuangWeights2020(),
        byYear);
  }

  /**
   * The commune a former commune went into on 2025-07-01: its one successor (the demo picks only
   * communes that went whole into one).
   */
  public static String successor(Geography geography, String oldCommune) {
    AdminUnit old =
        geography
            .unit(oldCommune, REFORM.minusDays(1))
            .filter(u -> u.level() == Level.COMMUNE)
            .orElseThrow(() -> new IllegalStateException("no commune " + oldCommune));
    List<Succession> next = geography.successors(old);
    if (next.size() != 1)
      throw new IllegalStateException(old.label() + " did not go into exactly one commune");
    return next.get(0).successor().code();
  }

  // --- Hà Giang from 2022 ---

  private static List<Filing> haGiang(DemoData.Dataset base) {
    // Each producer's 2021 month, quantity and value per unit, by product.
    Map<String, BigDecimal[]> from2021 = new TreeMap<>();
    for (Filing f : base.filings()) {
      if (!f.period().startsWith("2021")) continue;
      for (ReportRequest.Line l : f.request().lines()) {
        from2021.put(
            f.taxCode() + "|" + l.productCode() + "|" + f.period().substring(5),
            new BigDecimal[] {l.quantity(), l.outputValueCurrentVnd()});
      }
    }
    Map<String, Double> constant = new TreeMap<>();
    DemoData.SPECS.forEach(s -> constant.put(s.code(), s.constantPrice()));
    Map<String, List<ReportRequest.Line>> reports = new LinkedHashMap<>();
    for (var e : from2021.entrySet()) {
      String[] k = e.getKey().split("\\|");
      String tax = k[0];
      String product = k[1];
      int month = Integer.parseInt(k[2]);
      BigDecimal q2021 = e.getValue()[0];
      if (q2021.signum() == 0) continue;
      double unitValue = e.getValue()[1].doubleValue() / q2021.doubleValue();
      double trend = 1;
      for (int year = 2022; year <= LAST.getYear(); year++) {
        trend *= HA_GIANG_TREND.get(product)[year - 2022];
        YearMonth p = YearMonth.of(year, month);
        if (p.isAfter(LAST)) continue;
        double q =
            q2021.doubleValue() * trend * (1 + 0.06 * (DemoData.noise(tax, product, p) - 0.5));
        double price =
            unitValue
                * PRICE_LEVEL.get(year)
                * (1 + 0.03 * (DemoData.noise(tax, product + "/price", p) - 0.5));
        reports
            .computeIfAbsent(tax + "|" + p, x -> new ArrayList<>())
            .add(line(product, q, price, constant.get(product)));
      }
    }
    return filings(reports);
  }

  // --- the former Tuyên Quang from 2024 ---

  private static List<Filing> tuyenQuang() {
    Map<String, List<ReportRequest.Line>> reports = new LinkedHashMap<>();
    for (TqSpec s : TQ_SPECS) {
      for (var producer : s.producers().entrySet()) {
        for (YearMonth p = TUYEN_QUANG_FROM; !p.isAfter(LAST); p = p.plusMonths(1)) {
          int m = p.getMonthValue();
          double growth =
              p.getYear() == 2024
                  ? 1
                  : p.getYear() == 2025 ? s.growth2025() : s.growth2025() * s.growth2026();
          double level = p.getYear() == 2024 ? 1 : PRICE_LEVEL.get(p.getYear()) / 1.105;
          double q =
              s.monthly2024()
                  * producer.getValue()
                  * s.season()[m - 1]
                  / DemoData.mean(s.season())
                  * growth
                  * (1 + 0.08 * (DemoData.noise(producer.getKey(), s.code(), p) - 0.5));
          double price =
              s.value2024()
                  * level
                  * (1 + 0.03 * (DemoData.noise(producer.getKey(), s.code() + "/price", p) - 0.5));
          reports
              .computeIfAbsent(producer.getKey() + "|" + p, x -> new ArrayList<>())
              .add(line(s.code(), q, price, s.constantPrice()));
        }
      }
    }
    return filings(reports);
  }

  /**
   * Tuyên Quang's 2020 weights: each product's 2020 output value and average monthly quantity (its
   * 2024 level taken back by four years of growth and prices), value added as Hà Giang's are
   * derived (a share of output by section).
   */
  static BaseYearRequest tuyenQuangWeights2020() {
    Map<String, double[]> byProduct = new TreeMap<>();
    Map<String, Double> classOutput = new TreeMap<>();
    for (TqSpec s : TQ_SPECS) {
      double monthly2020 = s.monthly2024() * 0.82;
      double annual = monthly2020 * 12 * s.value2024() * 0.88;
      byProduct.put(s.code(), new double[] {annual, monthly2020});
      classOutput.merge(s.vsicClass(), annual, Double::sum);
    }
    List<BaseYearRequest.Product> products = new ArrayList<>();
    byProduct.forEach(
        (code, v) ->
            products.add(
                new BaseYearRequest.Product(code, DemoData.bd(v[0], 0), DemoData.bd(v[1], 1))));
    return new BaseYearRequest(products, DemoData.valueAdded(classOutput));
  }

  static FigureStatus statusOf(YearMonth p) {
    if (p.getYear() <= 2024) return FigureStatus.FINAL;
    if (p.getYear() == 2025) return FigureStatus.PRELIMINARY;
    return p.getMonthValue() <= 9 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
  }

  private static ReportRequest.Line line(
      String product, double quantity, double price, double constantPrice) {
    BigDecimal q = DemoData.bd(quantity, 1);
    return new ReportRequest.Line(
        product,
        q,
        q.multiply(BigDecimal.valueOf(price)).setScale(0, RoundingMode.HALF_UP),
        q.multiply(BigDecimal.valueOf(constantPrice)).setScale(0, RoundingMode.HALF_UP));
  }

  private static List<Filing> filings(Map<String, List<ReportRequest.Line>> reports) {
    List<Filing> out = new ArrayList<>();
    reports.forEach(
        (key, lines) -> {
          String[] k = key.split("\\|");
          YearMonth p = YearMonth.parse(k[1]);
          List<ReportRequest.Line> sorted =
              lines.stream().sorted(Comparator.comparing(ReportRequest.Line::productCode)).toList();
          out.add(new Filing(k[0], k[1], new ReportRequest(statusOf(p), sorted)));
        });
    return out;
  }

  private static NewProduct product(
      String code, String nameVi, String nameEn, Unit unit, String vsicClass) {
    return new NewProduct(code, new ProductRequest(nameVi, nameEn, unit, vsicClass));
  }

  private static TqSpec tq(
      String code,
      String cls,
      double monthly,
      double value,
      double constant,
      double[] season,
      double g25,
      double g26,
      Object... producers) {
    return new TqSpec(
        code, cls, monthly, value, constant, season, g25, g26, DemoData.producers(producers));
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) out.put(kv[i], kv[i + 1]);
    return out;
  }
}
