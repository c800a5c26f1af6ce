package vn.tradehub.gateway.sdmx;

import java.util.List;

/**
 * A data structure definition: its dimensions in key order (TIME_PERIOD, always last, is implied),
 * the one measure OBS_VALUE and the three attributes every observation carries.
 *
 * @param timeFormat the TIME_PERIOD data type: GregorianYearMonth or GregorianYear
 */
public record Dsd(String id, Text name, List<Dimension> dimensions, String timeFormat) {
  public static final String TIME_PERIOD = "TIME_PERIOD";
  public static final String OBS_VALUE = "OBS_VALUE";
  public static final String OBS_STATUS = "OBS_STATUS";
  public static final String UNIT_MEASURE = "UNIT_MEASURE";
  public static final String UNIT_MULT = "UNIT_MULT";

  /** The attributes, in the order of the structure: UNIT_MEASURE, UNIT_MULT, OBS_STATUS. */
  public static final List<Attribute> ATTRIBUTES =
      List.of(
          new Attribute(UNIT_MEASURE, "CL_UNIT_MEASURE", Attachment.SERIES),
          new Attribute(UNIT_MULT, "CL_UNIT_MULT", Attachment.SERIES),
          new Attribute(OBS_STATUS, "CL_OBS_STATUS", Attachment.OBSERVATION));

  public Dsd {
    dimensions = List.copyOf(dimensions);
  }

  /** A dimension of the key; its concept has the same id. */
  public record Dimension(String id, String codelist) {}

  /** Where an attribute's value varies: with the series (its dimensions) or each observation. */
  public enum Attachment {
    SERIES,
    OBSERVATION
  }

  public record Attribute(String id, String codelist, Attachment attachment) {}

  /** 0-based position of a dimension in the key (TIME_PERIOD is the last); -1 if none. */
  public int position(String dimension) {
    if (TIME_PERIOD.equals(dimension)) return dimensions.size();
    for (int i = 0; i < dimensions.size(); i++)
      if (dimensions.get(i).id().equals(dimension)) return i;
    return -1;
  }

  public List<String> dimensionIds() {
    return dimensions.stream().map(Dimension::id).toList();
  }

  public boolean monthly() {
    return "GregorianYearMonth".equals(timeFormat);
  }
}
