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
    assertThat(V4__locations_from_free_text.match(DISTRICTS, "Vị Xuyên"))
        .map(AdminUnit::code)
        .contains("030");
    assertThat(V4__locations_from_free_text.match(DISTRICTS, "Thành phố Hà Giang"))
        .map(AdminUnit::code)
        .contains("024");
    assertThat(V4__locations_from_free_text.match(DISTRICTS, "Huyện Bắc Quang"))
        .map(AdminUnit::code)
        .contains("034");
    assertThat(V4__locations_from_free_text.match(DISTRICTS, "Hà Nội")).isEmpty();
  }

  @Test
  void aCommuneIsFoundInItsDistrictWhateverTypeWordOrTonePlacementTheTextUsed() {
    List<AdminUnit> dongVan = G.children("026", LAST);
    // The text says "Xã Phó Bảng"; the unit is Thị trấn Phó Bảng.
    assertThat(V4__locations_from_free_text.match(dongVan, "Xã Phó Bảng"))
        .map(AdminUnit::code)
        .contains("00712");
    List<AdminUnit> viXuyen = G.children("030", LAST);
    assertThat(V4__locations_from_free_text.match(viXuyen, "Xã Thanh Thuỷ"))
        .map(AdminUnit::code)
        .contains("00928");
    assertThat(V4__locations_from_free_text.match(viXuyen, "Xã Thanh Thủy"))
        .map(AdminUnit::code)
        .contains("00928");
    // Not in that district: no match rather than a guess elsewhere.
    assertThat(V4__locations_from_free_text.match(viXuyen, "Xã Lũng Cú")).isEmpty();
  }
}
