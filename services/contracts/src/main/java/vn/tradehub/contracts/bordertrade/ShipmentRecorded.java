package vn.tradehub.contracts.bordertrade;

/** A new shipment line was accepted. Topic {@code border-trade.shipments.v1}, key = gate code. */
public record ShipmentRecorded(ShipmentLine shipment) {}
