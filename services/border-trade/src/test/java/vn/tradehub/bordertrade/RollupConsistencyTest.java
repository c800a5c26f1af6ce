package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.Db;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * After a random sequence of creates, amendments and cancellations the maintained rollup equals a
 * fresh GROUP BY over the shipments, row for row (compared with EXCEPT both ways in SQL).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class RollupConsistencyTest {
  private static final String RECOMPUTED =
      "select date_trunc('month', declared_on)::date as month, gate_code, unit_code, flow, trade_form, substr(hs_code, 1, 2) as hs_chapter,"
          + " partner_country, unit, sum(value_usd) as value_usd, sum(quantity) as quantity, count(*) as lines"
          + " from shipment where status <> 'CANCELLED' group by 1, 2, 3, 4, 5, 6, 7, 8";
  private static final String ROLLUP =
      "select month, gate_code, unit_code, flow, trade_form, hs_chapter, partner_country, unit, value_usd, quantity, lines from turnover_rollup";

  @Inject AgroalDataSource ds;

  record Live(String location, Map<String, Object> body, int version) {}

  @Test
  void rollupEqualsRecomputationAfterRandomChanges() {
    Random random = new Random(20201231L);
    String[] gates = {"THANH_THUY", "XIN_MAN", "SAM_PUN", "PHO_BANG"};
    String[] flows = {"EXPORT", "IMPORT", "BORDER_GATE_TRANSFER"};
    String[] hs = {"09022090", "26020000", "08081000", "31052000"};
    String[] units = {"KGM", "TNE"};
    String[] currencies = {"USD", "CNY", "VND"};
    List<Live> live = new ArrayList<>();
    for (int op = 0; op < 80; op++) {
      int kind = live.isEmpty() ? 0 : random.nextInt(10);
      if (kind < 6) {
        Map<String, Object> line =
            Lines.line(
                gates[random.nextInt(4)],
                Lines.newDeclaration(),
                1 + random.nextInt(3),
                "2019-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        line.put("flow", flows[random.nextInt(3)]);
        line.put("hsCode", hs[random.nextInt(4)]);
        line.put("unit", units[random.nextInt(2)]);
        line.put("quantity", 1 + random.nextInt(5000));
        String currency = currencies[random.nextInt(3)];
        line.put(
            "value",
            Map.of(
                "amount",
                currency.equals("VND")
                    ? 1_000_000L * (1 + random.nextInt(900))
                    : 100 + random.nextInt(90000),
                "currency",
                currency));
        Response r = Shipments.post(line);
        assertThat(r.statusCode()).isEqualTo(201);
        live.add(new Live(r.header("Location"), line, 0));
      } else if (kind < 8) {
        int i = random.nextInt(live.size());
        Live l = live.get(i);
        Map<String, Object> changed =
            Lines.with(
                Lines.with(l.body(), "quantity", 1 + random.nextInt(9000)),
                "flow",
                flows[random.nextInt(3)]);
        changed.put("declaredOn", "2019-1" + random.nextInt(3) + "-0" + (1 + random.nextInt(9)));
        Shipments.amend(l.location(), l.version(), changed).statusCode(200);
        live.set(i, new Live(l.location(), changed, l.version() + 1));
      } else {
        Live l = live.remove(random.nextInt(live.size()));
        given()
            .header("If-Match", "\"" + l.version() + "\"")
            .delete(l.location())
            .then()
            .statusCode(200);
      }
    }
    assertThat(
            Db.count(ds, "select count(*) from ((" + ROLLUP + ") except (" + RECOMPUTED + ")) d"))
        .isZero();
    assertThat(
            Db.count(ds, "select count(*) from ((" + RECOMPUTED + ") except (" + ROLLUP + ")) d"))
        .isZero();
    assertThat(Db.count(ds, "select count(*) from turnover_rollup")).isPositive();
  }
}
