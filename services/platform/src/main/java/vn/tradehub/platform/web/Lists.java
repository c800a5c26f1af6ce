package vn.tradehub.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Every list of every service answers one way: a keyset {@link Page} in JSON, with {@code next} and
 * a {@code Link: <...>; rel="next"} header while there is more; or, with {@code Accept: text/csv},
 * the whole selection as CSV, streamed page by page (never built in memory) with a column for every
 * field of the row record (nested records flattened as {@code value.amount}).
 *
 * <p>A list operation declares {@code @Produces({"application/json", "text/csv"})}, takes
 * {@code @BeanParam PageParams page}, and returns {@code lists.respond(page, Row.class, keyset)}.
 */
@ApplicationScoped
public class Lists {
  /** Rows read per query while streaming CSV. */
  static final int CSV_BATCH = Cursors.MAX_LIMIT;

  private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

  private final ObjectMapper mapper;

  public Lists(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public <T> RestResponse<Page<T>> respond(PageParams params, Class<T> type, Keyset<T> keyset) {
    return respond(params, keyset, type, List::of);
  }

  /**
   * A list whose CSV has a row per part of an item (a report's lines): {@code csvRows} expands an
   * item into rows of {@code csvType}, each a self-contained record (it repeats the item's key).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T, C> RestResponse<Page<T>> respond(
      PageParams params, Keyset<T> keyset, Class<C> csvType, Function<T, List<C>> csvRows) {
    String[] after = params.after() == null ? null : Cursors.decode(params.after(), keyset.arity());
    ResteasyReactiveRequestContext ctx = CurrentRequestManager.get();
    if (wantsCsv(ctx)) {
      return (RestResponse)
          RestResponse.ResponseBuilder.ok(csv(csvType, keyset, csvRows, after), Csv.MEDIA_TYPE)
              .header("Content-Disposition", "attachment; filename=\"" + fileName(ctx) + ".csv\"")
              .build();
    }
    int limit = params.limit();
    List<T> rows;
    try {
      rows = keyset.rows().apply(after, limit + 1);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      if (after == null) throw e;
      throw Cursors.invalid(params.after()); // a cursor we did not issue, decoded to a bad key
    }
    boolean more = rows.size() > limit;
    List<T> items = more ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows);
    String cursor = more ? Cursors.encode(keyset.key().apply(items.get(limit - 1))) : null;
    String next = cursor == null ? null : nextLink(ctx, cursor);
    RestResponse.ResponseBuilder<Page<T>> b =
        RestResponse.ResponseBuilder.ok(new Page<>(items, cursor, next));
    if (next != null) b.header("Link", "<" + next + ">; rel=\"next\"");
    return b.build();
  }

  private <T, C> StreamingOutput csv(
      Class<C> type, Keyset<T> keyset, Function<T, List<C>> csvRows, String[] from) {
    CsvRecords<C> columns = CsvRecords.of(mapper, type);
    return Csv.stream(
        columns.header(),
        sink -> {
          String[] after = from;
          while (true) {
            List<T> rows = keyset.rows().apply(after, CSV_BATCH);
            for (T row : rows) for (C part : csvRows.apply(row)) sink.row(columns.values(part));
            if (rows.size() < CSV_BATCH) return;
            after = keyset.key().apply(rows.get(rows.size() - 1));
          }
        });
  }

  /**
   * CSV when the first type the client accepts (by preference) that a list produces is CSV; JSON
   * otherwise, as JAX-RS negotiated it.
   */
  static boolean wantsCsv(ResteasyReactiveRequestContext ctx) {
    if (ctx == null) return false;
    for (MediaType accepted : ctx.getHttpHeaders().getAcceptableMediaTypes()) {
      if (accepted.isWildcardType()) return false;
      if (accepted.isCompatible(CSV)) return true;
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) return false;
    }
    return false;
  }

  /** The request's own path and query with {@code after} replaced: a relative reference. */
  static String nextLink(ResteasyReactiveRequestContext ctx, String cursor) {
    if (ctx == null) return null;
    StringBuilder query = new StringBuilder();
    String raw = query(ctx);
    if (raw != null) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty() || pair.startsWith("after=") || pair.equals("after")) continue;
        query.append(query.length() == 0 ? "" : "&").append(pair);
      }
    }
    query.append(query.length() == 0 ? "" : "&").append("after=").append(cursor);
    return ctx.getPath() + "?" + query;
  }

  private static String query(ResteasyReactiveRequestContext ctx) {
    String uri = ctx.getAbsoluteURI();
    int q = uri.indexOf('?');
    return q < 0 ? null : uri.substring(q + 1);
  }

  private static String fileName(ResteasyReactiveRequestContext ctx) {
    if (ctx == null) return "list";
    String path = ctx.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() ? "list" : last;
  }
}
