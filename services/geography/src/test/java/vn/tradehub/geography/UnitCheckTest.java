package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/** Refusals explain themselves and name the units to use on the figure's date. */
class UnitCheckTest {

  static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 1);
  static final LocalDate Y2026 = LocalDate.of(2026, 1, 15);
  final Geography geo = Geography.classpath();

  /** The sentence refusing {@code code} as a unit of {@code level} on {@code date}. */
  AbstractStringAssert<?> assertProblem(String code, Level level, LocalDate date) {
    return assertThat(geo.check(code, level, date).problem());
  }

  @Test
  void aUnitOfTheRightLevelValidOnTheDatePasses() {
    UnitCheck ok = geo.check("00691", Level.COMMUNE, MAY_2025);
    assertThat(ok.valid()).isTrue();
    assertThat(ok.problem()).isNull();
    assertThat(ok.orElseThrow().nameVi()).isEqualTo("Phường Trần Phú");
    assertThat(geo.check("024", Level.DISTRICT, LocalDate.of(2025, 6, 30)).valid()).isTrue();
  }

  @Test
  void anAbolishedDistrictNamesItsSuccessors() {
    UnitCheck c = geo.check("024", Level.DISTRICT, Y2026);
    assertThat(c.valid()).isFalse();
    assertThat(c.problem())
        .isEqualTo(
            "district 024 Thành phố Hà Giang was abolished on 2025-07-01 (no district exists from"
                + " that date); use one of its successors: 00691 Phường Hà Giang 2, 00694 Phường"
                + " Hà Giang 1, 00700 Xã Ngọc Đường");
    assertThat(c.suggestions())
        .extracting(AdminUnit::code)
        .containsExactly("00691", "00694", "00700");
    assertThatThrownBy(c::orElseThrow)
        .isInstanceOf(InvalidUnitException.class)
        .hasMessage(c.problem())
        .satisfies(e -> assertThat(((InvalidUnitException) e).check()).isSameAs(c));
  }

  @Test
  void aCodeOfAnotherLevelOnTheDateSaysWhatItIs() {
    UnitCheck c = geo.check("00691", Level.DISTRICT, MAY_2025);
    assertThat(c.problem())
        .isEqualTo(
            "commune 00691 on 2025-05-01 is Phường Trần Phú (in district 024 Thành phố Hà"
                + " Giang), not a district; use 024 Thành phố Hà Giang");
    assertThat(c.unit().nameVi()).isEqualTo("Phường Trần Phú");
    UnitCheck after = geo.check("00691", Level.DISTRICT, Y2026);
    assertThat(after.problem())
        .isEqualTo(
            "commune 00691 on 2026-01-15 is Phường Hà Giang 2 (in province 08 Tỉnh Tuyên"
                + " Quang), not a district (no district exists on that date)");
    assertThat(after.suggestions()).isEmpty();
  }

  @Test
  void aSplitCommuneNamesEveryNewUnitThatTookPartOfIt() {
    assertProblem("00688", Level.COMMUNE, Y2026)
        .isEqualTo(
            "commune 00688 Phường Quang Trung no longer exists from 2025-07-01; use one of its"
                + " successors: 00691 Phường Hà Giang 2, 00694 Phường Hà Giang 1");
  }

  @Test
  void aFormerProvinceNamesTheMergedOne() {
    assertProblem("02", Level.PROVINCE, Y2026)
        .isEqualTo(
            "province 02 Tỉnh Hà Giang no longer exists from 2025-07-01; use its successor 08"
                + " Tỉnh Tuyên Quang");
  }

  @Test
  void anUnknownCodeIsSaidToBeUnknown() {
    assertProblem("99999", Level.COMMUNE, Y2026).isEqualTo("no administrative unit has code 99999");
  }

  @Test
  void aLowerLevelAskedOfAHigherUnitListsItsUnits() {
    UnitCheck c = geo.check("024", Level.COMMUNE, MAY_2025);
    assertThat(c.problem())
        .startsWith(
            "district 024 on 2025-05-01 is Thành phố Hà Giang (in province 02 Tỉnh Hà Giang), not a commune; use one of 00688 Phường Quang Trung, ");
    assertThat(c.suggestions()).hasSize(8);
  }
}
