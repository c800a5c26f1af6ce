package vn.tradehub.bordertrade.shipment;

public enum TransportMode {
  ROAD,
  RAIL,
  WATERWAY,
  AIR,
  /** Electricity over power lines, pipelines. */
  FIXED_INSTALLATION,
  /** Goods carried across by border residents. */
  ON_FOOT,
  OTHER
}
