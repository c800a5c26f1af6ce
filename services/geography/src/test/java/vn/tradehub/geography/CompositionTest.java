package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The territory algebra on the shipped lists: the results issue 14 relies on. */
class CompositionTest {

  static final LocalDate Y2024 = LocalDate.of(2024, 6, 1);
  static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
  static final LocalDate Y2026 = LocalDate.of(2026, 3, 1);
  final Geography geo = Geography.classpath();

  @Test
  void theMergedProvinceIn2024IsBothFormerProvincesTheir330Communes() {
    Composition c = geo.compose(Territory.parse("08@2025-07-01"), Y2024);
    assertThat(c.exact()).isTrue();
    assertThat(c.reasons()).isEmpty();
    assertThat(c.units()).hasSize(330);
    assertThat(c.units())
        .containsExactlyElementsOf(
            Stream.concat(
                    geo.lowestUnits("02", Y2024).stream(), geo.lowestUnits("08", Y2024).stream())
                .sorted()
                .toList());
    assertThat(c.compact())
        .extracting(AdminUnit::code, AdminUnit::validTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("02", JUNE_30),
            org.assertj.core.groups.Tuple.tuple("08", JUNE_30));
  }

  @Test
  void formerHaGiangIn2026IsExactly73OfThe124NewCommunesAndTuyenQuangTheOther51() {
    Composition haGiang = geo.compose(Territory.of("02"), Y2026);
    Composition tuyenQuang = geo.compose(Territory.parse("08@2025-06-30"), Y2026);
    assertThat(haGiang.exact()).isTrue();
    assertThat(tuyenQuang.exact()).isTrue();
    assertThat(haGiang.units()).hasSize(73);
    assertThat(tuyenQuang.units()).hasSize(51);
    Set<AdminUnit> both = new HashSet<>(haGiang.units());
    assertThat(both).doesNotContainAnyElementsOf(tuyenQuang.units());
    both.addAll(tuyenQuang.units());
    assertThat(both).containsExactlyInAnyOrderElementsOf(geo.lowestUnits("08", Y2026));
    assertThat(haGiang.compact()).as("no 2026 unit is the former province").hasSize(73);
  }

  @Test
  void noNewCommuneStraddlesTheOldBorder() {
    for (AdminUnit neu : geo.units(Level.COMMUNE, null, Y2026)) {
      Composition before = geo.compose(neu, JUNE_30);
      Set<String> provinces = new TreeSet<>();
      for (AdminUnit old : before.cover()) {
        provinces.add(
            geo.units(Level.PROVINCE, null, JUNE_30).stream()
                .filter(p -> geo.lowestUnits(p.code(), JUNE_30).contains(old))
                .findFirst()
                .orElseThrow()
                .code());
      }
      assertThat(provinces).as(neu.label()).hasSize(1);
    }
  }

  @Test
  void district024In2026IsNotExactBecauseItsSuccessorsTakeInLandFromOutside() {
    Composition c = geo.compose(Territory.of("024"), Y2026);
    assertThat(c.exact()).isFalse();
    assertThat(c.codes()).containsExactly("00691", "00694", "00700");
    assertThat(c.reasons())
        .anySatisfy(
            r -> assertThat(r).contains("00691 Phường Hà Giang 2").contains("00934 Xã Phong Quang"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("00700 Xã Ngọc Đường")
                    .contains("part of 00988 Xã Yên Định"));
    assertThatThrownBy(c::units)
        .isInstanceOf(NotExpressibleException.class)
        .hasMessageContaining("district 024 Thành phố Hà Giang")
        .hasMessageContaining("cannot be expressed exactly")
        .satisfies(e -> assertThat(((NotExpressibleException) e).composition()).isSameAs(c));
  }

  @Test
  void aSplitCommuneCannotBeExpressedByTheNewUnits() {
    Composition c = geo.compose(Territory.of("00988"), Y2026);
    assertThat(c.exact()).isFalse();
    assertThat(c.codes()).containsExactly("00700", "00994");
    Composition back = geo.compose(Territory.parse("00700@2025-07-01"), JUNE_30);
    assertThat(back.exact()).isFalse();
    assertThat(back.reasons())
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("00988 Xã Yên Định")
                    .contains("was split")
                    .contains("00994"));
  }

  @Test
  void code00691OnEitherSideOfTheReformIsTwoDifferentTerritories() {
    Composition june = geo.compose(Territory.of("00691"), LocalDate.of(2025, 6, 1));
    Composition july = geo.compose(Territory.of("00691"), JULY_1);
    assertThat(june.territory()).isNotEqualTo(july.territory());
    assertThat(june.units()).extracting(AdminUnit::nameVi).containsExactly("Phường Trần Phú");
    assertThat(july.units()).extracting(AdminUnit::nameVi).containsExactly("Phường Hà Giang 2");
    // Trần Phú went whole into Hà Giang 2, which is more than Trần Phú
    Composition tranPhuAfter = geo.compose(june.territory(), JULY_1);
    assertThat(tranPhuAfter.exact()).isFalse();
    assertThat(tranPhuAfter.codes()).containsExactly("00691");
  }

  @Test
  void aNewCommuneFormedOfWholeCommunesIsExactlyThemBefore() {
    // the bare code on a 2024 date would name Xã Xín Cái, the unit with that code then
    assertThat(geo.compose(Territory.of("00778"), Y2024).codes()).containsExactly("00778");
    Composition sonVi = geo.compose(Territory.parse("00778@2025-07-01"), Y2024);
    assertThat(sonVi.exact()).isTrue();
    assertThat(sonVi.units())
        .extracting(AdminUnit::label)
        .containsExactly("00772 Xã Thượng Phùng", "00778 Xã Xín Cái", "00793 Xã Sơn Vĩ");
    assertThat(sonVi.territory().nameVi()).isEqualTo("Xã Sơn Vĩ");
  }

  @Test
  void aTerritoryOnADateOfItsOwnValidityIsItsOwnLowestUnits() {
    Composition c = geo.compose(Territory.of("02"), LocalDate.of(2021, 12, 1));
    assertThat(c.exact()).isTrue();
    assertThat(c.units()).hasSize(193);
    assertThat(c.compact()).extracting(AdminUnit::label).containsExactly("02 Tỉnh Hà Giang");
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void villageTransfersAreReportedWhereTheyTouchTheAnswer() {
    assertThat(geo.compose(Territory.of("02"), Y2026).notes())
        .singleElement()
        .asString()
        .contains("00922 Xã Thuận Hoà")
        .contains("Thôn Mịch A")
        .contains("exact at commune level only");
    assertThat(geo.compose(Territory.parse("08@2025-06-30"), Y2026).notes())
        .singleElement()
        .asString()
        .contains("Thôn Nà Lừa");
    assertThat(geo.compose(Territory.parse("00778@2025-07-01"), Y2024).notes()).isEmpty();
  }

  @Test
  void theComparableBaseOfTheMergedProvinceIsBothFormerProvincesAYearEarlier() {
    Composition base = geo.comparableBase(Territory.of("08"), YearMonth.of(2026, 3));
    assertThat(base.territory().validFrom()).isEqualTo(JULY_1);
    assertThat(base.date()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(base.units()).hasSize(330);
    assertThat(base.compact()).extracting(AdminUnit::code).containsExactly("02", "08");
  }

  @Test
  void theComparableBaseOfFormerHaGiangAfterTheReformIsTheProvinceItWas() {
    Composition base = geo.comparableBase(Territory.of("02"), YearMonth.of(2026, 3));
    assertThat(base.units()).hasSize(193);
    assertThat(base.compact()).extracting(AdminUnit::label).containsExactly("02 Tỉnh Hà Giang");
    Composition late2025 = geo.comparableBase(Territory.of("02"), YearMonth.of(2025, 9));
    assertThat(late2025.date()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(late2025.units()).hasSize(193);
  }

  @Test
  void theComparableBaseOfThePeriodAfterTheReformForFormerHaGiangIsItsCommunes() {
    // July 2026 against July 2025: both after the reform, the former area is its 73 communes.
    Composition base = geo.comparableBase(Territory.of("02"), YearMonth.of(2026, 7));
    assertThat(base.date()).isEqualTo(JULY_1);
    assertThat(base.units()).hasSize(73);
  }

  @Test
  void theComparableBaseOfABareCodeFollowsTheAskedPeriod() {
    Composition base2025 = geo.comparableBase(Territory.of("08"), YearMonth.of(2025, 3));
    assertThat(base2025.territory().validTo()).isEqualTo(JUNE_30);
    assertThat(base2025.units()).hasSize(137);
    Composition pinned =
        geo.comparableBase(Territory.parse("08@2025-07-01"), YearMonth.of(2025, 3));
    assertThat(pinned.units()).hasSize(330);
  }

  /**
   * For every unit and every date around the reform: the cover is made of lowest units of that
   * date, taken back to the unit's own date it contains the unit's area, and equals it exactly when
   * the answer says exact; the compact form is the same area.
   */
  @Test
  void everyAnswerRoundTripsToTheTerritoryItWasAskedFor() {
    List<AdminUnit> units =
        Stream.concat(
                geo.units(null, null, JUNE_30).stream(), geo.units(null, null, JULY_1).stream())
            .toList();
    int exact = 0;
    int inexact = 0;
    for (AdminUnit u : units) {
      LocalDate own = u.validFrom() != null ? u.validFrom() : u.validTo();
      Set<AdminUnit> area = new TreeSet<>(geo.lowestUnits(u.code(), own));
      for (LocalDate d : List.of(Y2024, JUNE_30, JULY_1, Y2026)) {
        Composition c = geo.compose(u, d);
        assertThat(c.cover())
            .isNotEmpty()
            .allMatch(x -> x.validOn(d) && x.level() == Level.COMMUNE);
        Set<AdminUnit> back = new TreeSet<>();
        c.cover().forEach(x -> back.addAll(geo.compose(x, own).cover()));
        assertThat(back).as(u.label() + " on " + d).containsAll(area);
        if (c.exact()) {
          assertThat(back).as(u.label() + " on " + d).isEqualTo(area);
          exact++;
        } else {
          assertThat(back).as(u.label() + " on " + d).isNotEqualTo(area);
          inexact++;
        }
        Set<AdminUnit> compacted = new TreeSet<>();
        c.compact().forEach(x -> compacted.addAll(geo.lowestUnits(x.code(), d)));
        assertThat(compacted).isEqualTo(new TreeSet<>(c.cover()));
      }
    }
    assertThat(exact).isPositive();
    assertThat(inexact).isPositive();
  }
}
