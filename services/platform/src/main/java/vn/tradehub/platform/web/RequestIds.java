package vn.tradehub.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the caller's {@code X-Request-Id} when sane, else a new UUID.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static String accept(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  public static String current(HttpHeaders headers) {
    return headers == null ? null : headers.getHeaderString(HEADER);
  }
}
