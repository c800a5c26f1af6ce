package vn.tradehub.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.problem.ProblemException;

/** Dated locations checked against the administrative units of their own dates. */
class LocationsTest {
  private static final Locations LOCATIONS = new Locations(Geography.classpath());
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  @Test
  void aCodeReusedAcrossTheReformIsTwoUnitsInTwoPeriods() {
    List<Location> history =
        LOCATIONS.check(
            "locations",
            List.of(
                new Placement("00691", REFORM, null),
                new Placement("00691", null, REFORM.minusDays(1))),
            Set.of(Level.COMMUNE));
    assertThat(history).extracting(l -> l.validFrom).containsExactly(null, REFORM);
    List<Place> described = LOCATIONS.describe(history);
    assertThat(described)
        .extracting(Place::nameVi)
        .containsExactly("Phường Trần Phú", "Phường Hà Giang 2");
    assertThat(Locations.at(history, LocalDate.of(2021, 3, 1))).contains("00691");
    assertThat(Locations.at(history, LocalDate.of(2026, 3, 1))).contains("00691");
  }

  /** Checking {@code placements} of units of {@code level} fails with a problem. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      Level level, Placement... placements) {
    return assertThatThrownBy(
            () -> LOCATIONS.check("locations", List.of(placements), Set.of(level)))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aPeriodThatRunsPastItsUnitsEndIsRefusedWithTheUnitToUse() {
    assertRefused(Level.COMMUNE, new Placement("00688", null, null))
        .satisfies(
            e -> {
              ProblemException p = (ProblemException) e;
              assertThat(p.status()).isEqualTo(422);
              assertThat(p.errors().get(0).field()).isEqualTo("locations[0].validTo");
              assertThat(p.errors().get(0).message()).contains("2025-06-30");
            });
  }

  @Test
  void aDistrictIsNotACommuneAndAbolishedDistrictsAreNotPlaces() {
    assertRefused(Level.COMMUNE, new Placement("024", null, REFORM.minusDays(1)))
        .hasMessageContaining("not a commune");
    assertRefused(Level.DISTRICT, new Placement("024", REFORM, null))
        .hasMessageContaining("abolished");
  }

  @Test
  void periodsMayNotOverlap() {
    assertRefused(
            Level.COMMUNE,
            new Placement("00691", REFORM, null),
            new Placement("00694", LocalDate.of(2025, 8, 1), null))
        .satisfies(
            e ->
                assertThat(((ProblemException) e).errors().get(0).field())
                    .isEqualTo("locations[1].validFrom"));
  }
}
