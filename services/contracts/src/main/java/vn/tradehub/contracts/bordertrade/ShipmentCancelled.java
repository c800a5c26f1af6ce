package vn.tradehub.contracts.bordertrade;

/** A shipment line was cancelled; its figures (as last recorded) leave every total. */
public record ShipmentCancelled(ShipmentLine shipment) {}
