package vn.tradehub.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import java.util.Map;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity version, and updates must send it back
 * in {@code If-Match}. Missing gives 428, stale gives 412.
 */
public final class Versions {
  /** Bound of an If-Match header: a few ETags, each a quoted version number. */
  public static final int MAX_IF_MATCH_LENGTH = 256;

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static String etagHeader(long version) {
    return "\"" + version + "\"";
  }

  /** Checks an If-Match header against the current version of the resource. */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          new Problem(
              "/problems/precondition-required",
              "Precondition required",
              428,
              "Send If-Match with the ETag you read (currently " + etagHeader(currentVersion) + ")",
              null,
              null,
              null));
    }
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) return;
      if (tag.startsWith("W/")) tag = tag.substring(2);
      if (tag.equals(etagHeader(currentVersion))) return;
    }
    throw new ProblemException(
        new Problem(
            "/problems/precondition-failed",
            "Precondition failed",
            412,
            "If-Match "
                + ifMatch
                + " does not match the current version "
                + etagHeader(currentVersion),
            null,
            null,
            null),
        Map.of("ETag", etagHeader(currentVersion)));
  }
}
