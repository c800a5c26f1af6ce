package vn.tradehub.contracts.bordertrade;

/**
 * A shipment line was corrected; consumers move its figures from {@code before} to {@code after}.
 */
public record ShipmentAmended(ShipmentLine before, ShipmentLine after) {}
