package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;

/** The free text of the old rows is joined on the official names, never guessed. */
class LocationsFromFreeTextTest {
  static final Geography G = Geography.classpath();
  static final LocalDate LAST = LocalDate.of(2025, 6, 30);
  static final List<AdminUnit> DISTRICTS = G.units(Level.DISTRICT, null, LAST);

  @Test
  void aDistrictIsFoundByItsNameWithOrWithoutItsTypeWord() {
    assertMatch(DISTRICTS, "Vị Xuyên", "030");
    assertMatch(DISTRICTS, "Thành phố Hà Giang", "024");
    assertMatch(DISTRICTS, "Huyện Bắc Quang", "034");
    assertThat(V4__locations_from_free_text.match(DISTRICTS, "Hà Nội")).isEmpty();
  }

  @Test
  void aCommuneIsFoundInItsDistrictWhateverTypeWordOrTonePlacementTheTextUsed() {
    List<AdminUnit> dongVan = G.children("026", LAST);
    // The text says "Xã Phó Bảng"; the unit is Thị trấn Phó Bảng.
    assertMatch(dongVan, "Xã Phó Bảng", "00712");
    List<AdminUnit> viXuyen = G.children("030", LAST);
    assertMatch(viXuyen, "Xã Thanh Thuỷ", "00928");
    assertMatch(viXuyen, "Xã Thanh Thủy", "00928");
    // Not in that district: no match rather than a guess elsewhere.
    assertThat(V4__locations_from_free_text.match(viXuyen, "Xã Lũng Cú")).isEmpty();
  }

  /** The text is joined on exactly this unit among the candidates. */
  private static void assertMatch(List<AdminUnit> candidates, String text, String code) {
    assertThat(V4__locations_from_free_text.match(candidates, text))
        .as(text)
        .map(AdminUnit::code)
        .contains(code);
  }
}
