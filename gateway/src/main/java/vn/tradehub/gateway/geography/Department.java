package vn.tradehub.gateway.geography;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Territory;

/**
 * The province the Department served on a date: Hà Giang (02) until the reform, the merged Tuyên
 * Quang (08) from 1 July 2025. It is the territory of an answer that names none.
 */
@ApplicationScoped
public class Department {
  /** The first day of the merged province. */
  public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private final Geography geography;

  public Department(Geography geography) {
    this.geography = geography;
  }

  public AdminUnit provinceOn(LocalDate date) {
    String code = date.isBefore(MERGER) ? "02" : "08";
    return geography.resolve(Territory.of(code), date);
  }
}
