package vn.tradehub.geography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One release as the territory algebra sees it: the units it ends and starts and its commune-level
 * links, each link being one piece of land (the part of an old commune that lies in a new one). An
 * area given by old communes is exactly an area of new communes when the pieces of the one are the
 * pieces of the other; that is the whole test, in both directions.
 */
final class Step {

  /** Units on the other side of a release, and why they are not exactly the same area. */
  record Transition(Set<AdminUnit> units, List<String> reasons, Set<String> notes) {}

  final Release release;
  final LocalDate effective;
  final Set<AdminUnit> ended;
  final Set<AdminUnit> started;
  final Map<AdminUnit, List<Succession>> byOld;
  final Map<AdminUnit, List<Succession>> byNew;
  // Old communes listed with a single PART link: the rest of them went somewhere the lists omit.
  final Set<AdminUnit> remainders;
  final Map<AdminUnit, List<VillageTransfer>> transfers;

  Step(
      Release release,
      Set<AdminUnit> ended,
      Set<AdminUnit> started,
      Map<AdminUnit, List<Succession>> byOld,
      Map<AdminUnit, List<Succession>> byNew,
      Set<AdminUnit> remainders,
      Map<AdminUnit, List<VillageTransfer>> transfers) {
    this.release = release;
    this.effective = release.effective();
    this.ended = Set.copyOf(ended);
    this.started = Set.copyOf(started);
    this.byOld = Map.copyOf(byOld);
    this.byNew = Map.copyOf(byNew);
    this.remainders = Set.copyOf(remainders);
    this.transfers = Map.copyOf(transfers);
  }

  LocalDate last() {
    return effective.minusDays(1);
  }

  /** The units valid on {@code effective} covering lowest-level units valid the day before. */
  Transition forward(Set<AdminUnit> before) {
    Set<AdminUnit> after = new TreeSet<>();
    List<String> reasons = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (AdminUnit old : before) {
      if (!ended.contains(old)) {
        after.add(old);
        continue;
      }
      byOld.getOrDefault(old, List.of()).forEach(s -> after.add(s.successor()));
      if (remainders.contains(old)) {
        reasons.add(outsideLists(old));
      }
    }
    for (AdminUnit unit : after) {
      if (!started.contains(unit)) {
        continue;
      }
      for (Succession s : byNew.get(unit)) {
        if (!before.contains(s.predecessor())) {
          reasons.add(
              unit.label()
                  + " ("
                  + unit.validity()
                  + ") also takes in "
                  + (s.share() == Share.PART ? "part of " : "")
                  + s.predecessor().label()
                  + ", which lies outside the territory");
        }
      }
      notes.addAll(transferNotes(unit));
    }
    return new Transition(after, reasons, notes);
  }

  /** The units valid the day before {@code effective} covering lowest-level units valid on it. */
  Transition backward(Set<AdminUnit> after) {
    Set<AdminUnit> before = new TreeSet<>();
    List<String> reasons = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (AdminUnit unit : after) {
      if (!started.contains(unit)) {
        before.add(unit);
        continue;
      }
      byNew.getOrDefault(unit, List.of()).forEach(s -> before.add(s.predecessor()));
      notes.addAll(transferNotes(unit));
    }
    for (AdminUnit old : before) {
      if (!ended.contains(old)) {
        continue;
      }
      for (Succession s : byOld.get(old)) {
        if (!after.contains(s.successor())) {
          reasons.add(
              old.label()
                  + " ("
                  + old.validity()
                  + ") was split: part of it went to "
                  + s.successor().label()
                  + ", which lies outside the territory");
        }
      }
      if (remainders.contains(old)) {
        reasons.add(outsideLists(old));
      }
    }
    return new Transition(before, reasons, notes);
  }

  private String outsideLists(AdminUnit old) {
    return "part of "
        + old.label()
        + " ("
        + old.validity()
        + ") went to units that release "
        + release.id()
        + " does not list";
  }

  private List<String> transferNotes(AdminUnit unit) {
    return transfers.getOrDefault(unit, List.of()).stream()
        .map(
            t ->
                unit.label()
                    + " also received "
                    + t.sourceText()
                    + " on "
                    + effective
                    + " ("
                    + t.why()
                    + "); the lists do not say from which commune, so this answer is exact at"
                    + " commune level only")
        .toList();
  }
}
