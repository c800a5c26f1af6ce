package vn.tradehub.bordertrade.shipment;

public enum ShipmentStatus {
  RECORDED,
  AMENDED,
  CANCELLED
}
