package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units are identified by code and date; links carry their share. */
class UnitsAndSuccessionsTest {

  static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 1);
  static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
  static final LocalDate Y2026 = LocalDate.of(2026, 3, 1);
  final Geography geo = Geography.classpath();

  @Test
  void aReusedCodeNamesDifferentUnitsOnEitherSideOfTheReform() {
    AdminUnit tranPhu = geo.unit("00691", JUNE_30).orElseThrow();
    AdminUnit haGiang2 = geo.unit("00691", JULY_1).orElseThrow();
    assertThat(tranPhu.nameVi()).isEqualTo("Phường Trần Phú");
    assertThat(tranPhu.parentCode()).isEqualTo("024");
    assertThat(haGiang2.nameVi()).isEqualTo("Phường Hà Giang 2");
    assertThat(haGiang2.parentCode()).isEqualTo("08");
    assertThat(tranPhu).isNotEqualTo(haGiang2);
    assertThat(geo.unit("00778", JUNE_30).orElseThrow().nameVi()).isEqualTo("Xã Xín Cái");
    assertThat(geo.unit("00778", JULY_1).orElseThrow().nameVi()).isEqualTo("Xã Sơn Vĩ");
  }

  @Test
  void province08WasTheOldTuyenQuangAndIsTheMergedOne() {
    assertThat(geo.versions("08"))
        .extracting(AdminUnit::nameVi, AdminUnit::validFrom, AdminUnit::validTo)
        .containsExactly(
            tuple("Tỉnh Tuyên Quang", null, JUNE_30), tuple("Tỉnh Tuyên Quang", JULY_1, null));
    assertThat(geo.lowestUnits("08", JUNE_30)).hasSize(137);
    assertThat(geo.lowestUnits("08", JULY_1)).hasSize(124);
    assertThat(geo.versions("02")).hasSize(1);
    assertThat(geo.unit("02", JULY_1)).isEmpty();
  }

  @Test
  void versionsListEveryUnitThatHadTheCodeOldestFirst() {
    assertThat(geo.versions("00691"))
        .extracting(AdminUnit::nameVi)
        .containsExactly("Phường Trần Phú", "Phường Hà Giang 2");
    assertThat(geo.versions("024")).extracting(AdminUnit::level).containsExactly(Level.DISTRICT);
    assertThat(geo.versions("99999")).isEmpty();
  }

  @Test
  void unitsAreSortedByCodeAndFilteredByLevelAndArea() {
    List<AdminUnit> communes = geo.units(Level.COMMUNE, "024", MAY_2025);
    assertThat(communes)
        .extracting(AdminUnit::code)
        .containsExactly("00688", "00691", "00692", "00694", "00697", "00700", "00946", "00949");
    assertThat(geo.units(null, "02", MAY_2025)).hasSize(11 + 193);
    List<AdminUnit> all = geo.units(Level.COMMUNE, null, Y2026);
    assertThat(all).extracting(AdminUnit::code).isSorted();
    assertThat(geo.units(Level.COMMUNE, "02", Y2026)).as("02 is not valid in 2026").isEmpty();
  }

  @Test
  void childrenParentAndLowestUnitsFollowTheDate() {
    assertThat(geo.children("02", MAY_2025)).hasSize(11).allMatch(u -> u.level() == Level.DISTRICT);
    assertThat(geo.children("024", MAY_2025)).hasSize(8);
    assertThat(geo.children("024", Y2026)).isEmpty();
    assertThat(geo.parent("00691", MAY_2025)).map(AdminUnit::code).contains("024");
    assertThat(geo.parent("00691", Y2026)).map(AdminUnit::code).contains("08");
    assertThat(geo.parent("02", MAY_2025)).isEmpty();
    assertThat(geo.lowestUnits("02", MAY_2025))
        .hasSize(193)
        .allMatch(u -> u.level() == Level.COMMUNE);
    assertThat(geo.lowestUnits("00691", Y2026))
        .extracting(AdminUnit::nameVi)
        .containsExactly("Phường Hà Giang 2");
    assertThat(geo.lowestUnits("024", Y2026)).isEmpty();
  }

  @Test
  void isValidChecksCodeLevelAndDate() {
    assertThat(geo.isValid("024", Level.DISTRICT, JUNE_30)).isTrue();
    assertThat(geo.isValid("024", Level.DISTRICT, JULY_1)).isFalse();
    assertThat(geo.isValid("00691", Level.COMMUNE, MAY_2025)).isTrue();
    assertThat(geo.isValid("00691", Level.DISTRICT, MAY_2025)).isFalse();
    assertThat(geo.isValid("02", Level.PROVINCE, Y2026)).isFalse();
    assertThat(geo.isValid("08", Level.PROVINCE, Y2026)).isTrue();
  }

  @Test
  void predecessorsOfANewCommuneCarryTheirShare() {
    assertThat(geo.predecessors("00691", Y2026))
        .extracting(s -> s.predecessor().label(), Succession::share, Succession::basis)
        .containsExactly(
            tuple("00688 Phường Quang Trung", Share.PART, Succession.Basis.LISTED),
            tuple("00691 Phường Trần Phú", Share.WHOLE, Succession.Basis.LISTED),
            tuple("00692 Phường Ngọc Hà", Share.WHOLE, Succession.Basis.LISTED),
            tuple("00697 Phường Minh Khai", Share.WHOLE, Succession.Basis.LISTED),
            tuple("00934 Xã Phong Quang", Share.WHOLE, Succession.Basis.LISTED));
    assertThat(geo.predecessors("00691", MAY_2025)).as("Trần Phú: before the lists").isEmpty();
  }

  @Test
  void successorsOfAnOldCommuneSayWhereItWent() {
    assertThat(geo.successors("00691", MAY_2025))
        .extracting(s -> s.successor().label(), Succession::share)
        .containsExactly(tuple("00691 Phường Hà Giang 2", Share.WHOLE));
    assertThat(geo.successors("00988", MAY_2025))
        .extracting(s -> s.successor().code(), Succession::share)
        .containsExactly(tuple("00700", Share.PART), tuple("00994", Share.PART));
    assertThat(geo.successors("00691", Y2026)).as("Hà Giang 2 is still valid").isEmpty();
  }

  @Test
  void theMergedProvinceSucceedsBothFormerProvincesWhole() {
    assertThat(geo.predecessors("08", Y2026))
        .extracting(
            s -> s.predecessor().code(),
            s -> s.predecessor().validTo(),
            Succession::share,
            Succession::basis)
        .containsExactly(
            tuple("02", JUNE_30, Share.WHOLE, Succession.Basis.DERIVED),
            tuple("08", JUNE_30, Share.WHOLE, Succession.Basis.DERIVED));
    assertThat(geo.successors("02", MAY_2025))
        .extracting(s -> s.successor().label(), s -> s.successor().validFrom(), Succession::share)
        .containsExactly(tuple("08 Tỉnh Tuyên Quang", JULY_1, Share.WHOLE));
    assertThat(geo.successors("08", MAY_2025)).hasSize(1);
    assertThat(geo.predecessors("08", MAY_2025)).isEmpty();
  }

  @Test
  void anAbolishedDistrictHasNoLinksOfItsOwnLevel() {
    assertThat(geo.successors("024", MAY_2025)).isEmpty();
  }
}
