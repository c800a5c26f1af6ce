package vn.tradehub.platform.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Composition;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.GeographyException;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Territory;
import vn.tradehub.geography.UnitCheck;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * The one way every service checks, stores and reads dated locations against the administrative
 * units of the figure's date (the geography library, the same release in every app).
 */
@ApplicationScoped
public class Locations {
  private final Geography geography;
  // Units change only on a release's first day, so the answer is kept per unit and release.
  private final Map<Key, Set<String>> within = new ConcurrentHashMap<>();

  private record Key(AdminUnit unit, LocalDate release) {}

  public Locations(Geography geography) {
    this.geography = geography;
  }

  public Geography geography() {
    return geography;
  }

  /**
   * Checks a location history and answers it in order: periods that do not overlap, each in a unit
   * of one of {@code levels} that is valid on every day of the period. A period that runs past the
   * unit's end is refused with the units to use from then on (422, field {@code field[i]}).
   */
  public List<Location> check(String field, List<Placement> placements, Set<Level> levels) {
    List<Placement> sorted =
        placements.stream()
            .sorted(
                Comparator.comparing(
                    Placement::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Placement p = sorted.get(i);
      String at = field + "[" + i + "]";
      if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
        errors.add(FieldError.of(at + ".validTo", "is before validFrom", p.validTo()));
        continue;
      }
      if (i > 0) {
        Placement before = sorted.get(i - 1);
        if (before.validTo() == null
            || p.validFrom() == null
            || !p.validFrom().isAfter(before.validTo())) {
          errors.add(
              FieldError.of(
                  at + ".validFrom",
                  "overlaps the period before it; periods follow each other",
                  p.validFrom()));
          continue;
        }
      }
      checkUnit(at, p, levels).ifPresent(errors::add);
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    return sorted.stream().map(Placement::toLocation).toList();
  }

  private Optional<FieldError> checkUnit(String at, Placement p, Set<Level> levels) {
    // The unit must be valid on the first day and still on the last: checked at both ends, which
    // is enough because a code names one unit over an unbroken validity.
    LocalDate first = p.validFrom() != null ? p.validFrom() : openPast(p.unitCode());
    UnitCheck start = checkAnyLevel(p.unitCode(), levels, first);
    if (!start.valid())
      return Optional.of(FieldError.of(at + ".unitCode", start.problem(), p.unitCode()));
    AdminUnit unit = start.unit();
    if (unit.validTo() != null && (p.validTo() == null || p.validTo().isAfter(unit.validTo()))) {
      UnitCheck after = checkAnyLevel(p.unitCode(), levels, unit.validTo().plusDays(1));
      String use =
          after.valid()
              ? "the code names " + after.unit().label() + " from " + unit.validTo().plusDays(1)
              : after.problem();
      return Optional.of(
          FieldError.of(
              at + ".validTo",
              unit.label()
                  + " ends on "
                  + unit.validTo()
                  + ": end this period there and start another in the unit of the day after ("
                  + use
                  + ")",
              p.validTo()));
    }
    return Optional.empty();
  }

  private UnitCheck checkAnyLevel(String code, Set<Level> levels, LocalDate date) {
    UnitCheck first = null;
    for (Level level : levels) {
      UnitCheck c = geography.check(code, level, date);
      if (c.valid()) return c;
      if (first == null) first = c;
    }
    return first;
  }

  /** A day on which an open-past unit is valid: the first version's last day. */
  private LocalDate openPast(String code) {
    List<AdminUnit> versions = geography.versions(code);
    if (versions.isEmpty()) return LocalDate.of(2025, 6, 30);
    AdminUnit first = versions.get(0);
    return first.validFrom() != null
        ? first.validFrom()
        : first.validTo() != null ? first.validTo() : LocalDate.now();
  }

  /**
   * The unit a territory parameter names for a date ({@code 08}, {@code 02}, {@code
   * 08@2025-06-30}), or a 422 on {@code field} that says what is wrong.
   */
  public AdminUnit territory(String field, String text, LocalDate date) {
    try {
      return geography.resolve(Territory.parse(text), date);
    } catch (IllegalArgumentException | GeographyException e) {
      throw Problems.validation(field, e.getMessage(), text);
    }
  }

  /**
   * The codes of every unit lying wholly in a territory ({@code 08}, {@code 02}, {@code
   * 08@2025-06-30}, a district or commune code) on {@code day}: its lowest units then, and the
   * districts and provinces they wholly make up. What the {@code unit=} filter of every located
   * list matches a location against. A 422 on {@code field} when the units of that day cannot
   * express the territory exactly (a district after the reform), saying why and what to use.
   */
  public Set<String> within(String field, String text, LocalDate day) {
    AdminUnit territory = territory(field, text, day);
    return within(territory, day)
        .orElseThrow(
            () -> {
              String why = geography.compose(territory, day).explain();
              if (!territory.validOn(day)) {
                why += "; " + geography.check(territory.code(), territory.level(), day).problem();
              }
              return Problems.validation(field, why, text);
            });
  }

  /** As {@link #within(String, String, LocalDate)}; empty when the day's units cannot. */
  public Optional<Set<String>> within(AdminUnit territory, LocalDate day) {
    Set<String> codes =
        within.computeIfAbsent(
            new Key(territory, release(day)),
            k -> {
              Composition c = geography.compose(territory, day);
              if (!c.exact()) return Set.of();
              Set<AdminUnit> cover = new HashSet<>(c.cover());
              Set<String> out = new TreeSet<>();
              cover.forEach(u -> out.add(u.code()));
              for (Level level : List.of(Level.PROVINCE, Level.DISTRICT)) {
                for (AdminUnit u : geography.units(level, null, day)) {
                  if (cover.containsAll(geography.lowestUnits(u.code(), day))) out.add(u.code());
                }
              }
              return Set.copyOf(out);
            });
    return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
  }

  /** The first day of the release in force on {@code day} (MIN before the first). */
  private LocalDate release(LocalDate day) {
    LocalDate e = LocalDate.MIN;
    for (var r : geography.releases()) if (!r.effective().isAfter(day)) e = r.effective();
    return e;
  }

  /** The unit code a location history places its owner in on {@code date}, if any. */
  public static Optional<String> at(List<Location> history, LocalDate date) {
    return history.stream().filter(l -> l.covers(date)).map(l -> l.unitCode).findFirst();
  }

  /** The history as the API answers it, oldest first, with the units' names. */
  public List<Place> describe(List<Location> history) {
    return Location.sorted(history).stream()
        .map(
            l -> {
              LocalDate day =
                  l.validFrom != null
                      ? l.validFrom
                      : l.validTo != null ? l.validTo : openPast(l.unitCode);
              AdminUnit unit =
                  geography
                      .unit(l.unitCode, day)
                      .orElseThrow(() -> new IllegalStateException("unknown unit " + l.unitCode));
              return Place.of(l, unit);
            })
        .toList();
  }
}
