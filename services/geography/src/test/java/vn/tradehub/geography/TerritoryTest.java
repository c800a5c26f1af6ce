package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The textual form of a territory and which unit it names. */
class TerritoryTest {

  static final LocalDate Y2024 = LocalDate.of(2024, 3, 1);
  static final LocalDate Y2026 = LocalDate.of(2026, 3, 1);
  final Geography geo = Geography.classpath();

  @Test
  void parsesABareCodeAndAPinnedOneAndPrintsThemBack() {
    assertThat(Territory.parse("08")).isEqualTo(Territory.of("08"));
    assertThat(Territory.parse(" 08@2025-06-30 "))
        .isEqualTo(Territory.of("08", LocalDate.of(2025, 6, 30)));
    for (String text : new String[] {"08", "024", "00691", "08@2025-06-30"}) {
      assertThat(Territory.parse(text).toString()).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "8",
        "0069",
        "000691",
        "08@",
        "08@2025-13-01",
        "08@2025-6-1",
        "Hà Giang",
        "08,02"
      })
  void refusesOtherFormsNamingTheExpectedOne(String text) {
    assertThatThrownBy(() -> Territory.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("08@2025-06-30");
  }

  @Test
  void aBareCodeNamesTheUnitValidOnTheAskedDate() {
    assertThat(geo.resolve(Territory.of("08"), Y2026).validFrom())
        .isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(geo.resolve(Territory.of("08"), Y2024).validTo())
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(geo.resolve(Territory.of("00691"), LocalDate.of(2025, 6, 1)).nameVi())
        .isEqualTo("Phường Trần Phú");
    assertThat(geo.resolve(Territory.of("00691"), LocalDate.of(2025, 7, 1)).nameVi())
        .isEqualTo("Phường Hà Giang 2");
  }

  @Test
  void aBareCodeWithNoUnitOnTheDateNamesTheLatestBeforeIt() {
    AdminUnit haGiang = geo.resolve(Territory.of("02"), Y2026);
    assertThat(haGiang.label()).isEqualTo("02 Tỉnh Hà Giang");
    assertThat(geo.resolve(Territory.of("024"), Y2026).nameVi()).isEqualTo("Thành phố Hà Giang");
  }

  @Test
  void aPinnedDateNamesTheUnitOfThatDateWhateverIsAsked() {
    AdminUnit former = geo.resolve(Territory.parse("08@2025-06-30"), Y2026);
    assertThat(former.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    AdminUnit merged = geo.resolve(Territory.parse("08@2025-07-01"), Y2024);
    assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void aPinnedDateWithoutAUnitOrAnUnknownCodeIsRefused() {
    assertThatThrownBy(() -> geo.resolve(Territory.parse("02@2026-01-01"), Y2026))
        .isInstanceOf(GeographyException.class)
        .hasMessageContaining("no unit with code 02 is valid on 2026-01-01")
        .hasMessageContaining("02 Tỉnh Hà Giang (until 2025-06-30)");
    assertThatThrownBy(() -> geo.resolve(Territory.of("99"), Y2026))
        .isInstanceOf(GeographyException.class)
        .hasMessage("no administrative unit has code 99");
  }

  @Test
  void everyUnitsRefNamesItselfBack() {
    for (AdminUnit u : geo.units(null, null, LocalDate.of(2025, 6, 30))) {
      assertThat(geo.resolve(Territory.parse(u.ref().toString()), Y2026)).isEqualTo(u);
    }
    for (AdminUnit u : geo.units(null, null, LocalDate.of(2025, 7, 1))) {
      assertThat(geo.resolve(u.ref(), Y2024)).isEqualTo(u);
    }
    assertThat(geo.unit("08", Y2026).orElseThrow().ref().toString()).isEqualTo("08@2025-07-01");
    assertThat(geo.unit("08", Y2024).orElseThrow().ref().toString()).isEqualTo("08@2025-06-30");
  }
}
