package vn.tradehub.gateway.plans;

/** The indicators the gateway computes and plans can target, with their names and units. */
public enum IndicatorCode {
  IIP("Chỉ số sản xuất công nghiệp (IIP)", "Index of industrial production (IIP)", "index"),
  OUTPUT_VALUE(
      "Giá trị sản xuất công nghiệp (giá hiện hành)",
      "Industrial output value (current prices)",
      "billion VND"),
  RETAIL_SALES(
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
      "Total retail sales of goods and services",
      "billion VND"),
  BORDER_TURNOVER(
      "Kim ngạch xuất nhập khẩu qua các cửa khẩu",
      "Border-gate import-export turnover",
      "million USD"),
  EXPORT_TURNOVER("Kim ngạch xuất khẩu", "Export turnover", "million USD"),
  ELECTRIFICATION(
      "Tỷ lệ thôn bản biên giới có điện đạt chuẩn",
      "Border villages with electricity meeting the criterion",
      "%");

  public final String nameVi;
  public final String nameEn;
  public final String unit;

  IndicatorCode(String nameVi, String nameEn, String unit) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.unit = unit;
  }
}
