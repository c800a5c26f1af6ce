package vn.tradehub.contracts.bordertrade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A shipment line as the events carry it: the figures that count, not who posted them.
 *
 * @param unitCode the commune the line's gate lay in on {@code declaredOn}: a commune of the former
 *     Hà Giang (or Tuyên Quang) before 2025-07-01, one of the new province's from then; with {@code
 *     declaredOn} it names one administrative unit, so a read model can sum any territory
 */
public record ShipmentLine(
    UUID id,
    String gateCode,
    String unitCode,
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
