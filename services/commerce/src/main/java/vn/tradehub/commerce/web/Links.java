package vn.tradehub.commerce.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.tradehub.platform.web.Page;

/** Builds the {@code next} link of a keyset page from the request's own URI. */
public final class Links {
  private Links() {}

  public static String next(UriInfo uri, String cursor) {
    return cursor == null
        ? null
        : uri.getRequestUriBuilder().replaceQueryParam("after", cursor).build().toString();
  }

  public static <T> Response page(UriInfo uri, java.util.List<T> items, String cursor) {
    String next = next(uri, cursor);
    Response.ResponseBuilder b = Response.ok(new Page<>(items, cursor, next));
    if (next != null) b.header("Link", "<" + next + ">; rel=\"next\"");
    return b.build();
  }
}
