package vn.tradehub.platform.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Where something located (an enterprise, a cluster, a village, a border gate) lay during a period:
 * an administrative unit's code, valid on every day from {@code validFrom} (null: since before the
 * lists begin) to {@code validTo} (null: still). A located entity keeps a list of them, so a figure
 * is placed where its source was on the figure's date.
 */
@Embeddable
public class Location {
  @Column(name = "unit_code")
  public String unitCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  public boolean covers(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  public static Location of(String unitCode, LocalDate validFrom, LocalDate validTo) {
    Location l = new Location();
    l.unitCode = unitCode;
    l.validFrom = validFrom;
    l.validTo = validTo;
    return l;
  }
}
