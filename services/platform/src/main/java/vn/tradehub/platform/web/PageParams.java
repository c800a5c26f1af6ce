package vn.tradehub.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.problem.Problems;

/**
 * The two parameters of every keyset-paginated list, declared once: {@code @BeanParam PageParams
 * page}.
 */
public class PageParams {
  @QueryParam("limit")
  @Min(1)
  @Max(Cursors.MAX_LIMIT)
  @Parameter(description = "Page size, 1 to 1000 (default 100)", example = "100")
  Integer limit;

  @QueryParam("after")
  @Size(max = Cursors.MAX_CURSOR_LENGTH)
  @Parameter(description = "The `nextCursor` of the previous page; absent for the first page")
  String after;

  public PageParams() {}

  private PageParams(Integer limit, String after) {
    this.limit = limit;
    this.after = after;
  }

  public static PageParams of(Integer limit, String after) {
    return new PageParams(limit, after);
  }

  public int limit() {
    return Cursors.limit(limit);
  }

  /**
   * The cursor as sent, or null for the first page. Checked here rather than by {@code @Valid} on
   * every list's parameter: the bound the document declares is enforced wherever this is used.
   */
  public String after() {
    if (after != null && after.length() > Cursors.MAX_CURSOR_LENGTH) {
      throw Problems.validation(
          "after", "size must be at most " + Cursors.MAX_CURSOR_LENGTH, after);
    }
    return after == null || after.isBlank() ? null : after;
  }
}
