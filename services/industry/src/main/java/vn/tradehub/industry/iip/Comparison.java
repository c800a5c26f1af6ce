package vn.tradehub.industry.iip;

/** What the current quantities are compared with (the q0 of the product index). */
public enum Comparison {
  /** The base year's average monthly quantity (× the number of months for a year to date). */
  BASE_YEAR,
  /** The month before (not defined for a year to date). */
  PREVIOUS_MONTH,
  /** The same month (or months, for a year to date) of the previous year. */
  PREVIOUS_YEAR
}
