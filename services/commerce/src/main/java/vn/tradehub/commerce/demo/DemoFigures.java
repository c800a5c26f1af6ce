package vn.tradehub.commerce.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tradehub.commerce.market.Market;
import vn.tradehub.commerce.market.Market.ManagementModel;
import vn.tradehub.commerce.market.Market.MarketClass;
import vn.tradehub.commerce.market.MarketRequest;
import vn.tradehub.commerce.retail.RetailReportRequest;
import vn.tradehub.platform.figures.FigureStatus;

/**
 * Plausible demo figures for Hà Giang, 2019 to 2021, generated deterministically (no randomness
 * between runs). Yearly category totals are set first, then spread over months (with a seasonal
 * shape and the 2020 and 2021 COVID-19 shocks), districts and ownership sectors, with a little
 * deterministic noise, and rounded to million đồng as district offices report them.
 *
 * <ul>
 *   <li>2019: 12,036.6 billion đồng; retail goods 80%, accommodation and food 12%, travel 1%, other
 *       services 7%.
 *   <li>2020: 12,258.6 billion (+1.84%): retail goods held (+6.1%), accommodation and food fell
 *       17.9%, travel 61.9%, other services 3.7%.
 *   <li>2021: 13,583.3 billion (+10.81%), near the plan of +10.8%.
 * </ul>
 */
public final class DemoFigures {
  static final BigDecimal TOTAL_2019 = new BigDecimal("12000000000000");
  static final String[] CATEGORIES = {
    "RETAIL_GOODS", "ACCOMMODATION_FOOD", "TRAVEL", "OTHER_SERVICES"
  };
  static final double[] SHARE_2019 = {0.80, 0.12, 0.01, 0.07};
  static final double[] GROWTH_2020 = {1.065, 0.82, 0.38, 0.96};
  static final double[] GROWTH_2021 = {1.1095, 1.08, 1.10, 1.09};

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

  /** District: its weight in retail goods and services, and in travel (tourism on the plateau). */
  record DistrictWeight(String code, double weight, double travel) {}

  static final List<DistrictWeight> DISTRICTS =
      List.of(
          new DistrictWeight("HA_GIANG_CITY", 0.300, 0.40),
          new DistrictWeight("BAC_QUANG", 0.170, 0.04),
          new DistrictWeight("VI_XUYEN", 0.120, 0.06),
          new DistrictWeight("QUANG_BINH", 0.070, 0.02),
          new DistrictWeight("YEN_MINH", 0.060, 0.07),
          new DistrictWeight("DONG_VAN", 0.055, 0.20),
          new DistrictWeight("HOANG_SU_PHI", 0.050, 0.04),
          new DistrictWeight("MEO_VAC", 0.045, 0.11),
          new DistrictWeight("XIN_MAN", 0.045, 0.02),
          new DistrictWeight("QUAN_BA", 0.045, 0.03),
          new DistrictWeight("BAC_ME", 0.040, 0.01));

  public record Report(String district, YearMonth period, RetailReportRequest request) {}

  public record CpiPoint(YearMonth period, BigDecimal index) {}

  /** A market under its code, the key its PUT addresses. */
  public record DemoMarket(String code, MarketRequest request) {}

  private DemoFigures() {}

  /** Every district's report of every month 2019..2021, in chronological order. */
  public static List<Report> reports() {
    List<Report> out = new ArrayList<>();
    for (int year = 2019; year <= 2021; year++) {
      for (int month = 1; month <= 12; month++) {
        YearMonth period = YearMonth.of(year, month);
        for (DistrictWeight d : DISTRICTS) {
          out.add(
              new Report(
                  d.code(), period, new RetailReportRequest(status(period), lines(d, period))));
        }
      }
    }
    return out;
  }

  static FigureStatus status(YearMonth p) {
    if (p.getYear() < 2021) return FigureStatus.FINAL;
    return p.getMonthValue() <= 9 ? FigureStatus.PRELIMINARY : FigureStatus.ESTIMATED;
  }

  private static List<RetailReportRequest.Line> lines(DistrictWeight d, YearMonth p) {
    List<RetailReportRequest.Line> lines = new ArrayList<>();
    for (int c = 0; c < CATEGORIES.length; c++) {
      double value =
          yearTotal(c, p.getYear())
              * monthShare(c, p)
              * districtShare(d, c)
              * noise(d.code(), p, c);
      for (Map.Entry<String, Double> o : ownership(d, c).entrySet()) {
        BigDecimal vnd = millions(value * o.getValue());
        if (vnd.signum() > 0)
          lines.add(new RetailReportRequest.Line(CATEGORIES[c], o.getKey(), vnd));
      }
    }
    return lines;
  }

  static double yearTotal(int c, int year) {
    double v = TOTAL_2019.doubleValue() * SHARE_2019[c];
    if (year >= 2020) v *= GROWTH_2020[c];
    if (year >= 2021) v *= GROWTH_2021[c];
    return v;
  }

  private static double monthShare(int c, YearMonth p) {
    double[] shock =
        p.getYear() == 2020 ? SHOCK_2020[c] : p.getYear() == 2021 ? SHOCK_2021[c] : null;
    double sum = 0;
    for (int m = 0; m < 12; m++) sum += SEASON[m] * (shock == null ? 1 : shock[m]);
    int m = p.getMonthValue() - 1;
    return SEASON[m] * (shock == null ? 1 : shock[m]) / sum;
  }

  private static double districtShare(DistrictWeight d, int c) {
    double total = 0;
    for (DistrictWeight x : DISTRICTS) total += weight(x, c);
    return weight(d, c) / total;
  }

  private static double weight(DistrictWeight d, int c) {
    return switch (CATEGORIES[c]) {
      case "TRAVEL" -> d.travel();
      case "ACCOMMODATION_FOOD" -> 0.7 * d.weight() + 0.3 * d.travel();
      default -> d.weight();
    };
  }

  /** State shops and services are few; foreign-invested retail exists only in the city. */
  private static Map<String, Double> ownership(DistrictWeight d, int c) {
    boolean city = d.code().equals("HA_GIANG_CITY");
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

  /** ±3%, a fixed function of district, month and category. */
  private static double noise(String district, YearMonth p, int c) {
    long h = (district + "|" + p + "|" + c).hashCode() * 0x9E3779B97F4A7C15L;
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
   * 1.8% in 2021, spread evenly over the months.
   */
  public static List<CpiPoint> cpi() {
    double[] yearly = {0.028, 0.0323, 0.0184};
    List<CpiPoint> out = new ArrayList<>();
    double index = 161.30;
    for (int year = 2019; year <= 2021; year++) {
      double monthly = Math.pow(1 + yearly[year - 2019], 1 / 12.0);
      for (int month = 1; month <= 12; month++) {
        index *= monthly;
        out.add(
            new CpiPoint(
                YearMonth.of(year, month),
                BigDecimal.valueOf(index).setScale(4, RoundingMode.HALF_UP)));
      }
    }
    return out;
  }

  /** Markets of the province, including border markets and those converted to new management. */
  public static List<DemoMarket> markets() {
    List<DemoMarket> m = new ArrayList<>();
    m.add(
        market(
            "CHO_TP_HA_GIANG",
            "Chợ trung tâm thành phố Hà Giang",
            "Ha Giang City Central Market",
            "HA_GIANG_CITY",
            MarketClass.I,
            false,
            ManagementModel.ENTERPRISE,
            "2017-01-01"));
    m.add(
        market(
            "CHO_NGOC_HA",
            "Chợ Ngọc Hà",
            "Ngoc Ha Market",
            "HA_GIANG_CITY",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_PHUONG_THIEN",
            "Chợ Phương Thiện",
            "Phuong Thien Market",
            "HA_GIANG_CITY",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_DONG_VAN",
            "Chợ phiên Đồng Văn",
            "Dong Van Fair Market",
            "DONG_VAN",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2019-06-01"));
    m.add(
        market(
            "CHO_PHO_BANG",
            "Chợ biên giới Phó Bảng",
            "Pho Bang Border Market",
            "DONG_VAN",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_LUNG_CU",
            "Chợ Lũng Cú",
            "Lung Cu Market",
            "DONG_VAN",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_SA_PHIN",
            "Chợ Sà Phìn",
            "Sa Phin Market",
            "DONG_VAN",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_MEO_VAC",
            "Chợ trung tâm Mèo Vạc",
            "Meo Vac Central Market",
            "MEO_VAC",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2019-07-01"));
    m.add(
        market(
            "CHO_SON_VI",
            "Chợ biên giới Sơn Vĩ",
            "Son Vi Border Market",
            "MEO_VAC",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_KHAU_VAI",
            "Chợ Khâu Vai",
            "Khau Vai Market",
            "MEO_VAC",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_YEN_MINH",
            "Chợ trung tâm Yên Minh",
            "Yen Minh Central Market",
            "YEN_MINH",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2020-10-01"));
    m.add(
        market(
            "CHO_BACH_DICH",
            "Chợ biên giới Bạch Đích",
            "Bach Dich Border Market",
            "YEN_MINH",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_TAM_SON",
            "Chợ Tam Sơn",
            "Tam Son Market",
            "QUAN_BA",
            MarketClass.II,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_NGHIA_THUAN",
            "Chợ biên giới Nghĩa Thuận",
            "Nghia Thuan Border Market",
            "QUAN_BA",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VIET_LAM",
            "Chợ Việt Lâm",
            "Viet Lam Market",
            "VI_XUYEN",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2021-03-01"));
    m.add(
        market(
            "CHO_VI_XUYEN",
            "Chợ trung tâm Vị Xuyên",
            "Vi Xuyen Central Market",
            "VI_XUYEN",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2018-05-01"));
    m.add(
        market(
            "CHO_THANH_THUY",
            "Chợ cửa khẩu Thanh Thủy",
            "Thanh Thuy Border-Gate Market",
            "VI_XUYEN",
            MarketClass.II,
            true,
            ManagementModel.ENTERPRISE,
            "2016-09-01"));
    m.add(
        market(
            "CHO_YEN_PHU",
            "Chợ Yên Phú",
            "Yen Phu Market",
            "BAC_ME",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_BAC_ME",
            "Chợ trung tâm Bắc Mê",
            "Bac Me Central Market",
            "BAC_ME",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VINH_QUANG",
            "Chợ Vinh Quang",
            "Vinh Quang Market",
            "HOANG_SU_PHI",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_THONG_NGUYEN",
            "Chợ Thông Nguyên",
            "Thong Nguyen Market",
            "HOANG_SU_PHI",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_COC_PAI",
            "Chợ Cốc Pài",
            "Coc Pai Market",
            "XIN_MAN",
            MarketClass.III,
            false,
            ManagementModel.COOPERATIVE,
            "2020-01-01"));
    m.add(
        market(
            "CHO_XIN_MAN",
            "Chợ biên giới Xín Mần",
            "Xin Man Border Market",
            "XIN_MAN",
            MarketClass.III,
            true,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_VIET_QUANG",
            "Chợ trung tâm Việt Quang",
            "Viet Quang Central Market",
            "BAC_QUANG",
            MarketClass.II,
            false,
            ManagementModel.ENTERPRISE,
            "2019-01-01"));
    m.add(
        market(
            "CHO_VINH_TUY",
            "Chợ Vĩnh Tuy",
            "Vinh Tuy Market",
            "BAC_QUANG",
            MarketClass.II,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_HUNG_AN",
            "Chợ Hùng An",
            "Hung An Market",
            "BAC_QUANG",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    m.add(
        market(
            "CHO_YEN_BINH",
            "Chợ Yên Bình",
            "Yen Binh Market",
            "QUANG_BINH",
            MarketClass.II,
            false,
            ManagementModel.COOPERATIVE,
            "2021-06-01"));
    m.add(
        market(
            "CHO_XUAN_GIANG",
            "Chợ Xuân Giang",
            "Xuan Giang Market",
            "QUANG_BINH",
            MarketClass.III,
            false,
            ManagementModel.MANAGEMENT_BOARD,
            null));
    return m;
  }

  private static DemoMarket market(
      String code,
      String vi,
      String en,
      String district,
      MarketClass c,
      boolean border,
      ManagementModel model,
      String since) {
    return new DemoMarket(
        code,
        new MarketRequest(
            vi,
            en,
            district,
            c,
            border,
            model,
            since == null ? null : LocalDate.parse(since),
            Market.Status.ACTIVE));
  }
}
