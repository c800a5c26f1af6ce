package vn.tradehub.bordertrade.gate;

/**
 * Border gate categories of Vietnamese law: international, main, secondary, openings, border
 * markets.
 */
public enum GateKind {
  INTERNATIONAL,
  MAIN,
  SECONDARY,
  OPENING,
  BORDER_MARKET
}
