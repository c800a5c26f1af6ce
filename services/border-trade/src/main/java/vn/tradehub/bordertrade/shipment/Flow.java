package vn.tradehub.bordertrade.shipment;

/** Direction of a declaration line through the border gate. */
public enum Flow {
  EXPORT,
  IMPORT,
  /**
   * Goods transferred through the gate (tạm nhập tái xuất excluded), counted in provincial totals.
   */
  BORDER_GATE_TRANSFER,
  TRANSIT,
  TEMPORARY_IMPORT_REEXPORT
}
