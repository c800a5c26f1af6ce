package vn.tradehub.geography;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The administrative units of every release, with their successions and the territory algebra.
 *
 * <p>Immutable once built, so one instance serves every thread. {@link #classpath()} holds the
 * releases this library ships; {@link #of(List)} builds one from given releases (tests, or a newer
 * list before it is shipped). Building checks the releases against each other and refuses
 * inconsistent ones with an {@link InvalidReleaseException}.
 */
public final class Geography {

  private static final int MAX_LISTED = 12;
  private static volatile Geography shipped;

  private final List<Release> releases;
  private final List<AdminUnit> all;
  private final Map<String, List<AdminUnit>> versions;
  private final Map<String, List<AdminUnit>> children;
  private final Map<AdminUnit, List<Succession>> bySuccessor;
  private final Map<AdminUnit, List<Succession>> byPredecessor;
  private final List<Step> steps;
  private final List<VillageTransfer> transfers;

  private Geography(Loader loaded) {
    this.releases = List.copyOf(loaded.releases);
    this.versions = freeze(loaded.versions);
    this.children = freeze(loaded.children);
    this.all =
        loaded.versions.values().stream().flatMap(List::stream).sorted(AdminUnit.ORDER).toList();
    this.steps = List.copyOf(loaded.steps);
    Comparator<Succession> byOtherEnd =
        Comparator.comparing((Succession s) -> s.predecessor().code())
            .thenComparing(s -> s.successor().code());
    Map<AdminUnit, List<Succession>> succ = new HashMap<>();
    Map<AdminUnit, List<Succession>> pred = new HashMap<>();
    for (Succession s : loaded.links) {
      succ.computeIfAbsent(s.successor(), k -> new ArrayList<>()).add(s);
      pred.computeIfAbsent(s.predecessor(), k -> new ArrayList<>()).add(s);
    }
    succ.values().forEach(l -> l.sort(byOtherEnd));
    pred.values().forEach(l -> l.sort(byOtherEnd));
    this.bySuccessor = freeze(succ);
    this.byPredecessor = freeze(pred);
    this.transfers = List.copyOf(loaded.transfers);
  }

  /** The releases this library ships ({@value Releases#MANIFEST}), loaded once. */
  public static Geography classpath() {
    Geography g = shipped;
    if (g == null) {
      synchronized (Geography.class) {
        g = shipped;
        if (g == null) {
          g = of(Releases.shipped());
          shipped = g;
        }
      }
    }
    return g;
  }

  /** A registry of the given releases, oldest first. */
  public static Geography of(List<Release> releases) {
    return new Geography(new Loader(releases));
  }

  /** The releases, oldest first. */
  public List<Release> releases() {
    return releases;
  }

  /** The unit with that code valid on that date. */
  public Optional<AdminUnit> unit(String code, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return versions(code).stream().filter(u -> u.validOn(date)).findFirst();
  }

  /**
   * The units valid on a date, sorted by code.
   *
   * @param level only this level; null for every level
   * @param within only units inside the unit with this code on that date (its children and their
   *     children); null for all
   */
  public List<AdminUnit> units(Level level, String within, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (within != null) {
      return unit(within, date).stream()
          .flatMap(u -> descendants(u, date).stream())
          .filter(u -> level == null || u.level() == level)
          .sorted()
          .toList();
    }
    return all.stream()
        .filter(u -> u.validOn(date) && (level == null || u.level() == level))
        .toList();
  }

  /** Every unit that ever had this code, oldest first. */
  public List<AdminUnit> versions(String code) {
    return versions.getOrDefault(code, List.of());
  }

  /** The units directly under the unit with this code on that date, sorted by code. */
  public List<AdminUnit> children(String code, LocalDate date) {
    return children.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(date)).toList();
  }

  /** The unit directly above the unit with this code on that date. */
  public Optional<AdminUnit> parent(String code, LocalDate date) {
    return unit(code, date).flatMap(u -> parentOf(u, date));
  }

  /**
   * The lowest-level units (communes) that make up the unit with this code on that date, sorted by
   * code; the unit itself if it has none under it; empty if no unit has that code on that date (see
   * {@link #compose} for an area across dates).
   */
  public List<AdminUnit> lowestUnits(String code, LocalDate date) {
    return unit(code, date).map(u -> List.copyOf(leaves(u, date))).orElse(List.of());
  }

  /** The links to the units that the unit with this code on {@code asOf} was formed from. */
  public List<Succession> predecessors(String code, LocalDate asOf) {
    return unit(code, asOf).map(this::predecessors).orElse(List.of());
  }

  /** The links to the units that the unit with this code on {@code asOf} went into. */
  public List<Succession> successors(String code, LocalDate asOf) {
    return unit(code, asOf).map(this::successors).orElse(List.of());
  }

  public List<Succession> predecessors(AdminUnit unit) {
    return bySuccessor.getOrDefault(unit, List.of());
  }

  /**
   * Successor links of a unit: listed for communes, derived for provinces. A unit whose level was
   * abolished (the districts on 2025-07-01) has none; {@link #compose} says where its area went.
   */
  public List<Succession> successors(AdminUnit unit) {
    return byPredecessor.getOrDefault(unit, List.of());
  }

  /** The changes below commune level that no link expresses, in release order. */
  public List<VillageTransfer> villageTransfers() {
    return transfers;
  }

  /** Whether a figure dated {@code date} may refer to {@code level} {@code code}. */
  public boolean isValid(String code, Level level, LocalDate date) {
    return unit(code, date).filter(u -> u.level() == level).isPresent();
  }

  /**
   * Checks a unit reference of a figure, and when it is refused says why and which units of that
   * date to use instead: "district 024 Thành phố Hà Giang was abolished on 2025-07-01 (...); use
   * one of its successors: 00691 Phường Hà Giang 2, ...", "commune 00691 on 2025-05-01 is Phường
   * Trần Phú (in district 024 Thành phố Hà Giang), not a district; use 024 Thành phố Hà Giang".
   */
  public UnitCheck check(String code, Level level, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    Optional<AdminUnit> found = unit(code, date);
    if (found.isPresent()) {
      AdminUnit u = found.get();
      if (u.level() == level) {
        return UnitCheck.valid(u, date);
      }
      List<AdminUnit> instead =
          level.isAbove(u.level())
              ? ancestor(u, level, date).map(List::of).orElse(List.of())
              : descendants(u, date).stream().filter(d -> d.level() == level).sorted().toList();
      StringBuilder p =
          new StringBuilder(u.level().word() + " " + code + " on " + date + " is " + u.nameVi());
      parentOf(u, date)
          .ifPresent(pa -> p.append(" (in ").append(pa.level().word() + " " + pa.label() + ")"));
      p.append(", not a ").append(level.word());
      if (units(level, null, date).isEmpty()) {
        p.append(" (no ").append(level.word()).append(" exists on that date)");
      }
      if (!instead.isEmpty()) {
        p.append("; use ").append(instead.size() > 1 ? "one of " : "").append(labels(instead));
      }
      return new UnitCheck(code, level, date, u, p.toString(), instead);
    }
    List<AdminUnit> known = versions(code);
    if (known.isEmpty()) {
      return new UnitCheck(
          code, level, date, null, "no administrative unit has code " + code, List.of());
    }
    Optional<AdminUnit> before =
        preferLevel(
            known,
            level,
            v -> v.validTo() != null && v.validTo().isBefore(date),
            Comparator.naturalOrder());
    if (before.isPresent()) {
      AdminUnit b = before.get();
      List<AdminUnit> instead = nearest(compose(b, date).cover(), level, date);
      boolean abolished = units(b.level(), null, date).isEmpty();
      String p =
          b.level().word()
              + " "
              + b.label()
              + (abolished ? " was abolished on " : " no longer exists from ")
              + b.validTo().plusDays(1)
              + (abolished ? " (no " + b.level().word() + " exists from that date)" : "")
              + otherLevel(b, level)
              + "; use "
              + (instead.size() > 1 ? "one of its successors: " : "its successor ")
              + labels(instead);
      return new UnitCheck(code, level, date, null, p, instead);
    }
    AdminUnit a =
        preferLevel(known, level, v -> v.validFrom().isAfter(date), Comparator.reverseOrder())
            .orElseThrow();
    List<AdminUnit> instead = nearest(compose(a, date).cover(), level, date);
    String p =
        a.level().word()
            + " "
            + a.label()
            + " exists only from "
            + a.validFrom()
            + otherLevel(a, level)
            + "; on "
            + date
            + " use "
            + (instead.size() > 1 ? "one of its predecessors: " : "its predecessor ")
            + labels(instead);
    return new UnitCheck(code, level, date, null, p, instead);
  }

  /**
   * The unit a territory names for a given date: the pinned one for {@code CODE@DATE}; for a bare
   * code the one valid on {@code date}, else the latest that ended before it, else the first that
   * starts after it.
   *
   * @throws GeographyException when no unit has that code, or none on the pinned date
   */
  public AdminUnit resolve(Territory territory, LocalDate date) {
    Objects.requireNonNull(territory, "territory");
    List<AdminUnit> all = versions(territory.code());
    if (all.isEmpty()) {
      throw new GeographyException("no administrative unit has code " + territory.code());
    }
    if (territory.at() != null) {
      return unit(territory.code(), territory.at())
          .orElseThrow(
              () ->
                  new GeographyException(
                      "territory "
                          + territory
                          + ": no unit with code "
                          + territory.code()
                          + " is valid on "
                          + territory.at()
                          + "; it names "
                          + all.stream()
                              .map(u -> u.label() + " (" + u.validity() + ")")
                              .collect(Collectors.joining(", "))));
    }
    Objects.requireNonNull(date, "date");
    return unit(territory.code(), date)
        .or(
            () ->
                all.stream()
                    .filter(u -> u.validTo() != null && u.validTo().isBefore(date))
                    .max(AdminUnit.ORDER))
        .orElseGet(() -> all.get(0));
  }

  /** The territory's area in units of {@code date}; see {@link Composition}. */
  public Composition compose(Territory territory, LocalDate date) {
    return compose(resolve(territory, date), date);
  }

  /**
   * The unit's area in units of {@code date}: its own lowest units when it is valid then; else its
   * lowest units at the end (or start) of its validity carried across each release in between.
   */
  public Composition compose(AdminUnit unit, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!versions(unit.code()).contains(unit)) {
      throw new IllegalArgumentException(unit.label() + " (" + unit.validity() + ") is not known");
    }
    Set<AdminUnit> area;
    List<String> reasons = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    if (unit.validOn(date)) {
      area = leaves(unit, date);
    } else if (unit.validTo() != null && date.isAfter(unit.validTo())) {
      area = leaves(unit, unit.validTo());
      for (Step step : steps) {
        if (step.effective.isAfter(unit.validTo()) && !step.effective.isAfter(date)) {
          Step.Transition t = step.forward(area);
          area = t.units();
          reasons.addAll(t.reasons());
          notes.addAll(t.notes());
        }
      }
    } else {
      area = leaves(unit, unit.validFrom());
      for (int i = steps.size() - 1; i >= 0; i--) {
        Step step = steps.get(i);
        if (step.effective.isAfter(date) && !step.effective.isAfter(unit.validFrom())) {
          Step.Transition t = step.backward(area);
          area = t.units();
          reasons.addAll(t.reasons());
          notes.addAll(t.notes());
        }
      }
    }
    return new Composition(
        unit,
        date,
        reasons.isEmpty(),
        List.copyOf(new TreeSet<>(area)),
        compact(area, date),
        List.copyOf(new LinkedHashSet<>(reasons)),
        List.copyOf(notes));
  }

  /**
   * The units to sum for the same territory a year earlier: the territory is resolved for {@code
   * period} (its geography on the first day of the month) and expressed by the units of the same
   * month a year before.
   */
  public Composition comparableBase(Territory territory, YearMonth period) {
    return comparableBase(territory, period.atDay(1));
  }

  /** As {@link #comparableBase(Territory, YearMonth)}, for a day. */
  public Composition comparableBase(Territory territory, LocalDate date) {
    return compose(resolve(territory, date), date.minusYears(1));
  }

  // --- helpers -----------------------------------------------------------------------------

  private Optional<AdminUnit> parentOf(AdminUnit unit, LocalDate date) {
    return unit.parentCode() == null ? Optional.empty() : unit(unit.parentCode(), date);
  }

  private Optional<AdminUnit> ancestor(AdminUnit unit, Level level, LocalDate date) {
    Optional<AdminUnit> p = parentOf(unit, date);
    while (p.isPresent() && p.get().level() != level) {
      p = parentOf(p.get(), date);
    }
    return p;
  }

  private List<AdminUnit> descendants(AdminUnit unit, LocalDate date) {
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit child : children(unit.code(), date)) {
      out.add(child);
      out.addAll(descendants(child, date));
    }
    return out;
  }

  private Set<AdminUnit> leaves(AdminUnit unit, LocalDate date) {
    return leaves(unit, date, children);
  }

  static Set<AdminUnit> leaves(
      AdminUnit unit, LocalDate date, Map<String, List<AdminUnit>> children) {
    Set<AdminUnit> out = new TreeSet<>();
    List<AdminUnit> kids =
        children.getOrDefault(unit.code(), List.of()).stream()
            .filter(u -> u.validOn(date))
            .toList();
    if (kids.isEmpty()) {
      out.add(unit);
    }
    kids.forEach(k -> out.addAll(leaves(k, date, children)));
    return out;
  }

  /** The same area in the fewest units: whole provinces, then whole districts, then the rest. */
  private List<AdminUnit> compact(Set<AdminUnit> area, LocalDate date) {
    Set<AdminUnit> left = new TreeSet<>(area);
    List<AdminUnit> out = new ArrayList<>();
    for (Level level : Level.values()) {
      if (level == Level.LOWEST) {
        break;
      }
      for (AdminUnit u : units(level, null, date)) {
        Set<AdminUnit> l = leaves(u, date);
        if (!l.contains(u) && left.containsAll(l)) {
          out.add(u);
          left.removeAll(l);
        }
      }
    }
    out.addAll(left);
    out.sort(Comparator.comparing(AdminUnit::level).thenComparing(AdminUnit.ORDER));
    return List.copyOf(out);
  }

  /** Units to suggest at the asked level: the ancestors at that level when it exists then. */
  private List<AdminUnit> nearest(List<AdminUnit> cover, Level level, LocalDate date) {
    Set<AdminUnit> out = new TreeSet<>();
    for (AdminUnit u : cover) {
      out.add(u.level() == level ? u : ancestor(u, level, date).orElse(u));
    }
    return List.copyOf(out);
  }

  private static Optional<AdminUnit> preferLevel(
      List<AdminUnit> all, Level level, Predicate<AdminUnit> when, Comparator<AdminUnit> order) {
    // the asked level first, then the greatest by the given order
    Comparator<AdminUnit> pick =
        Comparator.comparing((AdminUnit u) -> u.level() == level).thenComparing(order);
    return all.stream().filter(when).max(pick);
  }

  private static String otherLevel(AdminUnit u, Level asked) {
    return u.level() == asked
        ? ""
        : " (it was a " + u.level().word() + ", not a " + asked.word() + ")";
  }

  private static String labels(Collection<AdminUnit> units) {
    String shown =
        units.stream().limit(MAX_LISTED).map(AdminUnit::label).collect(Collectors.joining(", "));
    return units.size() > MAX_LISTED
        ? shown + " and " + (units.size() - MAX_LISTED) + " more"
        : shown;
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    Map<K, List<V>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  // --- loading -------------------------------------------------------------------------------

  /** Applies the releases in order and checks each against the ones before it. */
  private static final class Loader {
    final List<Release> releases;
    final Map<String, List<AdminUnit>> versions = new HashMap<>();
    final Map<String, List<AdminUnit>> children = new HashMap<>();
    final List<Step> steps = new ArrayList<>();
    final List<Succession> links = new ArrayList<>();
    final List<VillageTransfer> transfers = new ArrayList<>();

    Loader(List<Release> releases) {
      if (releases.isEmpty()) {
        throw new InvalidReleaseException("no release given");
      }
      this.releases = List.copyOf(releases);
      Map<Release, List<List<String>>> codes = buildUnits();
      checkParents();
      for (Release r : this.releases) {
        steps.add(buildStep(r, codes.get(r).get(0), codes.get(r).get(1)));
      }
      for (Step step : steps) {
        deriveHigherLinks(step);
        checkContinuingAreas(step);
      }
    }

    /**
     * Pass 1: every unit with its final validity; returns each release's ended and started codes.
     */
    private Map<Release, List<List<String>>> buildUnits() {
      Map<String, AdminUnit> open = new HashMap<>();
      Set<String> known = new HashSet<>();
      Set<String> ids = new HashSet<>();
      List<AdminUnit> closed = new ArrayList<>();
      Map<Release, List<List<String>>> codes = new LinkedHashMap<>();
      LocalDate previous = null;
      for (Release r : releases) {
        if (!ids.add(r.id())) {
          throw invalid(r, "is listed twice");
        }
        if (previous != null && !r.effective().isAfter(previous)) {
          throw invalid(
              r,
              "takes effect on "
                  + r.effective()
                  + ", not after the release before it ("
                  + previous
                  + "); releases are listed oldest first");
        }
        LocalDate last = r.effective().minusDays(1);
        List<String> ended = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (AdminUnit row : r.ended()) {
          if (!last.equals(row.validTo())) {
            throw invalid(
                r, row.label() + " is listed as ending on " + row.validTo() + ", not on " + last);
          }
          if (ended.contains(row.code())) {
            throw invalid(r, "ends " + row.code() + " twice");
          }
          AdminUnit current = open.remove(row.code());
          if (current != null) {
            if (current.level() != row.level()
                || !Objects.equals(current.parentCode(), row.parentCode())
                || !current.nameVi().equals(row.nameVi())) {
              throw invalid(
                  r,
                  "ends "
                      + row.level().word()
                      + " "
                      + row.label()
                      + " in "
                      + row.parentCode()
                      + ", but the unit valid with that code is "
                      + current.level().word()
                      + " "
                      + current.label()
                      + " in "
                      + current.parentCode());
            }
            closed.add(current.endingOn(last));
          } else if (known.contains(row.code())) {
            throw invalid(
                r, "ends " + row.label() + ", but no unit with that code is valid on " + last);
          } else {
            // First seen here: valid since before the lists begin (validFrom open).
            closed.add(row);
            known.add(row.code());
          }
          ended.add(row.code());
        }
        for (AdminUnit row : r.started()) {
          if (!r.effective().equals(row.validFrom())) {
            throw invalid(
                r,
                row.label()
                    + " is listed as starting on "
                    + row.validFrom()
                    + ", not on "
                    + r.effective());
          }
          AdminUnit current = open.get(row.code());
          if (current != null) {
            throw invalid(
                r,
                "starts "
                    + row.label()
                    + " while "
                    + current.label()
                    + " ("
                    + current.validity()
                    + ") is still valid: a release that reuses a code ends the old unit");
          }
          open.put(row.code(), row);
          known.add(row.code());
          started.add(row.code());
        }
        codes.put(r, List.of(ended, started));
        previous = r.effective();
      }
      closed.addAll(open.values());
      for (AdminUnit u : closed) {
        versions.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
        if (u.parentCode() != null) {
          children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
        }
      }
      versions.values().forEach(l -> l.sort(AdminUnit.ORDER));
      children.values().forEach(l -> l.sort(AdminUnit.ORDER));
      return codes;
    }

    private Optional<AdminUnit> at(String code, LocalDate date) {
      return versions.getOrDefault(code, List.of()).stream()
          .filter(u -> u.validOn(date))
          .findFirst();
    }

    /** Every unit lies in a unit of a higher level on each day it is valid. */
    private void checkParents() {
      for (List<AdminUnit> list : versions.values()) {
        for (AdminUnit u : list) {
          if (u.parentCode() == null) {
            if (u.level() != Level.PROVINCE) {
              throw new InvalidReleaseException(
                  u.level().word() + " " + u.label() + " (" + u.validity() + ") has no parent");
            }
            continue;
          }
          for (LocalDate day : checkpoints(u)) {
            Optional<AdminUnit> p = at(u.parentCode(), day);
            if (p.isEmpty() || !p.get().level().isAbove(u.level())) {
              throw new InvalidReleaseException(
                  u.level().word()
                      + " "
                      + u.label()
                      + " ("
                      + u.validity()
                      + ") lies in "
                      + u.parentCode()
                      + ", which is not a unit of a higher level on "
                      + day);
            }
          }
        }
      }
    }

    private List<LocalDate> checkpoints(AdminUnit u) {
      List<LocalDate> days = new ArrayList<>();
      if (u.validFrom() != null) {
        days.add(u.validFrom());
      }
      if (u.validTo() != null) {
        days.add(u.validTo());
      }
      for (Release r : releases) {
        for (LocalDate d : List.of(r.effective().minusDays(1), r.effective())) {
          if (u.validOn(d)) {
            days.add(d);
          }
        }
      }
      return days;
    }

    /** Pass 2: a release's listed links, checked and with shares made consistent. */
    private Step buildStep(Release r, List<String> endedCodes, List<String> startedCodes) {
      LocalDate day = r.effective();
      LocalDate last = day.minusDays(1);
      Set<AdminUnit> ended = new LinkedHashSet<>();
      endedCodes.forEach(c -> ended.add(at(c, last).orElseThrow()));
      Set<AdminUnit> started = new LinkedHashSet<>();
      startedCodes.forEach(c -> started.add(at(c, day).orElseThrow()));

      Map<AdminUnit, List<Release.Link>> listed = new LinkedHashMap<>();
      Map<Release.Link, AdminUnit[]> ends = new LinkedHashMap<>();
      Set<String> pairs = new HashSet<>();
      for (Release.Link l : r.links()) {
        AdminUnit neu = linkEnd(r, l.newCode(), day, started, l.newCode(), "starting");
        AdminUnit old =
            linkEnd(r, l.oldCode(), last, ended, l.newCode() + " to " + l.oldCode(), "ending");
        if (!pairs.add(l.newCode() + "<" + l.oldCode())) {
          throw invalid(r, "links " + l.newCode() + " to " + l.oldCode() + " twice");
        }
        checkSourceColumns(r, l, old, last);
        listed.computeIfAbsent(old, k -> new ArrayList<>()).add(l);
        ends.put(l, new AdminUnit[] {old, neu});
      }
      Set<AdminUnit> linkedNew = new HashSet<>();
      ends.values().forEach(e -> linkedNew.add(e[1]));
      for (AdminUnit o : ended) {
        if (o.level() == Level.LOWEST && !listed.containsKey(o)) {
          throw invalid(
              r, "ends " + o.label() + " without a link to any new unit: its land would be lost");
        }
      }
      for (AdminUnit n : started) {
        if (n.level() == Level.LOWEST && !linkedNew.contains(n)) {
          throw invalid(
              r, "starts " + n.label() + " without a link to the units it was formed from");
        }
      }

      Map<AdminUnit, List<Succession>> byOld = new HashMap<>();
      Map<AdminUnit, List<Succession>> byNew = new HashMap<>();
      Set<AdminUnit> remainders = new HashSet<>();
      ends.forEach(
          (l, e) -> {
            int pieces = listed.get(e[0]).size();
            Share share = l.share();
            String note = l.note();
            if (pieces > 1 && share == Share.WHOLE) {
              // An old commune cannot lie whole in one new commune and also in another.
              share = Share.PART;
              note =
                  (note.isEmpty() ? "" : note + "; ")
                      + "listed as WHOLE, but "
                      + e[0].label()
                      + " is split between "
                      + pieces
                      + " new units";
            }
            if (pieces == 1 && share == Share.PART) {
              remainders.add(e[0]);
            }
            Succession s = new Succession(e[1], e[0], share, Succession.Basis.LISTED, note);
            links.add(s);
            byOld.computeIfAbsent(e[0], k -> new ArrayList<>()).add(s);
            byNew.computeIfAbsent(e[1], k -> new ArrayList<>()).add(s);
          });

      Map<AdminUnit, List<VillageTransfer>> moved = new HashMap<>();
      for (Release.Transfer t : r.unresolved()) {
        AdminUnit receiver =
            at(t.newCode(), day)
                .filter(started::contains)
                .orElseThrow(
                    () ->
                        invalid(
                            r,
                            "lists a transfer into "
                                + t.newCode()
                                + ", which does not start on "
                                + day));
        VillageTransfer v = new VillageTransfer(receiver, t.sourceText(), t.why());
        transfers.add(v);
        moved.computeIfAbsent(receiver, k -> new ArrayList<>()).add(v);
      }
      return new Step(r, ended, started, byOld, byNew, remainders, moved);
    }

    /** The source's district and province columns must agree with where the old unit lay. */
    private void checkSourceColumns(Release r, Release.Link l, AdminUnit old, LocalDate last) {
      Map<Level, String> claimed = new LinkedHashMap<>();
      if (l.oldDistrictCode() != null && !l.oldDistrictCode().isEmpty()) {
        claimed.put(Level.DISTRICT, l.oldDistrictCode());
      }
      if (l.oldProvinceCode() != null && !l.oldProvinceCode().isEmpty()) {
        claimed.put(Level.PROVINCE, l.oldProvinceCode());
      }
      claimed.forEach(
          (level, code) -> {
            String actual = ancestorCode(old, level, last);
            if (!code.equals(actual)) {
              throw invalid(
                  r,
                  "says "
                      + old.label()
                      + " lay in "
                      + level.word()
                      + " "
                      + code
                      + ", but the units place it in "
                      + actual);
            }
          });
    }

    private String ancestorCode(AdminUnit unit, Level level, LocalDate day) {
      AdminUnit u = unit;
      while (u != null && u.level() != level) {
        u = u.parentCode() == null ? null : at(u.parentCode(), day).orElse(null);
      }
      return u == null ? null : u.code();
    }

    /**
     * A new unit above commune level (the merged province) succeeds the units of its level whose
     * communes went into it: WHOLE when all of them did, PART otherwise.
     */
    private void deriveHigherLinks(Step step) {
      LocalDate day = step.effective;
      LocalDate last = step.last();
      for (AdminUnit n : step.started) {
        if (n.level() == Level.LOWEST) {
          continue;
        }
        Set<AdminUnit> mine = leaves(n, day, children);
        Set<AdminUnit> candidates = new TreeSet<>();
        for (AdminUnit leaf : mine) {
          List<AdminUnit> olds =
              step.started.contains(leaf)
                  ? step.byNew.getOrDefault(leaf, List.of()).stream()
                      .map(Succession::predecessor)
                      .toList()
                  : List.of(leaf);
          for (AdminUnit o : olds) {
            String code = ancestorCode(o, n.level(), last);
            if (code != null) {
              candidates.add(at(code, last).orElseThrow());
            }
          }
        }
        for (AdminUnit p : candidates) {
          boolean whole =
              leaves(p, last, children).stream()
                  .allMatch(
                      o ->
                          !step.remainders.contains(o)
                              && (step.ended.contains(o)
                                  ? step.byOld.get(o).stream()
                                      .allMatch(s -> mine.contains(s.successor()))
                                  : mine.contains(o)));
          links.add(
              new Succession(
                  n,
                  p,
                  whole ? Share.WHOLE : Share.PART,
                  Succession.Basis.DERIVED,
                  "derived from the commune links of release " + step.release.id()));
        }
      }
    }

    /**
     * A unit that goes on across a release keeps its area: its communes before must be exactly its
     * communes after. A change of area is a new version of the unit (ended and started).
     */
    private void checkContinuingAreas(Step step) {
      LocalDate day = step.effective;
      LocalDate last = step.last();
      for (List<AdminUnit> list : versions.values()) {
        for (AdminUnit u : list) {
          if (!u.validOn(last) || !u.validOn(day) || u.level() == Level.LOWEST) {
            continue;
          }
          Step.Transition t = step.forward(leaves(u, last, children));
          Set<AdminUnit> after = leaves(u, day, children);
          if (!t.reasons().isEmpty() || !t.units().equals(after)) {
            throw invalid(
                step.release,
                u.label()
                    + " goes on across "
                    + day
                    + " but its area changes (its communes before are not exactly its communes"
                    + " after): end it and start a new version"
                    + (t.reasons().isEmpty() ? "" : ": " + String.join("; ", t.reasons())));
          }
        }
      }
    }

    /**
     * One end of a link: the commune {@code code} on {@code day}, which must be among {@code
     * units}, those the release starts (or ends) there; else the release is refused, naming {@code
     * link}.
     */
    private AdminUnit linkEnd(
        Release r,
        String code,
        LocalDate day,
        Set<AdminUnit> units,
        String link,
        String startsOrEnds) {
      return at(code, day)
          .filter(u -> units.contains(u) && u.level() == Level.LOWEST)
          .orElseThrow(
              () ->
                  invalid(
                      r,
                      "links " + link + ", which is not a commune " + startsOrEnds + " on " + day));
    }

    private static InvalidReleaseException invalid(Release r, String message) {
      return new InvalidReleaseException("release " + r.id() + " " + message);
    }
  }
}
