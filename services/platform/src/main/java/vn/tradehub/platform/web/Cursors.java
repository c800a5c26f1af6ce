package vn.tradehub.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. Clients pass
 * them back as {@code after}; they are not meant to be built by hand.
 */
public final class Cursors {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  /** The longest cursor this API issues; `after` is bounded by it. */
  public static final int MAX_CURSOR_LENGTH = 128;

  /** The first part of every cursor: a string that is not one is refused, not misread as a key. */
  private static final String MARK = "k1";

  private Cursors() {}

  public static String encode(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((MARK + "\n" + String.join("\n", parts)).getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor into exactly {@code arity} parts, or answers 400. */
  public static String[] decode(String cursor, int arity) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length == arity + 1 && parts[0].equals(MARK))
        return java.util.Arrays.copyOfRange(parts, 1, parts.length);
    } catch (IllegalArgumentException e) {
      // falls through to the problem below
    }
    throw invalid(cursor);
  }

  /** 400: {@code after} is not a cursor this API issued. */
  public static ProblemException invalid(String cursor) {
    return Problems.malformed(
        "after is not a cursor this API issued",
        List.of(FieldError.of("after", "invalid cursor", cursor)));
  }

  /** Validates a page size: 1 to {@link #MAX_LIMIT}, default {@link #DEFAULT_LIMIT}. */
  public static int limit(Integer requested) {
    if (requested == null) return DEFAULT_LIMIT;
    if (requested < 1 || requested > MAX_LIMIT) {
      throw Problems.validation("limit", "must be between 1 and " + MAX_LIMIT, requested);
    }
    return requested;
  }
}
