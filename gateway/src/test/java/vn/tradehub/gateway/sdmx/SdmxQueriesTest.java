package vn.tradehub.gateway.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of a query the standard defines by syntax: versions, keys, filters, periods. */
class SdmxQueriesTest {

  @Test
  void versionQueriesSelectAsQueryingVersionsSays() {
    for (String q :
        List.of(
            "1.0.0",
            "+",
            "~",
            "*",
            "1.+.0",
            "1.0.+",
            "+.0.0",
            "~.0.0",
            "*.0.0",
            "1.*.0",
            "1+.0.0",
            "1.0.0+",
            "1.0~.0",
            "0*.0.0",
            "2.0.0,1.0.0")) assertThat(VersionQuery.parse(q).matches("1.0.0")).as(q).isTrue();
    for (String q : List.of("1.0", "2.0.0", "1.1.0", "2+.0.0", "1.0.1+", "~.0", "*.0", "1"))
      assertThat(VersionQuery.parse(q).matches("1.0.0")).as(q).isFalse();
    assertThat(VersionQuery.parse("2.1+.0").matches("2.1.0")).isTrue();
    assertThat(VersionQuery.parse("+").matches("0.9.0")).isFalse(); // + is stable: x > 0
    for (String bad :
        List.of(
            "+.2.3", "1.+.3", "~.2", "*.2.3", "+.0", "2.3+", "~.0.*", "3.2*.1+", "a.b", "1.0.0.0",
            ""))
      assertThatThrownBy(() -> VersionQuery.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysAreWildcardedOredAndPaddedAsDataMdSays() {
    KeyQuery k = KeyQuery.parse("M..EXPORT+IMPORT", 4);
    assertThat(k.keys())
        .singleElement()
        .satisfies(
            key ->
                assertThat(key.positions())
                    .containsExactly(Set.of("M"), Set.of(), Set.of("EXPORT", "IMPORT"), Set.of()));
    assertThat(KeyQuery.parse("M.*.X,A.*.Y", 3).keys()).hasSize(2);
    assertThat(KeyQuery.parse("*", 3).isAll()).isTrue();
    assertThat(KeyQuery.parse("*.*", 3).isAll()).isTrue();
    assertThat(KeyQuery.parse("M.02@2025-06-30", 5).keys().get(0).positions().get(1))
        .containsExactly("02@2025-06-30");
    assertThatThrownBy(() -> KeyQuery.parse("A.B.C.D", 3)).hasMessageContaining("3 dimensions");
    assertThatThrownBy(() -> KeyQuery.parse("A.B C", 3)).hasMessageContaining("cannot be a code");
  }

  @Test
  void filtersAreAlternativesOfConjunctions() {
    ComponentFilter f = ComponentFilter.parse("TIME_PERIOD", "ge:2020-01+le:2020-12,2022");
    assertThat(f.alternatives()).hasSize(2);
    assertThat(f.alternatives().get(0))
        .containsExactly(
            new ComponentFilter.Term("ge", "2020-01"), new ComponentFilter.Term("le", "2020-12"));
    assertThat(f.alternatives().get(1)).containsExactly(new ComponentFilter.Term("eq", "2022"));
    assertThatThrownBy(() -> ComponentFilter.parse("X", "zz:1"))
        .hasMessageContaining("unknown operator");
    assertThatThrownBy(() -> ComponentFilter.parse("X", "A,,B")).hasMessageContaining("empty");
  }

  @Test
  void periodsAreRanges() {
    assertThat(TimePeriods.range("2020"))
        .isEqualTo(new TimePeriods.Range(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(TimePeriods.range("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(TimePeriods.range("2020-M02").start()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(TimePeriods.range("2020-Q3"))
        .isEqualTo(new TimePeriods.Range(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30)));
    assertThat(TimePeriods.range("2020-S2").start()).isEqualTo(LocalDate.of(2020, 7, 1));
    assertThat(TimePeriods.range("2020-12-31").start()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(TimePeriods.range("2020-13")).isNull();
    assertThat(TimePeriods.range("2020-Q5")).isNull();
    assertThat(TimePeriods.range("soon")).isNull();
  }

  @Test
  void attributeAndMeasureSelections() {
    assertThat(DataQuery.attributes(null))
        .containsExactly("UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS");
    assertThat(DataQuery.attributes(List.of("obs"))).containsExactly("OBS_STATUS");
    assertThat(DataQuery.attributes(List.of("series")))
        .containsExactly("UNIT_MEASURE", "UNIT_MULT");
    assertThat(DataQuery.attributes(List.of("none"))).isEmpty();
    assertThat(DataQuery.attributes(List.of("OBS_STATUS", "UNIT_MEASURE")))
        .containsExactly("UNIT_MEASURE", "OBS_STATUS");
    assertThat(DataQuery.measure(List.of("none"))).isFalse();
    assertThat(DataQuery.measure(List.of("OBS_VALUE"))).isTrue();
  }

  @Test
  void statusesAndKeys() {
    assertThat(VintageRecorder.status("ESTIMATED")).isEqualTo("E");
    assertThat(VintageRecorder.status("PRELIMINARY")).isEqualTo("P");
    assertThat(VintageRecorder.status("FINAL")).isEqualTo("A");
    assertThat(VintageRecorder.key("M", "02@2025-06-30", null, "08"))
        .isEqualTo("M.02@2025-06-30._Z.08");
    assertThat(VintageRecorder.hsChapter("080440")).isEqualTo("08");
  }
}
