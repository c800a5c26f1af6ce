package vn.tradehub.gateway.indicators;

import vn.tradehub.contracts.CloudEvents;
import vn.tradehub.contracts.bordertrade.ShipmentAmended;
import vn.tradehub.contracts.bordertrade.ShipmentCancelled;
import vn.tradehub.contracts.bordertrade.ShipmentRecorded;
import vn.tradehub.contracts.commerce.CommerceIndicatorsComputed;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;

/**
 * The CloudEvents types of the services' events that the read model and the SDMX vintages are built
 * from.
 */
public final class EventTypes {
  public static final String INDUSTRY = CloudEvents.typeOf(IndustryIndicatorsComputed.class);
  public static final String COMMERCE = CloudEvents.typeOf(CommerceIndicatorsComputed.class);
  public static final String RECORDED = CloudEvents.typeOf(ShipmentRecorded.class);
  public static final String AMENDED = CloudEvents.typeOf(ShipmentAmended.class);
  public static final String CANCELLED = CloudEvents.typeOf(ShipmentCancelled.class);

  private EventTypes() {}
}
