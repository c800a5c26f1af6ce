package vn.tradehub.platform.figures;

/**
 * Units of measure: a closed list of UN/ECE Recommendation 20 codes, the ones customs declarations
 * and industrial statistics in the province use.
 */
public enum Unit {
  KGM("kilogram", "ki-lô-gam"),
  TNE("tonne (metric ton)", "tấn"),
  GRM("gram", "gam"),
  LTR("litre", "lít"),
  MTQ("cubic metre", "mét khối"),
  MTK("square metre", "mét vuông"),
  MTR("metre", "mét"),
  KWH("kilowatt hour", "ki-lô-oát giờ"),
  MWH("megawatt hour", "mê-ga-oát giờ"),
  GWH("gigawatt hour", "gi-ga-oát giờ"),
  PCE("piece", "chiếc"),
  NAR("number of articles", "cái"),
  SET("set", "bộ"),
  PR("pair", "đôi"),
  HEAD("head (of animals)", "con"),
  DZN("dozen", "tá"),
  BX("box", "hộp"),
  CT("carton", "thùng các-tông"),
  BG("bag", "bao"),
  HLT("hectolitre", "héc-tô-lít"),
  KPL("thousand pieces", "nghìn chiếc"); // e.g. bricks are counted in thousands

  private final String description;
  private final String nameVi;

  Unit(String description, String nameVi) {
    this.description = description;
    this.nameVi = nameVi;
  }

  /** The English name, as UN/ECE Recommendation 20 gives it. */
  public String description() {
    return description;
  }

  /** The Vietnamese name used in the province's statistics. */
  public String nameVi() {
    return nameVi;
  }
}
