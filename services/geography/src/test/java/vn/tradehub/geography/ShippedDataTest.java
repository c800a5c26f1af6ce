package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped lists: the counts of SOURCE.md and the issue, read through the registry. */
class ShippedDataTest {

  static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  final Geography geo = Geography.classpath();

  @Test
  void oneReleaseTheReformOf20250701() {
    assertThat(geo.releases()).extracting(Release::id).containsExactly("2025-07-01");
    Release r = geo.releases().get(0);
    assertThat(r.effective()).isEqualTo(AFTER);
    assertThat(r.ended()).hasSize(350);
    assertThat(r.started()).hasSize(125);
    assertThat(r.links()).hasSize(335);
    assertThat(r.unresolved()).hasSize(2);
  }

  @Test
  void beforeTheReformTwoProvinces18Districts330Communes() {
    assertThat(geo.units(Level.PROVINCE, null, BEFORE))
        .extracting(AdminUnit::code, AdminUnit::nameVi)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("02", "Tỉnh Hà Giang"),
            org.assertj.core.groups.Tuple.tuple("08", "Tỉnh Tuyên Quang"));
    assertThat(geo.units(Level.DISTRICT, null, BEFORE)).hasSize(18);
    assertThat(geo.units(Level.DISTRICT, "02", BEFORE)).hasSize(11);
    assertThat(geo.units(Level.DISTRICT, "08", BEFORE)).hasSize(7);
    assertThat(geo.units(Level.COMMUNE, null, BEFORE)).hasSize(330);
    assertThat(geo.units(Level.COMMUNE, "02", BEFORE)).hasSize(193);
    assertThat(geo.units(Level.COMMUNE, "08", BEFORE)).hasSize(137);
  }

  @Test
  void afterTheReformOneProvinceNoDistricts124Communes() {
    assertThat(geo.units(Level.PROVINCE, null, AFTER))
        .extracting(AdminUnit::label)
        .containsExactly("08 Tỉnh Tuyên Quang");
    assertThat(geo.units(Level.DISTRICT, null, AFTER)).isEmpty();
    assertThat(geo.units(Level.COMMUNE, null, AFTER)).hasSize(124);
    assertThat(geo.children("08", AFTER)).hasSize(124).allMatch(u -> u.level() == Level.COMMUNE);
  }

  @Test
  void unitsBeforeTheReformAreOpenInThePastAndEndOn20250630() {
    List<AdminUnit> old = geo.units(null, null, BEFORE);
    assertThat(old).hasSize(350).allMatch(u -> u.validFrom() == null && BEFORE.equals(u.validTo()));
    assertThat(geo.unit("02", LocalDate.of(1991, 10, 1))).isPresent();
    List<AdminUnit> now = geo.units(null, null, AFTER);
    assertThat(now).hasSize(125).allMatch(u -> AFTER.equals(u.validFrom()) && u.validTo() == null);
  }

  @Test
  void everyOldCommuneIsInAtLeastOneLinkAndEveryNewCommuneHasOne() {
    for (AdminUnit old : geo.units(Level.COMMUNE, null, BEFORE)) {
      assertThat(geo.successors(old)).as(old.label()).isNotEmpty();
    }
    for (AdminUnit neu : geo.units(Level.COMMUNE, null, AFTER)) {
      assertThat(geo.predecessors(neu)).as(neu.label()).isNotEmpty();
    }
    long listed =
        geo.units(Level.COMMUNE, null, AFTER).stream()
            .mapToLong(u -> geo.predecessors(u).size())
            .sum();
    assertThat(listed).isEqualTo(335);
  }

  @Test
  void seventyThreeNewCommunesLieInFormerHaGiangAnd51InFormerTuyenQuangNoneStraddles() {
    Map<String, Long> byOldProvince =
        geo.units(Level.COMMUNE, null, AFTER).stream()
            .collect(
                Collectors.groupingBy(
                    neu -> {
                      Set<String> provinces =
                          geo.predecessors(neu).stream()
                              .map(s -> province(s.predecessor()))
                              .collect(Collectors.toSet());
                      assertThat(provinces).as(neu.label() + " straddles").hasSize(1);
                      return provinces.iterator().next();
                    },
                    Collectors.counting()));
    assertThat(byOldProvince).containsExactlyInAnyOrderEntriesOf(Map.of("02", 73L, "08", 51L));
  }

  @Test
  void aCommuneSplitBetweenNewUnitsHasOnlyPartLinksEvenWhereTheSourceSaysWhole() {
    Map<AdminUnit, List<Succession>> split =
        geo.units(Level.COMMUNE, null, BEFORE).stream()
            .filter(u -> geo.successors(u).size() > 1)
            .collect(Collectors.toMap(Function.identity(), geo::successors));
    assertThat(split.keySet())
        .extracting(AdminUnit::code)
        .containsExactlyInAnyOrder("00688", "00967", "00988", "02494", "02497");
    assertThat(split.values())
        .allSatisfy(l -> assertThat(l).allMatch(s -> s.share() == Share.PART));
    Succession quangTrung =
        geo.successors("00688", BEFORE).stream()
            .filter(s -> s.successor().code().equals("00694"))
            .findFirst()
            .orElseThrow();
    assertThat(quangTrung.note()).contains("listed as WHOLE").contains("split between 2 new units");
    long part =
        geo.units(Level.COMMUNE, null, AFTER).stream()
            .flatMap(u -> geo.predecessors(u).stream())
            .filter(s -> s.share() == Share.PART)
            .count();
    assertThat(part).as("6 listed PART + 4 WHOLE halves of split communes").isEqualTo(10);
  }

  @Test
  void namesKeepTheirExactDiacriticsFromTheUnitLists() {
    AdminUnit tranPhu = geo.unit("00691", BEFORE).orElseThrow();
    assertThat(tranPhu.nameVi()).isEqualTo("Ph\u01b0\u1eddng Tr\u1ea7n Ph\u00fa");
    assertThat(tranPhu.nameEn()).isEqualTo("Tran Phu Ward");
    // the unit list spells "Thuận Hoà"; the succession list's "Thuận Hòa" is not used for names
    assertThat(geo.unit("00922", AFTER).orElseThrow().nameVi()).isEqualTo("Xã Thuận Hoà");
    // the succession list has a no-break space in "Xã Yên Thành"; the unit list does not
    assertThat(geo.unit("01234", AFTER).orElseThrow().nameVi()).isEqualTo("Xã Yên Thành");
    assertThat(geo.versions("00922").get(0).nameVi()).isEqualTo("Xã Thuận Hoà");
    for (AdminUnit u : geo.units(null, null, BEFORE)) {
      assertThat(Normalizer.isNormalized(u.nameVi(), Normalizer.Form.NFC)).as(u.code()).isTrue();
      assertThat(u.nameVi()).as(u.code()).doesNotContain("\u00a0");
    }
  }

  @Test
  void theTwoVillageTransfersAreKeptWithTheirReceivers() {
    assertThat(geo.villageTransfers())
        .extracting(t -> t.receiver().label(), VillageTransfer::sourceText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("00922 Xã Thuận Hoà", "Thôn Mịch A"),
            org.assertj.core.groups.Tuple.tuple("02305 Xã Trung Hà", "Thôn Nà Lừa"));
  }

  @Test
  void theAttributionNoteShipsBesideTheData() throws Exception {
    try (var in =
        getClass().getClassLoader().getResourceAsStream("geography/2025-07-01/SOURCE.md")) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).contains("MIT").contains("Thang Le Quoc");
    }
  }

  private String province(AdminUnit u) {
    AdminUnit p = u;
    while (p.level() != Level.PROVINCE) {
      p = geo.parent(p.code(), BEFORE).orElseThrow();
    }
    return p.code();
  }
}
