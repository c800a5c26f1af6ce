package vn.tradehub.commerce.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * Query parameters parsed here, so a bad value is a 400 naming the field (JAX-RS would say 404).
 */
public final class Params {
  private Params() {}

  public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) return null;
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.toString(type.getEnumConstants());
      throw Problems.malformed(
          field + " must be one of " + allowed,
          List.of(FieldError.of(field, "expected one of " + allowed, value)));
    }
  }

  public static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) return null;
    if (value.equalsIgnoreCase("true")) return true;
    if (value.equalsIgnoreCase("false")) return false;
    throw Problems.malformed(
        field + " must be true or false",
        List.of(FieldError.of(field, "expected true or false", value)));
  }
}
