package vn.tradehub.gateway.sdmx;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.tradehub.gateway.plans.IndicatorCode;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Release;
import vn.tradehub.platform.context.Jdbc;

/**
 * The agency's structural metadata: six dataflows, their data structures, the concept scheme and
 * the code lists, built from the system's own lists (the geography library's units with their
 * validity, the plans' indicators, the border-trade flows and trade forms, the HS chapters, ISO
 * 3166 countries from the JDK's locale data). Border gates are the border-trade service's code
 * list; the gateway knows them by code from the shipment events ({@code sdmx_code}).
 */
@ApplicationScoped
public class SdmxStructures {
  public static final String DF_IIP = "DF_IIP";
  public static final String DF_IND_OUTPUT = "DF_IND_OUTPUT";
  public static final String DF_RETAIL = "DF_RETAIL";
  public static final String DF_BORDER_TRADE = "DF_BORDER_TRADE";
  public static final String DF_ELECTRIFICATION = "DF_ELECTRIFICATION";
  public static final String DF_PLAN = "DF_PLAN";

  public static final String CL_AREA = "CL_AREA";
  public static final String CL_BORDER_GATE = "CL_BORDER_GATE";

  private final Jdbc jdbc;
  private final Map<String, Concept> concepts = new LinkedHashMap<>();
  private final Map<String, Codelist> codelists = new LinkedHashMap<>();
  private final Map<String, Dsd> dsds = new LinkedHashMap<>();
  private final Map<String, Dataflow> dataflows = new LinkedHashMap<>();

  public SdmxStructures(Geography geography, Jdbc jdbc) {
    this.jdbc = jdbc;
    defineConcepts();
    codelists(geography);
    structures();
  }

  // ---- lookups ------------------------------------------------------------------------------

  public List<Dataflow> dataflows() {
    return List.copyOf(dataflows.values());
  }

  public Optional<Dataflow> dataflow(String id) {
    return Optional.ofNullable(dataflows.get(id));
  }

  public List<Dsd> dsds() {
    return List.copyOf(dsds.values());
  }

  public List<Concept> concepts() {
    return List.copyOf(concepts.values());
  }

  public Concept concept(String id) {
    return concepts.get(id);
  }

  /** Every code list; the border gates as the shipment events have named them so far. */
  public List<Codelist> codelists() {
    List<Codelist> out = new ArrayList<>();
    for (Codelist c : codelists.values())
      out.add(c.id().equals(CL_BORDER_GATE) ? borderGates(c) : c);
    return out;
  }

  public Codelist codelist(String id) {
    Codelist c = codelists.get(id);
    return c != null && c.id().equals(CL_BORDER_GATE) ? borderGates(c) : c;
  }

  /** The code lists a data structure uses: its dimensions' and its attributes'. */
  public List<String> codelistsOf(Dsd dsd) {
    List<String> ids = new ArrayList<>();
    dsd.dimensions().forEach(d -> ids.add(d.codelist()));
    Dsd.ATTRIBUTES.forEach(a -> ids.add(a.codelist()));
    return ids.stream().distinct().toList();
  }

  /** The concepts a data structure uses, in the order of its components. */
  public List<String> conceptsOf(Dsd dsd) {
    List<String> ids = new ArrayList<>(dsd.dimensionIds());
    ids.add(Dsd.TIME_PERIOD);
    ids.add(Dsd.OBS_VALUE);
    Dsd.ATTRIBUTES.forEach(a -> ids.add(a.id()));
    return ids;
  }

  private Codelist borderGates(Codelist declared) {
    List<Code> codes =
        jdbc.query(
            "select code from sdmx_code where codelist = ? order by code",
            rs -> Code.of(rs.getString(1), Text.same(rs.getString(1))),
            CL_BORDER_GATE);
    return new Codelist(declared.id(), declared.name(), declared.description(), codes);
  }

  // ---- concepts -----------------------------------------------------------------------------

  private void concept(String id, String vi, String en) {
    concepts.put(id, new Concept(id, Text.of(vi, en), null));
  }

  private void defineConcepts() {
    concept("FREQ", "Tần suất", "Frequency");
    concept("REF_AREA", "Địa bàn", "Reference area");
    concept("TIME_PERIOD", "Kỳ", "Time period");
    concept("OBS_VALUE", "Giá trị", "Observation value");
    concept("OBS_STATUS", "Tình trạng số liệu", "Observation status");
    concept("UNIT_MEASURE", "Đơn vị tính", "Unit of measure");
    concept("UNIT_MULT", "Hệ số nhân đơn vị", "Unit multiplier");
    concept("ACTIVITY", "Ngành công nghiệp", "Industrial activity");
    concept("COMP_BASE", "Kỳ so sánh", "Comparison base");
    concept("PERIOD_COVERAGE", "Phạm vi thời gian", "Period coverage");
    concept("PRICE_BASE", "Loại giá", "Price base");
    concept("RETAIL_CATEGORY", "Nhóm ngành bán lẻ, dịch vụ", "Retail and services category");
    concept("BORDER_GATE", "Cửa khẩu", "Border gate");
    concept("TRADE_FLOW", "Luồng hàng", "Trade flow");
    concept("TRADE_FORM", "Loại hình thương mại", "Trade form");
    concept("HS_CHAPTER", "Chương HS", "HS chapter");
    concept("COUNTERPART_AREA", "Nước đối tác", "Partner country");
    concept("VILLAGE_INDICATOR", "Chỉ tiêu điện thôn bản", "Border village electricity indicator");
    concept("PLAN_INDICATOR", "Chỉ tiêu kế hoạch", "Plan indicator");
    concept("TARGET_KIND", "Loại chỉ tiêu", "Kind of target");
  }

  // ---- code lists ---------------------------------------------------------------------------

  private void codelist(String id, String vi, String en, List<Code> codes) {
    codelists.put(id, new Codelist(id, Text.of(vi, en), null, codes));
  }

  private void codelists(Geography geography) {
    codelist(
        "CL_FREQ",
        "Tần suất",
        "Frequency",
        List.of(Code.of("A", "Hằng năm", "Annual"), Code.of("M", "Hằng tháng", "Monthly")));
    codelist(CL_AREA, "Đơn vị hành chính", "Administrative units", areas(geography));
    codelist(
        "CL_OBS_STATUS",
        "Tình trạng số liệu",
        "Observation status",
        List.of(
            Code.of("A", "Chính thức", "Normal value"),
            Code.of("P", "Sơ bộ", "Provisional value"),
            Code.of("E", "Ước tính", "Estimated value")));
    codelist(
        "CL_UNIT_MEASURE",
        "Đơn vị tính",
        "Units of measure",
        List.of(
            Code.of("VND", "Đồng Việt Nam", "Vietnamese dong"),
            Code.of("USD", "Đô la Mỹ", "US dollar"),
            Code.of("IX", "Chỉ số (cùng kỳ năm trước = 100)", "Index (comparison base = 100)"),
            Code.of("PC", "Phần trăm", "Per cent"),
            Code.of("NUM", "Số lượng", "Number")));
    codelist(
        "CL_UNIT_MULT",
        "Hệ số nhân đơn vị",
        "Unit multipliers",
        List.of(
            Code.of("0", "Đơn vị", "Units"),
            Code.of("3", "Nghìn", "Thousands"),
            Code.of("6", "Triệu", "Millions"),
            Code.of("9", "Tỷ", "Billions")));
    codelist(
        "CL_ACTIVITY",
        "Ngành công nghiệp (VSIC 2018, cấp 1)",
        "Industrial activities (VSIC 2018 sections)",
        List.of(
            Code.of("_T", "Toàn ngành công nghiệp", "Total industry"),
            Code.of("B", "Khai khoáng", "Mining and quarrying").under("_T"),
            Code.of("C", "Công nghiệp chế biến, chế tạo", "Manufacturing").under("_T"),
            Code.of(
                    "D",
                    "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí",
                    "Electricity, gas, steam and air conditioning supply")
                .under("_T"),
            Code.of(
                    "E",
                    "Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải",
                    "Water supply; sewerage, waste management and remediation")
                .under("_T")));
    codelist(
        "CL_COMP_BASE",
        "Kỳ so sánh",
        "Comparison bases",
        List.of(
            Code.of("PY", "Cùng kỳ năm trước", "Same period of the previous year"),
            Code.of("PM", "Tháng trước", "Previous month"),
            Code.of("BY", "Năm gốc", "Base year")));
    codelist(
        "CL_PERIOD_COVERAGE",
        "Phạm vi thời gian",
        "Period coverage",
        List.of(
            Code.of("M", "Trong tháng", "The month"),
            Code.of("YTD", "Cộng dồn từ đầu năm", "Year to date")));
    codelist(
        "CL_PRICE_BASE",
        "Loại giá",
        "Price bases",
        List.of(
            Code.of("V", "Giá hiện hành", "Current prices"),
            Code.of("Q", "Giá so sánh", "Constant prices")));
    codelist(
        "CL_RETAIL_CATEGORY",
        "Nhóm ngành bán lẻ hàng hóa và dịch vụ",
        "Retail sales and services categories",
        List.of(
            Code.of("_T", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Total"),
            Code.of("RETAIL_GOODS", "Bán lẻ hàng hóa", "Retail sales of goods").under("_T"),
            Code.of(
                    "ACCOMMODATION_FOOD",
                    "Dịch vụ lưu trú, ăn uống",
                    "Accommodation and food services")
                .under("_T"),
            Code.of("TRAVEL", "Du lịch lữ hành", "Travel services").under("_T"),
            Code.of("OTHER_SERVICES", "Dịch vụ khác", "Other services").under("_T")));
    codelist(
        CL_BORDER_GATE,
        "Cửa khẩu, lối mở, chợ biên giới",
        "Border gates, openings and border markets",
        List.of());
    codelist(
        "CL_TRADE_FLOW",
        "Luồng hàng qua cửa khẩu",
        "Trade flows through the border gates",
        List.of(
            Code.of("EXPORT", "Xuất khẩu", "Export"),
            Code.of("IMPORT", "Nhập khẩu", "Import"),
            Code.of("BORDER_GATE_TRANSFER", "Chuyển cửa khẩu", "Border gate transfer"),
            Code.of("TRANSIT", "Quá cảnh", "Transit"),
            Code.of(
                "TEMPORARY_IMPORT_REEXPORT",
                "Tạm nhập tái xuất",
                "Temporary import for re-export")));
    codelist(
        "CL_TRADE_FORM",
        "Loại hình thương mại",
        "Trade forms",
        List.of(
            Code.of("OFFICIAL", "Chính ngạch", "Official trade"),
            Code.of("BORDER_RESIDENT", "Cư dân biên giới", "Trade of border residents"),
            Code.of("BORDER_MARKET", "Chợ biên giới", "Border market trade")));
    codelist("CL_HS_CHAPTER", "Chương Hệ thống hài hòa (HS)", "HS chapters", hsChapters());
    codelist("CL_COUNTRY", "Quốc gia (ISO 3166-1)", "Countries (ISO 3166-1)", countries());
    codelist(
        "CL_VILLAGE_INDICATOR",
        "Chỉ tiêu điện thôn bản biên giới",
        "Electricity of border villages",
        List.of(
            Code.of("BORDER_VILLAGES", "Số thôn bản biên giới", "Border villages"),
            Code.of(
                "ELECTRIFIED",
                "Số thôn bản có điện đạt chuẩn",
                "Villages whose electricity meets the criterion"),
            Code.of(
                "ELECTRIFIED_SHARE",
                "Tỷ lệ thôn bản có điện đạt chuẩn",
                "Share of villages whose electricity meets the criterion")));
    codelist(
        "CL_PLAN_INDICATOR",
        "Chỉ tiêu kế hoạch năm",
        "Indicators of the yearly plan",
        Arrays.stream(IndicatorCode.values())
            .map(c -> Code.of(c.name(), c.nameVi, c.nameEn))
            .toList());
    codelist(
        "CL_TARGET_KIND",
        "Loại chỉ tiêu kế hoạch",
        "Kinds of target",
        List.of(
            Code.of(
                "GROWTH_PCT",
                "Tăng trưởng so với năm trước (%)",
                "Growth on the previous year (%)"),
            Code.of("ABSOLUTE", "Mức cần đạt", "Level to reach")));
  }

  /**
   * Every unit the geography library has ever held, each as its pinned reference ({@code
   * 08@2025-07-01}): a code alone names two units across the 2025 reform, a code and a date one.
   */
  private static List<Code> areas(Geography geography) {
    TreeSet<AdminUnit> all = new TreeSet<>(AdminUnit.ORDER);
    for (Release r : geography.releases()) {
      all.addAll(geography.units(null, null, r.effective()));
      all.addAll(geography.units(null, null, r.effective().minusDays(1)));
    }
    List<Code> out = new ArrayList<>();
    for (AdminUnit u : all) {
      LocalDate on = u.validFrom() != null ? u.validFrom() : u.validTo();
      String parent =
          u.parentCode() == null || on == null
              ? null
              : geography.unit(u.parentCode(), on).map(p -> p.ref().toString()).orElse(null);
      out.add(
          new Code(
              u.ref().toString(),
              Text.of(u.nameVi(), u.nameEn()),
              parent,
              u.validFrom(),
              u.validTo(),
              u.level().name()));
    }
    return out;
  }

  private static List<Code> hsChapters() {
    try (InputStream in =
        SdmxStructures.class.getClassLoader().getResourceAsStream("sdmx/hs-chapters.csv")) {
      if (in == null) throw new IllegalStateException("sdmx/hs-chapters.csv is missing");
      List<Code> out = new ArrayList<>();
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)))
        // The nomenclature is published in English only.
        out.add(Code.of(r.get("chapter"), Text.same(r.get("description"))));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Code> countries() {
    Locale vi = Locale.forLanguageTag("vi");
    return Arrays.stream(Locale.getISOCountries())
        .sorted()
        .map(
            cc -> {
              Locale l = new Locale.Builder().setRegion(cc).build();
              return Code.of(cc, l.getDisplayCountry(vi), l.getDisplayCountry(Locale.ENGLISH));
            })
        .toList();
  }

  // ---- data structures and dataflows --------------------------------------------------------

  private void flow(
      String suffix,
      String vi,
      String en,
      String descVi,
      String descEn,
      String timeFormat,
      String... dims) {
    List<Dsd.Dimension> dimensions = new ArrayList<>();
    for (String d : dims) dimensions.add(new Dsd.Dimension(d, codelistOf(d)));
    Dsd dsd = new Dsd("DSD_" + suffix, Text.of(vi, en), dimensions, timeFormat);
    dsds.put(dsd.id(), dsd);
    dataflows.put(
        "DF_" + suffix,
        new Dataflow("DF_" + suffix, Text.of(vi, en), Text.of(descVi, descEn), dsd));
  }

  private static String codelistOf(String dimension) {
    return switch (dimension) {
      case "REF_AREA" -> CL_AREA;
      case "COUNTERPART_AREA" -> "CL_COUNTRY";
      default -> "CL_" + dimension;
    };
  }

  private void structures() {
    String month = "GregorianYearMonth";
    flow(
        "IIP",
        "Chỉ số sản xuất công nghiệp (IIP)",
        "Index of industrial production (IIP)",
        "IIP của tháng và cộng dồn từ đầu năm, so với cùng kỳ năm trước (= 100), theo ngành và kỳ so"
            + " sánh; số liệu từ sự kiện IndustryIndicatorsComputed của dịch vụ công nghiệp.",
        "The IIP of the month and of the year to date against the same period a year earlier (="
            + " 100), by activity and comparison base; from the industry service's"
            + " IndustryIndicatorsComputed events.",
        month,
        "FREQ",
        "REF_AREA",
        "ACTIVITY",
        "COMP_BASE",
        "PERIOD_COVERAGE");
    flow(
        "IND_OUTPUT",
        "Giá trị sản xuất công nghiệp",
        "Industrial output value",
        "Giá trị sản xuất công nghiệp của tháng và cộng dồn, theo loại giá (đồng).",
        "Industrial output value of the month and of the year to date, by price base (dong).",
        month,
        "FREQ",
        "REF_AREA",
        "PRICE_BASE",
        "PERIOD_COVERAGE");
    flow(
        "RETAIL",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "Retail sales of goods and consumer services",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (giá hiện hành, đồng), theo nhóm"
            + " ngành và địa bàn.",
        "Total retail sales of goods and consumer-service revenue at current prices (dong), by"
            + " category and territory.",
        month,
        "FREQ",
        "REF_AREA",
        "RETAIL_CATEGORY",
        "PERIOD_COVERAGE");
    flow(
        "BORDER_TRADE",
        "Kim ngạch xuất nhập khẩu qua các cửa khẩu",
        "Border-gate import-export turnover",
        "Trị giá (USD) các dòng hàng khai qua cửa khẩu, theo tháng khai báo, cửa khẩu, luồng hàng,"
            + " loại hình, chương HS và nước đối tác; dòng hàng bị hủy không còn được tính.",
        "Value in USD of the shipment lines declared at the border gates, by month of declaration,"
            + " gate, flow, trade form, HS chapter and partner country; cancelled lines no longer"
            + " count.",
        month,
        "FREQ",
        "REF_AREA",
        "BORDER_GATE",
        "TRADE_FLOW",
        "TRADE_FORM",
        "HS_CHAPTER",
        "COUNTERPART_AREA");
    flow(
        "ELECTRIFICATION",
        "Điện thôn bản biên giới",
        "Electricity of border villages",
        "Số thôn bản biên giới, số có điện đạt chuẩn và tỷ lệ, cuối tháng.",
        "Border villages, those whose electricity meets the criterion, and their share, at the end"
            + " of each month.",
        month,
        "FREQ",
        "REF_AREA",
        "VILLAGE_INDICATOR");
    flow(
        "PLAN",
        "Kế hoạch năm và các chỉ tiêu",
        "Yearly plan and its targets",
        "Các chỉ tiêu kế hoạch năm của Sở Công Thương (tăng trưởng % hoặc mức cần đạt).",
        "The Department's yearly targets (growth in % or a level to reach).",
        "GregorianYear",
        "FREQ",
        "REF_AREA",
        "PLAN_INDICATOR",
        "TARGET_KIND");
  }
}
