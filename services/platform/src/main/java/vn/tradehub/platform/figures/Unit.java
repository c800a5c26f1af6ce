package vn.tradehub.platform.figures;

/**
 * Units of measure: a closed list of UN/ECE Recommendation 20 codes, the ones customs declarations
 * and industrial statistics in the province use.
 */
public enum Unit {
  KGM("kilogram"),
  TNE("tonne (metric ton)"),
  GRM("gram"),
  LTR("litre"),
  MTQ("cubic metre"),
  MTK("square metre"),
  MTR("metre"),
  KWH("kilowatt hour"),
  MWH("megawatt hour"),
  GWH("gigawatt hour"),
  PCE("piece"),
  NAR("number of articles"),
  SET("set"),
  PR("pair"),
  HEAD("head (of animals)"),
  DZN("dozen"),
  BX("box"),
  CT("carton"),
  BG("bag"),
  HLT("hectolitre"),
  KPL("thousand pieces"); // e.g. bricks are counted in thousands

  private final String description;

  Unit(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
