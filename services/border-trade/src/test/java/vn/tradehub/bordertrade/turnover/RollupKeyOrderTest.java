package vn.tradehub.bordertrade.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rollup rows are locked in key order; comparing components must give the order the key's text gave
 * before, so that a transaction of the new code and one of the old never lock in opposite orders
 * during a rolling deploy. Codes that are prefixes of others (XIN_MAN, XIN_MAN_2; KG, KGM) are
 * where the two could differ.
 */
class RollupKeyOrderTest {
  @Test
  void componentOrderIsTheOrderOfTheKeysText() {
    List<TurnoverRollups.Key> keys = new ArrayList<>();
    for (LocalDate month :
        List.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 10, 1)))
      for (String gate : List.of("XIN_MAN", "XIN_MAN_2", "XIN-MAN", "X1", "THANH_THUY"))
        for (String flow : List.of("EXPORT", "IMPORT", "BORDER_GATE_TRANSFER"))
          for (String chapter : List.of("09", "26", "84"))
            for (String partner : List.of("CN", "LA"))
              for (String unit : List.of("KGM", "TNE", "KG"))
                for (String unitCode : List.of("00862", "00865", "00928"))
                  keys.add(
                      new TurnoverRollups.Key(
                          month, gate, flow, "OFFICIAL", chapter, partner, unit, unitCode));
    List<TurnoverRollups.Key> byText = new ArrayList<>(keys);
    byText.sort(Comparator.comparing(TurnoverRollups.Key::toString));
    List<TurnoverRollups.Key> byComponents = new ArrayList<>(keys);
    byComponents.sort(TurnoverRollups.Key.ORDER);
    assertThat(byComponents).containsExactlyElementsOf(byText);
  }
}
