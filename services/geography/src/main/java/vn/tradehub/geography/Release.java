package vn.tradehub.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published change of the lists, as read from its files: the units that cease the day before
 * {@code effective}, the units that begin on it, and the links between them. Releases are applied
 * in order; a later one never edits an earlier one, it ends the units it replaces.
 *
 * @param ended units whose last day is the day before {@code effective}; a unit unknown to every
 *     earlier release is introduced here with its start open in the past
 * @param started units whose first day is {@code effective}
 * @param links commune-level links from started to ended units, as listed
 * @param unresolved changes below commune level that no link can express
 */
public record Release(
    String id,
    LocalDate effective,
    String title,
    List<AdminUnit> ended,
    List<AdminUnit> started,
    List<Link> links,
    List<Transfer> unresolved) {

  /**
   * A listed link. The district and province columns are the source's own view of where the old
   * unit was; when given, loading checks them against the units.
   */
  public record Link(
      String newCode,
      String oldCode,
      Share share,
      String note,
      String oldDistrictCode,
      String oldProvinceCode) {
    public Link {
      Objects.requireNonNull(newCode, "newCode");
      Objects.requireNonNull(oldCode, "oldCode");
      Objects.requireNonNull(share, "share");
      note = note == null ? "" : note;
    }
  }

  /** A transfer below commune level, as listed. */
  public record Transfer(String newCode, String sourceText, String why) {}

  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effective, "effective");
    title = title == null ? "" : title;
    ended = List.copyOf(ended);
    started = List.copyOf(started);
    links = List.copyOf(links);
    unresolved = List.copyOf(unresolved);
  }
}
