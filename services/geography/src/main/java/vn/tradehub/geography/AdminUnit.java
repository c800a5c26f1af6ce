package vn.tradehub.geography;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One administrative unit with its validity. A code alone does not identify a unit: codes are
 * reused with new meanings (00691 was Phường Trần Phú until 2025-06-30 and is Phường Hà Giang 2
 * from 2025-07-01), so a unit is always looked up by code and date.
 *
 * @param parentCode the code of the unit it lies in, valid on the same dates; null for a province
 * @param validFrom first day of validity; null when open in the past (the unit was in force before
 *     the first release of the lists that this library holds, from a date those lists do not give)
 * @param validTo last day of validity; null while the unit is still valid
 */
public record AdminUnit(
    Level level,
    String code,
    String nameVi,
    String nameEn,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo)
    implements Comparable<AdminUnit> {

  /** By code, then by start of validity (the open past first). */
  public static final Comparator<AdminUnit> ORDER =
      Comparator.comparing(AdminUnit::code)
          .thenComparing(AdminUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

  public AdminUnit {
    Objects.requireNonNull(level, "level");
    requireText(code, "code");
    requireText(nameVi, "nameVi");
    requireText(nameEn, "nameEn");
    if (parentCode != null && parentCode.isBlank()) {
      parentCode = null;
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          code + ": valid to " + validTo + " is before valid from " + validFrom);
    }
  }

  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  /** "00691 Phường Hà Giang 2": code and Vietnamese name, for messages. */
  public String label() {
    return code + " " + nameVi;
  }

  /** "from 2025-07-01", "until 2025-06-30" or "2025-07-01 to 2026-12-31". */
  public String validity() {
    if (validFrom == null && validTo == null) {
      return "always";
    }
    if (validFrom == null) {
      return "until " + validTo;
    }
    return validTo == null ? "from " + validFrom : validFrom + " to " + validTo;
  }

  /** The territory that names exactly this unit: its code pinned to a date of its validity. */
  public Territory ref() {
    LocalDate on = validFrom != null ? validFrom : validTo;
    return on == null ? Territory.of(code) : Territory.of(code, on);
  }

  AdminUnit endingOn(LocalDate last) {
    return new AdminUnit(level, code, nameVi, nameEn, parentCode, validFrom, last);
  }

  @Override
  public int compareTo(AdminUnit other) {
    return ORDER.compare(this, other);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
