package vn.tradehub.commerce;

/** Builds retail report bodies for tests. */
final class Json {
  private Json() {}

  static String line(String category, String ownership, Object value) {
    return "{\"category\":\""
        + category
        + "\",\"ownership\":\""
        + ownership
        + "\",\"valueVnd\":"
        + value
        + "}";
  }

  static String report(String status, String... lines) {
    return "{\"status\":\"" + status + "\",\"lines\":[" + String.join(",", lines) + "]}";
  }
}
