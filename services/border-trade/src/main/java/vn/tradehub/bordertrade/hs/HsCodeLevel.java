package vn.tradehub.bordertrade.hs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The levels of the Harmonized System this API lists, by their number of digits. */
@Schema(name = "HsCodeLevel")
public enum HsCodeLevel {
  CHAPTER(2),
  HEADING(4),
  SUBHEADING(6);

  private final int digits;

  HsCodeLevel(int digits) {
    this.digits = digits;
  }

  public int digits() {
    return digits;
  }
}
