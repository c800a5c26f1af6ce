package vn.tradehub.contracts.bordertrade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A shipment line as the events carry it: the figures that count, not who posted them. */
public record ShipmentLine(
    UUID id,
    String gateCode,
    String declarationNumber,
    int lineNumber,
    LocalDate declaredOn,
    String flow,
    String tradeForm,
    String hsCode,
    BigDecimal quantity,
    String unit,
    BigDecimal valueAmount,
    String valueCurrency,
    BigDecimal valueUsd,
    String partnerCountry,
    String transportMode,
    String status,
    long version) {}
