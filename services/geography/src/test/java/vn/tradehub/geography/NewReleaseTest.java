package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * A later release is a new file set on top of the shipped ones. The 2027 release in the test
 * resources is synthetic: Phường Hà Giang 1 and 2 merged as Phường Hà Giang, reusing code 00691.
 */
class NewReleaseTest {

  static final LocalDate Y2026 = LocalDate.of(2026, 6, 1);
  static final LocalDate Y2027 = LocalDate.of(2027, 3, 1);
  static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 1);
  static final Geography GEO = withReleases(Releases.fromClasspath("geography-2027/releases.csv"));

  static Geography withReleases(List<Release> later) {
    List<Release> all = new ArrayList<>(Releases.shipped());
    all.addAll(later);
    return Geography.of(all);
  }

  @Test
  void theMergedCommuneIsTheThirdUnitWithCode00691() {
    assertThat(GEO.releases()).extracting(Release::id).containsExactly("2025-07-01", "2027-01-01");
    assertThat(GEO.versions("00691"))
        .extracting(AdminUnit::nameVi, AdminUnit::validFrom, AdminUnit::validTo)
        .containsExactly(
            tuple("Phường Trần Phú", null, LocalDate.of(2025, 6, 30)),
            tuple("Phường Hà Giang 2", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31)),
            tuple("Phường Hà Giang", EFFECTIVE, null));
    assertThat(GEO.unit("00694", Y2027)).isEmpty();
    assertThat(GEO.units(Level.COMMUNE, "08", Y2026)).hasSize(124);
    assertThat(GEO.units(Level.COMMUNE, "08", Y2027)).hasSize(123);
    assertThat(GEO.versions("08")).as("the province goes on unchanged").hasSize(2);
  }

  @Test
  void theShippedRegistryIsUntouched() {
    assertThat(Geography.classpath().versions("00691")).hasSize(2);
    assertThat(Geography.classpath().unit("00694", Y2027)).isPresent();
  }

  @Test
  void linksOfTheNewReleaseCarryTheirShare() {
    assertThat(GEO.predecessors("00691", Y2027))
        .extracting(s -> s.predecessor().label(), Succession::share)
        .containsExactly(
            tuple("00691 Phường Hà Giang 2", Share.WHOLE),
            tuple("00694 Phường Hà Giang 1", Share.WHOLE));
    assertThat(GEO.successors("00694", Y2026))
        .extracting(s -> s.successor().label(), s -> s.successor().validFrom())
        .containsExactly(tuple("00691 Phường Hà Giang", EFFECTIVE));
  }

  @Test
  void formerHaGiangIn2027IsItsCommunesOfThatYear() {
    Composition c = GEO.compose(Territory.of("02"), Y2027);
    assertThat(c.exact()).isTrue();
    assertThat(c.units()).hasSize(72);
    Composition tq = GEO.compose(Territory.parse("08@2025-06-30"), Y2027);
    assertThat(tq.units()).hasSize(51);
  }

  @Test
  void theComparableBaseOfTheMergedWardIsBothWardsAYearEarlier() {
    Composition base = GEO.comparableBase(Territory.of("00691"), YearMonth.of(2027, 3));
    assertThat(base.exact()).isTrue();
    assertThat(base.units())
        .extracting(AdminUnit::label)
        .containsExactly("00691 Phường Hà Giang 2", "00694 Phường Hà Giang 1");
  }

  @Test
  void aCommuneSplitIn2025AndReunitedIn2027IsExactAcrossBothReleases() {
    Composition c = GEO.compose(Territory.parse("00691@2027-01-01"), LocalDate.of(2024, 6, 1));
    assertThat(c.exact()).as(c.reasons().toString()).isTrue();
    assertThat(c.codes())
        .containsExactly("00688", "00691", "00692", "00694", "00697", "00934", "00946", "00949");
    Composition quangTrung = GEO.compose(Territory.of("00688"), Y2027);
    assertThat(quangTrung.exact()).as("split in 2025: no date after expresses it").isFalse();
    assertThat(quangTrung.codes()).containsExactly("00691");
  }

  @Test
  void aWardMergedIn2027CannotBeExpressedAfter() {
    Composition c = GEO.compose(Territory.parse("00694@2026-01-01"), Y2027);
    assertThat(c.exact()).isFalse();
    assertThat(c.reasons())
        .singleElement()
        .asString()
        .contains("00691 Phường Hà Giang (from 2027-01-01) also takes in 00691 Phường Hà Giang 2");
  }

  @Test
  void checksUseTheNewRelease() {
    assertThat(GEO.check("00694", Level.COMMUNE, Y2027).problem())
        .isEqualTo(
            "commune 00694 Phường Hà Giang 1 no longer exists from 2027-01-01; use its successor"
                + " 00691 Phường Hà Giang");
  }

  @Test
  void aCodeThatOnlyExistsLaterNamesItsPredecessorsBefore() {
    // Phường Hà Giang 1 split in two: itself and a new ward with a code never used before
    Release r =
        release(
            List.of(commune("00694", "Phường Hà Giang 1", null, LAST)),
            List.of(
                commune("00694", "Phường Hà Giang 1", EFFECTIVE, null),
                commune("02701", "Phường Mới", EFFECTIVE, null)),
            link("00694", "00694", Share.PART, "08"),
            link("02701", "00694", Share.PART, "08"));
    Geography geo = withReleases(List.of(r));
    assertThat(geo.check("02701", Level.COMMUNE, Y2026).problem())
        .isEqualTo(
            "commune 02701 Phường Mới exists only from 2027-01-01; on 2026-06-01 use its"
                + " predecessor 00694 Phường Hà Giang 1");
    assertThat(geo.resolve(Territory.of("02701"), Y2026).validFrom()).isEqualTo(EFFECTIVE);
    Composition c = geo.compose(Territory.of("02701"), Y2026);
    assertThat(c.exact()).isFalse();
    assertThat(c.reasons())
        .singleElement()
        .asString()
        .contains("was split: part of it went to 00694 Phường Hà Giang 1");
    Composition both = geo.compose(Territory.parse("00694@2026-01-01"), Y2027);
    assertThat(both.units()).extracting(AdminUnit::code).containsExactly("00694", "02701");
  }

  // --- releases that must be refused ---------------------------------------------------------

  static AdminUnit commune(String code, String name, LocalDate from, LocalDate to) {
    return new AdminUnit(Level.COMMUNE, code, name, name, "08", from, to);
  }

  static final LocalDate LAST = EFFECTIVE.minusDays(1);

  /** A release "x" effective on {@link #EFFECTIVE}, with nothing unresolved below communes. */
  static Release release(List<AdminUnit> ended, List<AdminUnit> started, Release.Link... links) {
    return new Release("x", EFFECTIVE, "", ended, started, List.of(links), List.of());
  }

  static Release.Link link(String newCode, String oldCode, Share share, String oldProvince) {
    return new Release.Link(newCode, oldCode, share, "", "", oldProvince);
  }

  /** Loading {@code r} on top of the shipped releases fails; the caller checks the message. */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Release r) {
    return assertThatThrownBy(() -> withReleases(List.of(r)))
        .isInstanceOf(InvalidReleaseException.class);
  }

  @Test
  void aReleaseThatDropsACommuneWithoutALinkIsRefused() {
    Release r = release(List.of(commune("00694", "Phường Hà Giang 1", null, LAST)), List.of());
    assertRefused(r)
        .hasMessage(
            "release x ends 00694 Phường Hà Giang 1 without a link to any new unit: its land would"
                + " be lost");
  }

  @Test
  void aReleaseThatReusesACodeWithoutEndingTheUnitIsRefused() {
    Release r =
        release(
            List.of(),
            List.of(commune("00694", "Phường Mới", EFFECTIVE, null)),
            link("00694", "00694", Share.WHOLE, ""));
    assertRefused(r).hasMessageContaining("starts 00694 Phường Mới while 00694 Phường Hà Giang 1");
  }

  @Test
  void aReleaseEndingAUnitUnderAnotherNameIsRefused() {
    Release r =
        release(
            List.of(commune("00694", "Phường Hà Giang Một", null, LAST)),
            List.of(commune("00694", "Phường Mới", EFFECTIVE, null)),
            link("00694", "00694", Share.WHOLE, ""));
    assertRefused(r)
        .hasMessageContaining(
            "but the unit valid with that code is commune 00694 Phường Hà Giang 1");
  }

  @Test
  void releasesOutOfOrderAreRefused() {
    Release r =
        new Release(
            "early", LocalDate.of(2025, 1, 1), "", List.of(), List.of(), List.of(), List.of());
    assertRefused(r).hasMessageContaining("not after the release before it (2025-07-01)");
  }

  @Test
  void aLinkToAnUnknownCommuneIsRefused() {
    Release r =
        release(
            List.of(commune("00694", "Phường Hà Giang 1", null, LAST)),
            List.of(commune("00694", "Phường Mới", EFFECTIVE, null)),
            link("00694", "00694", Share.WHOLE, ""),
            link("00694", "77777", Share.WHOLE, ""));
    assertRefused(r)
        .hasMessage("release x links 00694 to 77777, which is not a commune ending on " + LAST);
  }

  @Test
  void aProvinceThatGoesOnWhileLosingLandIsRefused() {
    // a new province 99 takes part of Xã Ngọc Đường, but 08 goes on as if unchanged
    Release r =
        release(
            List.of(commune("00700", "Xã Ngọc Đường", null, LAST)),
            List.of(
                new AdminUnit(
                    Level.PROVINCE, "99", "Tỉnh Thử", "Test Province", null, EFFECTIVE, null),
                commune("00700", "Xã Ngọc Đường", EFFECTIVE, null),
                new AdminUnit(
                    Level.COMMUNE, "99001", "Xã Thử", "Test Commune", "99", EFFECTIVE, null)),
            link("00700", "00700", Share.PART, "08"),
            link("99001", "00700", Share.PART, "08"));
    assertRefused(r)
        .hasMessageContaining("08 Tỉnh Tuyên Quang goes on across 2027-01-01 but its area changes");
  }

  @Test
  void aSourceColumnThatContradictsTheUnitsIsRefused() {
    Release r =
        release(
            List.of(commune("00694", "Phường Hà Giang 1", null, LAST)),
            List.of(commune("00694", "Phường Mới", EFFECTIVE, null)),
            link("00694", "00694", Share.WHOLE, "02"));
    assertRefused(r).hasMessageContaining("lay in province 02, but the units place it in 08");
  }

  @Test
  void aMalformedFileIsRefusedWithItsNameAndRecord() {
    assertThatThrownBy(() -> Releases.fromClasspath("geography-bad/releases.csv"))
        .isInstanceOf(InvalidReleaseException.class)
        .hasMessageStartingWith("geography-bad/bad/ended.csv record 2:")
        .hasMessageContaining("TOWN");
    assertThatThrownBy(() -> Releases.fromClasspath("geography-none/releases.csv"))
        .isInstanceOf(InvalidReleaseException.class)
        .hasMessage("geography-none/releases.csv is not on the classpath");
  }
}
