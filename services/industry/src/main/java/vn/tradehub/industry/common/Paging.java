package vn.tradehub.industry.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

/** Keyset pages over a natural key: the query reads {@code limit + 1} rows after the cursor. */
public final class Paging {
  private Paging() {}

  /** The key after which the page starts, or null for the first page. */
  public static String after(String cursor) {
    return cursor == null || cursor.isBlank() ? null : Cursors.decode(cursor, 1)[0];
  }

  public static <T> Page<T> page(
      List<T> rowsPlusOne, int limit, Function<T, String> key, UriInfo uri) {
    boolean more = rowsPlusOne.size() > limit;
    List<T> items = more ? List.copyOf(rowsPlusOne.subList(0, limit)) : List.copyOf(rowsPlusOne);
    String cursor = more ? Cursors.encode(key.apply(items.get(limit - 1))) : null;
    String next =
        cursor == null
            ? null
            : uri.getRequestUriBuilder().replaceQueryParam("after", cursor).build().toString();
    return new Page<>(items, cursor, next);
  }

  /** 200 with the page, and a {@code Link: <next>; rel="next"} header when there is more. */
  public static <T> RestResponse<Page<T>> ok(Page<T> page) {
    RestResponse.ResponseBuilder<Page<T>> b = RestResponse.ResponseBuilder.ok(page);
    if (page.next() != null) b.header("Link", "<" + page.next() + ">; rel=\"next\"");
    return b.build();
  }
}
