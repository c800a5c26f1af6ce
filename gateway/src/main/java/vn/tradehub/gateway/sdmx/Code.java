package vn.tradehub.gateway.sdmx;

import java.time.LocalDate;

/**
 * A code of a code list. SDMX 3 codes carry no validity of their own, so the units' validity (a
 * unit is a code and a date) is published as VALID_FROM / VALID_TO annotations.
 *
 * @param parent the code it lies in (a commune's district or province), null at the top
 * @param validFrom first day; null when open in the past
 * @param validTo last day; null while valid
 * @param level an annotation for administrative units (PROVINCE, DISTRICT, COMMUNE); null otherwise
 */
public record Code(
    String id, Text name, String parent, LocalDate validFrom, LocalDate validTo, String level) {
  public static Code of(String id, Text name) {
    return new Code(id, name, null, null, null, null);
  }

  public static Code of(String id, String vi, String en) {
    return of(id, Text.of(vi, en));
  }

  public Code under(String parentId) {
    return new Code(id, name, parentId, validFrom, validTo, level);
  }
}
