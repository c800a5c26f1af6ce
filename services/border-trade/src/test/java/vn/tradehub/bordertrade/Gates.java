package vn.tradehub.bordertrade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gate locations for tests, with codes from the geography lists (shared/data/admin). */
public final class Gates {
  private Gates() {}

  public static Map<String, Object> period(String unitCode, String validFrom, String validTo) {
    Map<String, Object> p = new HashMap<>(); // nulls allowed
    p.put("unitCode", unitCode);
    p.put("validFrom", validFrom);
    p.put("validTo", validTo);
    return p;
  }

  /**
   * Xã Đường Thượng (Yên Minh): 00862 until the reform, then 00865 (Xã Đường Thượng, formed from
   * 00862 and Xã Lũng Hồ, the commune that had code 00865 before).
   */
  public static List<Map<String, Object>> duongThuong() {
    return new ArrayList<>(
        List.of(period("00862", null, "2025-06-30"), period("00865", "2025-07-01", null)));
  }

  /** A gate as PUT, in Xã Đường Thượng. */
  public static Map<String, Object> gate(String nameEn, String validFrom) {
    Map<String, Object> g = new HashMap<>();
    g.put("nameVi", "Lối mở Thử Nghiệm");
    g.put("nameEn", nameEn);
    g.put("kind", "OPENING");
    g.put("locations", duongThuong());
    g.put("validFrom", validFrom);
    return g;
  }
}
