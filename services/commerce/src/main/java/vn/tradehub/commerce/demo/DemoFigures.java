package vn.tradehub.commerce.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.commerce.market.Market;
import vn.tradehub.commerce.market.Market.ManagementModel;
import vn.tradehub.commerce.market.Market.MarketClass;
import vn.tradehub.commerce.market.MarketRequest;
import vn.tradehub.commerce.retail.RetailReportRequest;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.geo.Placement;

/**
 * DEMO FIGURES, not published statistics: plausible retail reports of the province from 2019-01 to
 * 2026-11, generated deterministically (no randomness between runs). Yearly category totals are set
 * first, then spread over months (a seasonal shape, and the 2020 and 2021 COVID-19 shocks), units
 * and ownership sectors, with a little deterministic noise, and rounded to million đồng as the
 * units' offices report them.
 *
 * <ul>
 *   <li>Hà Giang (02), by its 11 districts, 2019-01 to 2025-06. 2019: 12,036.6 billion đồng (retail
 *       goods 80%, accommodation and food 12%, travel 1%, other services 7%); 2020: 12,258.6
 *       billion (+1.84%: retail goods held, accommodation and food fell 17.9%, travel 61.9%); 2021:
 *       13,583.3 billion (+10.81%, near the plan of +10.8%). These three years are the figures the
 *       system has always shown, to the đồng; from 2022 a demo continuation (the rebound after
 *       COVID-19, then 7-9% a year).
 *   <li>The former Tuyên Quang (08), by its 7 districts, 2024-01 to 2025-06 (so that 2025 and 2026
 *       have a year before): about 31,500 billion in 2024, growing like Hà Giang.
 *   <li>The merged Tuyên Quang (08), by its 124 communes and wards, 2025-07 to 2026-11: each former
 *       area's trend spread over the new communes that lie in it, in proportion to the districts'
 *       weights of the old communes they were formed from; so the former Hà Giang communes carry on
 *       Hà Giang's series and the former Tuyên Quang ones Tuyên Quang's.
 * </ul>
 */
public final class DemoFigures {
  static final YearMonth FIRST = YearMonth.of(2019, 1);
  static final YearMonth LAST = YearMonth.of(2026, 11);

  /** The former Tuyên Quang reports from here, so that 2025 has a year before. */
  static final YearMonth TUYEN_QUANG_FIRST = YearMonth.of(2024, 1);

  static final BigDecimal TOTAL_2019 = new BigDecimal("12000000000000");
  static final String[] CATEGORIES = {
    "RETAIL_GOODS", "ACCOMMODATION_FOOD", "TRAVEL", "OTHER_SERVICES"
  };
  static final double[] SHARE_2019 = {0.80, 0.12, 0.01, 0.07};
  static final double[] GROWTH_2020 = {1.065, 0.82, 0.38, 0.96};
  static final double[] GROWTH_2021 = {1.1095, 1.08, 1.10, 1.09};

  /** Demo growth of Hà Giang from 2022 (by year from 2022, then category): not published. */
  static final double[][] GROWTH_HA_GIANG_FROM_2022 = {
    {1.120, 1.28, 2.10, 1.090},
    {1.090, 1.12, 1.25, 1.080},
    {1.085, 1.10, 1.15, 1.075},
    {1.080, 1.09, 1.12, 1.070},
    {1.075, 1.085, 1.10, 1.070}
  };

  /** The former Tuyên Quang's 2024 total (demo) and its category shares. */
  static final double TOTAL_TUYEN_QUANG_2024 = 31_500e9;

  static final double[] SHARE_TUYEN_QUANG_2024 = {0.78, 0.125, 0.015, 0.08};

  /** Demo growth of the former Tuyên Quang area, 2025 and 2026, by category. */
  static final double[][] GROWTH_TUYEN_QUANG_FROM_2025 = {
    {1.085, 1.095, 1.12, 1.07},
    {1.080, 1.090, 1.10, 1.07}
  };

  /** Tết (January/February) and the year-end lift retail; spring is quieter. */
  static final double[] SEASON = {
    1.12, 1.10, 0.95, 0.95, 0.96, 0.96, 0.98, 0.99, 0.99, 1.00, 1.00, 1.10
  };

  /** 2020: social distancing in April; tourism all but stopped from February to May. */
  static final double[][] SHOCK_2020 = {
    {1.00, 1.00, 0.97, 0.90, 0.97, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00},
    {1.00, 0.85, 0.65, 0.35, 0.70, 0.90, 0.95, 0.90, 0.92, 0.95, 0.98, 1.00},
    {1.00, 0.50, 0.20, 0.03, 0.25, 0.60, 0.70, 0.45, 0.50, 0.70, 0.75, 0.80},
    {1.00, 0.95, 0.90, 0.75, 0.90, 0.95, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00}
  };

  /** 2021: the fourth wave, May to September. */
  static final double[][] SHOCK_2021 = {
    {1.00, 1.00, 1.00, 1.00, 0.98, 0.97, 0.96, 0.95, 0.97, 1.00, 1.00, 1.00},
    {1.00, 1.00, 1.00, 1.00, 0.85, 0.80, 0.80, 0.75, 0.85, 0.95, 1.00, 1.00},
    {1.00, 1.00, 1.00, 1.00, 0.60, 0.50, 0.50, 0.40, 0.60, 0.90, 1.00, 1.00},
    {1.00, 1.00, 1.00, 1.00, 0.95, 0.92, 0.92, 0.90, 0.95, 1.00, 1.00, 1.00}
  };

  /**
   * A district: its official code, the key of its noise (Hà Giang's districts keep the custom codes
   * they had before the reform, so their 2019-2021 figures stay the same to the đồng), its weight
   * in retail goods and services, and in travel.
   */
  record DistrictWeight(String code, String noiseKey, double weight, double travel) {}

  /** Hà Giang: the city and its ten districts, in the order their figures were always computed. */
  static final List<DistrictWeight> HA_GIANG_DISTRICTS =
      List.of(
          new DistrictWeight("024", "HA_GIANG_CITY", 0.300, 0.40),
          new DistrictWeight("034", "BAC_QUANG", 0.170, 0.04),
          new DistrictWeight("030", "VI_XUYEN", 0.120, 0.06),
          new DistrictWeight("035", "QUANG_BINH", 0.070, 0.02),
          new DistrictWeight("028", "YEN_MINH", 0.060, 0.07),
          new DistrictWeight("026", "DONG_VAN", 0.055, 0.20),
          new DistrictWeight("032", "HOANG_SU_PHI", 0.050, 0.04),
          new DistrictWeight("027", "MEO_VAC", 0.045, 0.11),
          new DistrictWeight("033", "XIN_MAN", 0.045, 0.02),
          new DistrictWeight("029", "QUAN_BA", 0.045, 0.03),
          new DistrictWeight("031", "BAC_ME", 0.040, 0.01));

  /** The former Tuyên Quang: its city and six districts (demo weights). */
  static final List<DistrictWeight> TUYEN_QUANG_DISTRICTS =
      List.of(
          new DistrictWeight("070", "070", 0.340, 0.25),
          new DistrictWeight("076", "076", 0.155, 0.25),
          new DistrictWeight("075", "075", 0.150, 0.05),
          new DistrictWeight("073", "073", 0.130, 0.05),
          new DistrictWeight("074", "074", 0.120, 0.03),
          new DistrictWeight("072", "072", 0.070, 0.25),
          new DistrictWeight("071", "071", 0.035, 0.12));

  /** One former province: its code, districts, city and yearly category totals. */
  enum Area {
    HA_GIANG("02", HA_GIANG_DISTRICTS, "024"),
    TUYEN_QUANG("08", TUYEN_QUANG_DISTRICTS, "070");

    final String province;
    final List<DistrictWeight> districts;
    final String city;

    Area(String province, List<DistrictWeight> districts, String city) {
      this.province = province;
      this.districts = districts;
      this.city = city;
    }

    double yearTotal(int c, int year) {
      if (this == HA_GIANG) {
        double v = TOTAL_2019.doubleValue() * SHARE_2019[c];
        if (year >= 2020) v *= GROWTH_2020[c];
        if (year >= 2021) v *= GROWTH_2021[c];
        for (int y = 2022; y <= year; y++) v *= GROWTH_HA_GIANG_FROM_2022[y - 2022][c];
        return v;
      }
      double v = TOTAL_TUYEN_QUANG_2024 * SHARE_TUYEN_QUANG_2024[c];
      for (int y = 2025; y <= year; y++) v *= GROWTH_TUYEN_QUANG_FROM_2025[y - 2025][c];
      return v;
    }

    /** The first month this area reports by district in the demo. */
    YearMonth first() {
      return this == HA_GIANG ? FIRST : TUYEN_QUANG_FIRST;
    }
  }

  public record Report(String unitCode, YearMonth period, RetailReportRequest request) {}

  public record CpiPoint(YearMonth period, BigDecimal index) {}

  /** A market under its code, the key its PUT addresses. */
  public record DemoMarket(String code, MarketRequest request) {}

  private static final Geography GEOGRAPHY = Geography.classpath();

  private DemoFigures() {}

  /** Whether reports of the month are by district (else by commune): the units of its first day. */
  static boolean byDistrict(YearMonth p) {
    return !GEOGRAPHY.units(Level.DISTRICT, null, p.atDay(1)).isEmpty();
  }

  /** Every unit's report of every month 2019-01..2026-11, in chronological order, units by code. */
  public static List<Report> reports() {
    List<Report> out = new ArrayList<>();
    Map<Area, List<CommuneWeight>> communes = null;
    for (YearMonth p = FIRST; !p.isAfter(LAST); p = p.plusMonths(1)) {
      Map<String, Report> month = new TreeMap<>();
      if (byDistrict(p)) {
        for (Area a : Area.values()) {
          if (p.isBefore(a.first())) continue;
          for (DistrictWeight d : a.districts) {
            month.put(
                d.code(),
                new Report(
                    d.code(), p, new RetailReportRequest(status(p), districtLines(a, d, p))));
          }
        }
      } else {
        if (communes == null) communes = communeWeights(p.atDay(1));
        for (Area a : Area.values()) {
          for (CommuneWeight w : communes.get(a)) {
            month.put(
                w.code(),
                new Report(w.code(), p, new RetailReportRequest(status(p), communeLines(a, w, p))));
          }
        }
      }
      out.addAll(month.values());
    }
    return out;
  }

  static FigureStatus status(YearMonth p) {
    if (p.getYear() < 2021) return FigureStatus.FINAL;
    if (p.getYear() == 2021) {
      return p.getMonthValue() <= 9 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
    }
    if (p.getYear() <= 2024) return FigureStatus.FINAL;
    if (p.getYear() == 2025) return FigureStatus.PRELIMINARY;
    return p.getMonthValue() <= 9 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
  }

  private static List<RetailReportRequest.Line> districtLines(
      Area a, DistrictWeight d, YearMonth p) {
    List<RetailReportRequest.Line> lines = new ArrayList<>();
    for (int c = 0; c < CATEGORIES.length; c++) {
      // The same operations in the same order as ever, so 2019-2021 stay the same to the đồng.
      double value =
          a.yearTotal(c, p.getYear())
              * monthShare(c, p)
              * districtShare(a, d, c)
              * noise(d.noiseKey(), p, c);
      addLines(lines, c, value, d.code().equals(a.city));
    }
    return lines;
  }

  private static List<RetailReportRequest.Line> communeLines(Area a, CommuneWeight w, YearMonth p) {
    List<RetailReportRequest.Line> lines = new ArrayList<>();
    for (int c = 0; c < CATEGORIES.length; c++) {
      double value =
          a.yearTotal(c, p.getYear()) * monthShare(c, p) * w.share()[c] * noise(w.code(), p, c);
      addLines(lines, c, value, w.city());
    }
    return lines;
  }

  private static void addLines(
      List<RetailReportRequest.Line> lines, int c, double value, boolean city) {
    for (Map.Entry<String, Double> o : ownership(city, c).entrySet()) {
      BigDecimal vnd = millions(value * o.getValue());
      if (vnd.signum() > 0) lines.add(new RetailReportRequest.Line(CATEGORIES[c], o.getKey(), vnd));
    }
  }

  private static double monthShare(int c, YearMonth p) {
    double[] shock =
        p.getYear() == 2020 ? SHOCK_2020[c] : p.getYear() == 2021 ? SHOCK_2021[c] : null;
    double sum = 0;
    for (int m = 0; m < 12; m++) sum += SEASON[m] * (shock == null ? 1 : shock[m]);
    int m = p.getMonthValue() - 1;
    return SEASON[m] * (shock == null ? 1 : shock[m]) / sum;
  }

  private static double districtShare(Area a, DistrictWeight d, int c) {
    double total = 0;
    for (DistrictWeight x : a.districts) total += weight(x, c);
    return weight(d, c) / total;
  }

  private static double weight(DistrictWeight d, int c) {
    return switch (CATEGORIES[c]) {
      case "TRAVEL" -> d.travel();
      case "ACCOMMODATION_FOOD" -> 0.7 * d.weight() + 0.3 * d.travel();
      default -> d.weight();
    };
  }

  /**
   * A new commune's share of its former area in each category, and whether it took in part of the
   * former city (where state shops, FDI retail and city travel agencies are).
   */
  record CommuneWeight(String code, double[] share, boolean city) {}

  /**
   * The new communes of each former area, weighted by the old communes they were formed from: an
   * old commune carries its district's weight divided by the district's communes, split evenly
   * between its successors when it was divided.
   */
  static Map<Area, List<CommuneWeight>> communeWeights(LocalDate day) {
    LocalDate before = day.minusDays(1);
    Map<Area, List<CommuneWeight>> out = new LinkedHashMap<>();
    Map<String, Area> areaOf = new HashMap<>();
    Map<String, DistrictWeight> districtOf = new HashMap<>();
    for (Area a : Area.values()) {
      out.put(a, new ArrayList<>());
      for (DistrictWeight d : a.districts) {
        for (AdminUnit commune : GEOGRAPHY.lowestUnits(d.code(), before)) {
          areaOf.put(commune.code(), a);
          districtOf.put(commune.code(), d);
        }
      }
    }
    Map<String, Integer> communesInDistrict = new HashMap<>();
    districtOf.values().forEach(d -> communesInDistrict.merge(d.code(), 1, Integer::sum));
    Map<Area, double[]> totals = new HashMap<>();
    Map<Area, List<Object[]>> raw = new LinkedHashMap<>();
    for (AdminUnit unit : GEOGRAPHY.units(Level.COMMUNE, null, day)) {
      double[] w = new double[CATEGORIES.length];
      boolean city = false;
      Area area = null;
      for (Succession s : GEOGRAPHY.predecessors(unit)) {
        String old = s.predecessor().code();
        DistrictWeight d = districtOf.get(old);
        if (d == null) continue;
        area = areaOf.get(old);
        city |= d.code().equals(area.city);
        int parts = GEOGRAPHY.successors(s.predecessor()).size();
        for (int c = 0; c < w.length; c++) {
          w[c] += weight(d, c) / communesInDistrict.get(d.code()) / parts;
        }
      }
      if (area == null) continue;
      double[] t = totals.computeIfAbsent(area, k -> new double[CATEGORIES.length]);
      for (int c = 0; c < w.length; c++) t[c] += w[c];
      raw.computeIfAbsent(area, k -> new ArrayList<>()).add(new Object[] {unit.code(), w, city});
    }
    raw.forEach(
        (area, list) -> {
          double[] t = totals.get(area);
          for (Object[] r : list) {
            double[] w = (double[]) r[1];
            double[] share = new double[w.length];
            for (int c = 0; c < w.length; c++) share[c] = w[c] / t[c];
            out.get(area).add(new CommuneWeight((String) r[0], share, (Boolean) r[2]));
          }
        });
    return out;
  }

  /** State shops and services are few; foreign-invested retail exists only in the city. */
  private static Map<String, Double> ownership(boolean city, int c) {
    Map<String, Double> split = new LinkedHashMap<>();
    switch (CATEGORIES[c]) {
      case "RETAIL_GOODS" -> {
        split.put("STATE", city ? 0.05 : 0.03);
        split.put("NON_STATE", city ? 0.94 : 0.97);
        if (city) split.put("FDI", 0.01);
      }
      case "ACCOMMODATION_FOOD" -> {
        split.put("STATE", 0.02);
        split.put("NON_STATE", 0.98);
      }
      case "TRAVEL" -> {
        if (city) split.put("STATE", 0.15);
        split.put("NON_STATE", city ? 0.85 : 1.0);
      }
      default -> {
        split.put("STATE", 0.10);
        split.put("NON_STATE", 0.90);
      }
    }
    return split;
  }

  /** ±3%, a fixed function of the unit, month and category. */
  private static double noise(String key, YearMonth p, int c) {
    long h = (key + "|" + p + "|" + c).hashCode() * 0x9E3779B97F4A7C15L;
    double u = ((h >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
    return 1 + 0.06 * (u - 0.5);
  }

  private static BigDecimal millions(double vnd) {
    return BigDecimal.valueOf(vnd)
        .divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.HALF_UP)
        .multiply(BigDecimal.valueOf(1_000_000));
  }

  /**
   * CPI, 2010 = 100: about 163.5 on average in 2019, rising 2.8% a year in 2019, 3.2% in 2020 and
   * 1.8% in 2021; then (demo) 3.0% in 2022, 3.4% in 2023, 3.5% in 2024, 3.2% in 2025 and 3.0% in
   * 2026; spread evenly over the months, to 2026-11.
   */
  public static List<CpiPoint> cpi() {
    double[] yearly = {0.028, 0.0323, 0.0184, 0.030, 0.034, 0.035, 0.032, 0.030};
    List<CpiPoint> out = new ArrayList<>();
    double index = 161.30;
    for (YearMonth p = FIRST; !p.isAfter(LAST); p = p.plusMonths(1)) {
      index *= Math.pow(1 + yearly[p.getYear() - FIRST.getYear()], 1 / 12.0);
      out.add(new CpiPoint(p, BigDecimal.valueOf(index).setScale(4, RoundingMode.HALF_UP)));
    }
    return out;
  }

  /**
   * Markets of the province, including border markets and those converted to new management: each
   * in its commune until 2025-06-30 and in the commune that succeeded it from 2025-07-01 (for an
   * old commune that was split, the successor the market's site went to; a demo choice).
   */
  public static List<DemoMarket> markets() {
    List<DemoMarket> m = new ArrayList<>();
    // Hà Giang
    m.add(
        market(
            "CHO_TP_HA_GIANG",
            "Chợ trung tâm thành phố Hà Giang",
            "Ha Giang City Central Market",
            "00694",
            "00694",
            MarketClass.I,
            false,
            ManagementModel.ENTERPRISE,
            "2017-01-01"));
    m.add(
        market(
            "CHO_NGOC_HA",
            "Chợ Ngọc Hà",
            "Ngoc Ha Market",
            "00692",
            "00691",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_PHUONG_THIEN",
            "Chợ Phương Thiện",
            "Phuong Thien Market",
            "00949",
            "00694",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_DONG_VAN",
            "Chợ phiên Đồng Văn",
            "Dong Van Fair Market",
            "00721",
            "00721",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2019-06-01"));
    m.add(
        market(
            "CHO_PHO_BANG",
            "Chợ biên giới Phó Bảng",
            "Pho Bang Border Market",
            "00712",
            "00745",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_LUNG_CU",
            "Chợ Lũng Cú",
            "Lung Cu Market",
            "00715",
            "00715",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_SA_PHIN",
            "Chợ Sà Phìn",
            "Sa Phin Market",
            "00736",
            "00733",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_MEO_VAC",
            "Chợ trung tâm Mèo Vạc",
            "Meo Vac Central Market",
            "00769",
            "00769",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2019-07-01"));
    m.add(
        market(
            "CHO_SON_VI",
            "Chợ biên giới Sơn Vĩ",
            "Son Vi Border Market",
            "00793",
            "00778",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_KHAU_VAI",
            "Chợ Khâu Vai",
            "Khau Vai Market",
            "00814",
            "00802",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_YEN_MINH",
            "Chợ trung tâm Yên Minh",
            "Yen Minh Central Market",
            "00820",
            "00820",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2020-10-01"));
    m.add(
        market(
            "CHO_BACH_DICH",
            "Chợ biên giới Bạch Đích",
            "Bach Dich Border Market",
            "00832",
            "00832",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_TAM_SON",
            "Chợ Tam Sơn",
            "Tam Son Market",
            "00874",
            "00874",
            MarketClass.II,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_NGHIA_THUAN",
            "Chợ biên giới Nghĩa Thuận",
            "Nghia Thuan Border Market",
            "00880",
            "00889",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VIET_LAM",
            "Chợ Việt Lâm",
            "Viet Lam Market",
            "00967",
            "00967",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2021-03-01"));
    m.add(
        market(
            "CHO_VI_XUYEN",
            "Chợ trung tâm Vị Xuyên",
            "Vi Xuyen Central Market",
            "00913",
            "00913",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2018-05-01"));
    m.add(
        market(
            "CHO_THANH_THUY",
            "Chợ cửa khẩu Thanh Thủy",
            "Thanh Thuy Border-Gate Market",
            "00928",
            "00928",
            MarketClass.II,
            true,
            ManagementModel.ENTERPRISE,
            "2016-09-01"));
    m.add(
        market(
            "CHO_YEN_PHU",
            "Chợ Yên Phú",
            "Yen Phu Market",
            "00991",
            "00991",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_BAC_ME",
            "Chợ trung tâm Bắc Mê",
            "Bac Me Central Market",
            "00991",
            "00991",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VINH_QUANG",
            "Chợ Vinh Quang",
            "Vinh Quang Market",
            "01021",
            "01021",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_THONG_NGUYEN",
            "Chợ Thông Nguyên",
            "Thong Nguyen Market",
            "01090",
            "01090",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_COC_PAI",
            "Chợ Cốc Pài",
            "Coc Pai Market",
            "01096",
            "01096",
            MarketClass.III,
            false,
            ManagementModel.COOPERATIVE,
            "2020-01-01"));
    m.add(
        market(
            "CHO_XIN_MAN",
            "Chợ biên giới Xín Mần",
            "Xin Man Border Market",
            "01108",
            "01108",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VIET_QUANG",
            "Chợ trung tâm Việt Quang",
            "Viet Quang Central Market",
            "01153",
            "01153",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2019-01-01"));
    m.add(
        market(
            "CHO_VINH_TUY",
            "Chợ Vĩnh Tuy",
            "Vinh Tuy Market",
            "01156",
            "01156",
            MarketClass.II,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_HUNG_AN",
            "Chợ Hùng An",
            "Hung An Market",
            "01201",
            "01201",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_YEN_BINH",
            "Chợ Yên Bình",
            "Yen Binh Market",
            "01237",
            "01237",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2021-06-01"));
    m.add(
        market(
            "CHO_XUAN_GIANG",
            "Chợ Xuân Giang",
            "Xuan Giang Market",
            "01255",
            "01255",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    // The former Tuyên Quang (no land border: no border markets)
    m.add(
        market(
            "CHO_TAM_CO",
            "Chợ Tam Cờ",
            "Tam Co Market",
            "02206",
            "02215",
            MarketClass.I,
            false,
            ManagementModel.ENTERPRISE,
            "2018-01-01"));
    m.add(
        market(
            "CHO_NA_HANG",
            "Chợ trung tâm Na Hang",
            "Na Hang Central Market",
            "02221",
            "02221",
            MarketClass.II,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_LANG_CAN",
            "Chợ Lăng Can",
            "Lang Can Market",
            "02266",
            "02266",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VINH_LOC",
            "Chợ Vĩnh Lộc",
            "Vinh Loc Market",
            "02287",
            "02287",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2022-04-01"));
    m.add(
        market(
            "CHO_SON_DUONG",
            "Chợ trung tâm Sơn Dương",
            "Son Duong Central Market",
            "02536",
            "02536",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2020-07-01"));
    m.add(
        market(
            "CHO_TAN_TRAO",
            "Chợ Tân Trào",
            "Tan Trao Market",
            "02545",
            "02545",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    return m;
  }

  /** The day the new communes began (2025-07-01), from the lists. */
  static final LocalDate REFORM = GEOGRAPHY.releases().get(0).effective();

  private static DemoMarket market(
      String code,
      String vi,
      String en,
      String communeBefore,
      String communeAfter,
      MarketClass c,
      boolean border,
      ManagementModel model,
      String since) {
    return new DemoMarket(
        code,
        new MarketRequest(
            vi,
            en,
            List.of(
                new Placement(communeBefore, null, REFORM.minusDays(1)),
                new Placement(communeAfter, REFORM, null)),
            c,
            border,
            model,
            since == null ? null : LocalDate.parse(since),
            Market.Status.ACTIVE));
  }
}
