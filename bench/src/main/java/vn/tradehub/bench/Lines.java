package vn.tradehub.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Declaration lines the harness posts. Every line of a run has a natural key of its own
 * (declaration number = scenario prefix + run id + sequence), so runs never collide and the
 * database can be reconciled against what the client was told, by prefix. Values are in USD
 * (identity rate) so the read model's totals can be predicted exactly.
 */
final class Lines {
  /** Five seeded gates, two flows, twelve months: 120 turnover-rollup keys per year (also in bench/sql). */
  static final List<String> GATES = List.of("THANH_THUY", "XIN_MAN", "PHO_BANG", "SAM_PUN", "NGHIA_THUAN");
  static final List<String> FLOWS = List.of("EXPORT", "IMPORT");
  static final String CSV_HEADER =
      "gateCode,declarationNumber,lineNumber,declaredOn,flow,tradeForm,hsCode,description,quantity,unit,netWeightKg,valueAmount,valueCurrency,partnerCountry,transportMode";

  /** One line: its natural key and the USD value it adds to the totals. */
  record Line(String gate, String declaration, int lineNumber, LocalDate declaredOn, String flow, String valueUsd) {
    String key() {
      return gate + "/" + declaration + "/" + lineNumber;
    }

    String json() {
      return "{\"gateCode\":\"" + gate + "\",\"declarationNumber\":\"" + declaration + "\",\"lineNumber\":" + lineNumber
          + ",\"declaredOn\":\"" + declaredOn + "\",\"flow\":\"" + flow + "\",\"tradeForm\":\"OFFICIAL\",\"hsCode\":\"09022090\","
          + "\"description\":\"Chè xanh Shan tuyết đóng bao 30kg\",\"quantity\":12000,\"unit\":\"KGM\",\"netWeightKg\":12000,"
          + "\"value\":{\"amount\":" + valueUsd + ",\"currency\":\"USD\"},\"partnerCountry\":\"CN\",\"transportMode\":\"ROAD\"}";
    }

    String csv() {
      return gate + "," + declaration + "," + lineNumber + "," + declaredOn + "," + flow
          + ",OFFICIAL,09022090,Chè xanh Shan tuyết đóng bao 30kg,12000,KGM,12000," + valueUsd + ",USD,CN,ROAD";
    }
  }

  private final String prefix;
  private final int year;
  private final String valueUsd;
  private final boolean oneGate;

  /**
   * @param prefix scenario + run id, letters and digits only (declaration numbers allow 30)
   * @param year the year the lines are declared in (each scenario has its own, see README)
   * @param valueUsd the value of every line
   * @param oneGate all lines at THANH_THUY, EXPORT (one Kafka partition, so events keep post order)
   */
  Lines(String prefix, int year, String valueUsd, boolean oneGate) {
    this.prefix = prefix;
    this.year = year;
    this.valueUsd = valueUsd;
    this.oneGate = oneGate;
  }

  /** The line numbered {@code seq} (0, 1, 2, ...): deterministic, so a retry sends the same line. */
  Line line(long seq) {
    int h = (int) (seq * 2654435761L >>> 8);
    String gate = oneGate ? GATES.get(0) : GATES.get(Math.floorMod(h, GATES.size()));
    String flow = oneGate ? FLOWS.get(0) : FLOWS.get(Math.floorMod(h >> 4, FLOWS.size()));
    int month = 1 + Math.floorMod(h >> 8, 12);
    int day = 1 + Math.floorMod(h >> 12, 28);
    return new Line(gate, prefix + String.format("%06d", seq / 1000), (int) (seq % 1000) + 1, LocalDate.of(year, month, day), flow, valueUsd);
  }

  String prefix() {
    return prefix;
  }

  /** A CSV sheet of lines [from, from + n). */
  String sheet(long from, int n) {
    StringBuilder sb = new StringBuilder(n * 140).append(CSV_HEADER).append('\n');
    for (long i = from; i < from + n; i++) sb.append(line(i).csv()).append('\n');
    return sb.toString();
  }
}
