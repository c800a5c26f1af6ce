package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tradehub.platform.figures.Unit;

/**
 * A line as a row of the daily sheet ({@link ShipmentSheets#CSV_COLUMNS}, in that order): the CSV
 * export of the shipment list, so that an export can be uploaded again as a batch (every line then
 * replays). Server-owned fields (id, valueUsd, status, ...) are not sheet columns.
 */
public record ShipmentSheetRow(
    String gateCode,
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
    TransportMode transportMode) {

  static List<ShipmentSheetRow> of(ShipmentResponse s) {
    return List.of(
        new ShipmentSheetRow(
            s.gateCode(),
            s.declarationNumber(),
            s.lineNumber(),
            s.declaredOn(),
            s.flow(),
            s.tradeForm(),
            s.hsCode(),
            s.description(),
            s.quantity(),
            s.unit(),
            s.netWeightKg(),
            s.value().amount(),
            s.value().currency(),
            s.partnerCountry(),
            s.transportMode()));
  }
}
