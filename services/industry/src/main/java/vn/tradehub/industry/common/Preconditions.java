package vn.tradehub.industry.common;

import java.util.Map;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;

/**
 * Create-or-replace on a natural key: creating needs no precondition, replacing needs the current
 * ETag in {@code If-Match} (428 without it, 412 when stale), as {@link Versions} checks.
 */
public final class Preconditions {
  private Preconditions() {}

  /** Checks {@code If-Match} for a PUT; {@code currentVersion} is null when nothing exists yet. */
  public static void check(String ifMatch, Long currentVersion) {
    if (currentVersion != null) {
      Versions.requireMatch(ifMatch, currentVersion);
    } else if (ifMatch != null && !ifMatch.isBlank()) {
      // RFC 9110: If-Match (even "*") fails when there is no current representation.
      throw new ProblemException(
          new Problem(
              "/problems/precondition-failed",
              "Precondition failed",
              412,
              "If-Match was sent but the resource does not exist yet; create it without If-Match",
              null,
              null,
              null),
          Map.of());
    }
  }
}
