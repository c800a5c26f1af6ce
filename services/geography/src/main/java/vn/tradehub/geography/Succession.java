package vn.tradehub.geography;

import java.util.Objects;

/**
 * A link from a unit to one of the units it was formed from.
 *
 * @param successor the unit formed on the release date
 * @param predecessor a unit that ceased the day before, whole or in part
 * @param share how much of the predecessor went into the successor
 * @param basis whether the release lists the link or it is derived from the listed ones
 * @param note what the source says, or why the share differs from what it lists; empty if nothing
 */
public record Succession(
    AdminUnit successor, AdminUnit predecessor, Share share, Basis basis, String note) {

  /** Where a link comes from. */
  public enum Basis {
    /** Listed in the release's succession file (communes). */
    LISTED,
    /** Derived from the listed links (provinces: new 08 is the whole of old 02 and old 08). */
    DERIVED
  }

  public Succession {
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(basis, "basis");
    note = note == null ? "" : note;
  }
}
