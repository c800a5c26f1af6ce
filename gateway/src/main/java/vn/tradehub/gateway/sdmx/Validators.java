package vn.tradehub.gateway.sdmx;

import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP validators of SDMX answers: a weak ETag (the answer means the same while it holds; the
 * message id, the time it was prepared and the transfer encoding may differ) and Last-Modified, and
 * the 304 they allow (If-None-Match first, else If-Modified-Since, as RFC 9110 orders them).
 */
final class Validators {
  private Validators() {}

  static String etag(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "W/\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String httpDate(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }

  /** ETag, Last-Modified and Vary: the headers of every answer, 304 and 204 included. */
  static Map<String, String> headers(String etag, Instant lastModified) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("ETag", etag);
    h.put("Last-Modified", httpDate(lastModified));
    h.put("Vary", "Accept, Accept-Language, Accept-Encoding");
    h.put("Cache-Control", "no-cache");
    return h;
  }

  static boolean notModified(HttpHeaders headers, String etag, Instant lastModified) {
    String match = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (match != null) {
      for (String tag : match.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || opaque(t).equals(opaque(etag))) return true;
      }
      return false;
    }
    Instant since = instant(headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    return since != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /**
   * An HTTP-date, or an ISO 8601 date-time: the standard's OpenAPI document declares
   * If-Modified-Since as date-time, HTTP as IMF-fixdate; both are read.
   */
  static Instant instant(String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      try {
        return OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeException e2) {
        return null; // an unreadable validator is ignored (RFC 9110 13.1.3)
      }
    }
  }
}
