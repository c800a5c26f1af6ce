package vn.tradehub.industry.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.geo.Location;

/** Where a location history places a monthly figure, and where two histories part. */
class HistoriesTest {
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  static final List<Location> SON_DUONG =
      List.of(Location.of("02536", null, REFORM.minusDays(1)), Location.of("02536", REFORM, null));

  static final List<Location> MOVED =
      List.of(
          Location.of("02536", null, REFORM.minusDays(1)),
          Location.of("02536", REFORM, LocalDate.of(2026, 1, 31)),
          Location.of("02509", LocalDate.of(2026, 2, 1), null));

  @Test
  void aMonthIsPlacedByItsFirstDayOrTheFirstPlaceInIt() {
    assertThat(Histories.inMonth(MOVED, YearMonth.of(2026, 1))).contains("02536");
    assertThat(Histories.inMonth(MOVED, YearMonth.of(2026, 2))).contains("02509");
    // Located only from the 15th: the month lies where it was first located in it.
    List<Location> late = List.of(Location.of("02509", LocalDate.of(2026, 3, 15), null));
    assertThat(Histories.inMonth(late, YearMonth.of(2026, 3))).contains("02509");
    assertThat(Histories.inMonth(late, YearMonth.of(2026, 2))).isEmpty();
    // Ended before the month.
    List<Location> ended = List.of(Location.of("02536", null, REFORM.minusDays(1)));
    assertThat(Histories.inMonth(ended, YearMonth.of(2025, 6))).contains("02536");
    assertThat(Histories.inMonth(ended, YearMonth.of(2025, 7))).isEmpty();
  }

  @Test
  void twoHistoriesPartOnTheFirstDayTheyPlaceDifferently() {
    assertThat(Histories.firstDifference(SON_DUONG, MOVED)).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(Histories.firstDifference(SON_DUONG, Location.sorted(SON_DUONG))).isNull();
    assertThat(Histories.firstDifference(List.of(), SON_DUONG)).isEqualTo(LocalDate.MIN);
    // The same places cut into periods differently are the same history.
    List<Location> cut =
        List.of(
            Location.of("02536", null, REFORM.minusDays(1)),
            Location.of("02536", REFORM, LocalDate.of(2025, 12, 31)),
            Location.of("02536", LocalDate.of(2026, 1, 1), null));
    assertThat(Histories.firstDifference(SON_DUONG, cut)).isNull();
  }
}
