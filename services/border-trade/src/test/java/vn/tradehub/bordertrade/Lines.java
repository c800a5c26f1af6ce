package vn.tradehub.bordertrade;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Builds shipment lines for tests; each call gets a fresh declaration number unless told. */
public final class Lines {
  private Lines() {}

  public static String newDeclaration() {
    return "T" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
  }

  public static Map<String, Object> line(String gate, String declaration, int line, String date) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gateCode", gate);
    m.put("declarationNumber", declaration);
    m.put("lineNumber", line);
    m.put("declaredOn", date);
    m.put("flow", "EXPORT");
    m.put("tradeForm", "OFFICIAL");
    m.put("hsCode", "09022090");
    m.put("description", "Chè xanh Shan tuyết đóng bao 30kg – loại đặc biệt");
    m.put("quantity", 12000);
    m.put("unit", "KGM");
    m.put("netWeightKg", 12000);
    m.put("value", new LinkedHashMap<>(Map.of("amount", 54000.00, "currency", "USD")));
    m.put("partnerCountry", "CN");
    m.put("transportMode", "ROAD");
    return m;
  }

  public static Map<String, Object> line() {
    return line("THANH_THUY", newDeclaration(), 1, "2020-03-05");
  }

  public static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.put(field, value);
    return m;
  }
}
