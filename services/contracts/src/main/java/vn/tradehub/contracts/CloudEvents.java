package vn.tradehub.contracts;

/**
 * The envelope: CloudEvents 1.0 in Kafka binary mode. Attributes travel as {@code ce_*} headers and
 * the record value is the JSON payload alone.
 */
public final class CloudEvents {
  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE_JSON = "application/json";

  public static final String H_SPECVERSION = "ce_specversion";
  public static final String H_ID = "ce_id";
  public static final String H_TYPE = "ce_type";
  public static final String H_SOURCE = "ce_source";
  public static final String H_TIME = "ce_time";
  public static final String H_SUBJECT = "ce_subject";
  public static final String H_CONTENT_TYPE = "content-type";

  private CloudEvents() {}

  /**
   * The {@code ce_type} of a payload record: its class name without the {@code contracts} segment,
   * e.g. {@code vn.tradehub.bordertrade.ShipmentRecorded}.
   */
  public static String typeOf(Class<?> payloadType) {
    return payloadType.getName().replace(".contracts.", ".");
  }
}
