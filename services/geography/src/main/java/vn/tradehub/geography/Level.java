package vn.tradehub.geography;

import java.util.Locale;

/** Levels of the administrative hierarchy, highest first; communes (xã, phường) are the lowest. */
public enum Level {
  PROVINCE,
  DISTRICT,
  COMMUNE;

  /** The level at which succession links are listed and territories are summed. */
  public static final Level LOWEST = COMMUNE;

  /** The English word used in messages: "district 024 ...". */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAbove(Level other) {
    return compareTo(other) < 0;
  }
}
