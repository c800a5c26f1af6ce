package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.tradehub.contracts.bordertrade.ShipmentLine;
import vn.tradehub.platform.figures.Unit;

/**
 * A stored shipment line (the whole row). {@code unitCode} is the commune its gate lay in on its
 * declaration date, fixed when the line is recorded or amended.
 */
public record ShipmentRow(
    UUID id,
    String gateCode,
    String unitCode,
    String declarationNumber,
    int lineNumber,
    LocalDate declaredOn,
    Flow flow,
    TradeForm tradeForm,
    String hsCode,
    String description,
    BigDecimal quantity,
    Unit unit,
    BigDecimal netWeightKg,
    BigDecimal valueAmount,
    String valueCurrency,
    String partnerCountry,
    TransportMode transportMode,
    BigDecimal valueUsd,
    BigDecimal exchangeRate,
    String rateSource,
    ShipmentStatus status,
    long version,
    OffsetDateTime recordedAt,
    String recordedBy,
    OffsetDateTime updatedAt) {

  public String naturalKey() {
    return gateCode + "/" + declarationNumber + "/" + lineNumber;
  }

  /** Whether a request carries exactly this line's client-owned content. */
  public boolean sameContentAs(ShipmentRequest r) {
    return gateCode.equals(r.gateCode())
        && declarationNumber.equals(r.declarationNumber())
        && lineNumber == r.lineNumber()
        && declaredOn.equals(r.declaredOn())
        && flow == r.flow()
        && tradeForm == r.tradeForm()
        && hsCode.equals(r.hsCode())
        && description.equals(r.description())
        && quantity.compareTo(r.quantity()) == 0
        && unit == r.unit()
        && (netWeightKg == null
            ? r.netWeightKg() == null
            : r.netWeightKg() != null && netWeightKg.compareTo(r.netWeightKg()) == 0)
        && valueAmount.compareTo(r.value().amount()) == 0
        && valueCurrency.equals(r.value().currency())
        && partnerCountry.equals(r.partnerCountry())
        && transportMode == r.transportMode();
  }

  /** The next version of this line, with the same content, in {@code status} since {@code at}. */
  public ShipmentRow next(ShipmentStatus status, OffsetDateTime at) {
    return new ShipmentRow(
        id,
        gateCode,
        unitCode,
        declarationNumber,
        lineNumber,
        declaredOn,
        flow,
        tradeForm,
        hsCode,
        description,
        quantity,
        unit,
        netWeightKg,
        valueAmount,
        valueCurrency,
        partnerCountry,
        transportMode,
        valueUsd,
        exchangeRate,
        rateSource,
        status,
        version + 1,
        recordedAt,
        recordedBy,
        at);
  }

  public ShipmentLine toEvent() {
    return new ShipmentLine(
        id,
        gateCode,
        unitCode,
        declarationNumber,
        lineNumber,
        declaredOn,
        flow.name(),
        tradeForm.name(),
        hsCode,
        quantity,
        unit.name(),
        valueAmount,
        valueCurrency,
        valueUsd,
        partnerCountry,
        transportMode.name(),
        status.name(),
        version);
  }
}
