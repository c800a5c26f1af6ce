package vn.tradehub.platform.web;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * The preconditions of a write ({@code If-Match}, {@code If-None-Match}) and the one policy every
 * service applies to them (docs/CONVENTIONS.md, "Conditional writes"):
 *
 * <ul>
 *   <li>PUT on a key the client owns creates when nothing exists (201); {@code If-Match} on a
 *       missing resource is 412, because no current version can match it (RFC 9110 13.1.1);
 *   <li>{@code If-None-Match: *} means create only: 412 when the resource exists;
 *   <li>a change of an existing resource needs {@code If-Match}: 428 without it, 412 when stale;
 *   <li>a PUT that would change nothing answers 200 with the current ETag and keeps the version,
 *       with or without {@code If-Match}, so a client retrying its own create after a time-out gets
 *       its answer instead of 428; a stale {@code If-Match} is still 412;
 *   <li>a DELETE needs {@code If-Match} like any other change.
 * </ul>
 *
 * Declared as a {@code @BeanParam} on write operations, which documents both headers once.
 */
public class Conditions {
  @HeaderParam("If-Match")
  @Size(max = Versions.MAX_IF_MATCH_LENGTH)
  @Parameter(
      description =
          "The ETag you read, to change or delete the resource (428 without it, 412 when stale);"
              + " not sent when creating",
      example = "\"3\"")
  String ifMatch;

  @HeaderParam("If-None-Match")
  @Size(max = Versions.MAX_IF_MATCH_LENGTH)
  @Parameter(
      description = "`*` to create only: 412 instead of replacing a resource that exists",
      example = "*")
  String ifNoneMatch;

  public Conditions() {}

  private Conditions(String ifMatch, String ifNoneMatch) {
    this.ifMatch = ifMatch;
    this.ifNoneMatch = ifNoneMatch;
  }

  /** Preconditions as sent; for callers inside the service (demo loaders, tests), usually none. */
  public static Conditions of(String ifMatch, String ifNoneMatch) {
    return new Conditions(ifMatch, ifNoneMatch);
  }

  public static Conditions none() {
    return new Conditions(null, null);
  }

  public String ifMatch() {
    return bounded("If-Match", ifMatch);
  }

  public String ifNoneMatch() {
    return bounded("If-None-Match", ifNoneMatch);
  }

  /** The bound the document declares, enforced here for every operation that takes these. */
  private static String bounded(String header, String value) {
    if (value != null && value.length() > Versions.MAX_IF_MATCH_LENGTH) {
      throw Problems.validation(
          header, "size must be at most " + Versions.MAX_IF_MATCH_LENGTH, value);
    }
    return blankToNull(value);
  }

  /** Nothing exists under the key: creating is allowed unless If-Match names a version. */
  public void checkCreate(String what) {
    if (ifMatch() != null) {
      throw failed(
          what
              + " does not exist, so If-Match "
              + ifMatch()
              + " cannot match; create it without"
              + " If-Match",
          null);
    }
  }

  /**
   * The resource exists at {@code version}. With {@code changes} false (the request equals the
   * current state) only a stale If-Match or If-None-Match: * refuse it.
   */
  public void checkReplace(String what, long version, boolean changes) {
    if ("*".equals(ifNoneMatch()) || matches(ifNoneMatch(), version)) {
      throw failed(what + " already exists (If-None-Match: " + ifNoneMatch() + ")", version);
    }
    if (ifMatch() == null) {
      if (changes) throw required(version);
      return;
    }
    if (!matches(ifMatch(), version)) {
      throw failed(
          "If-Match " + ifMatch() + " does not match the current version " + etag(version),
          version);
    }
  }

  /** A deletion (or retirement) of a resource that exists at {@code version}. */
  public void checkDelete(long version) {
    checkReplace("", version, true);
  }

  /** True when the tag list names this version or is {@code *}; weak tags compare by value. */
  static boolean matches(String tags, long version) {
    if (tags == null) return false;
    for (String candidate : tags.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) tag = tag.substring(2);
      if (tag.equals("*") || tag.equals(etag(version))) return true;
    }
    return false;
  }

  private static String etag(long version) {
    return Versions.etagHeader(version);
  }

  private static ProblemException required(long version) {
    return new ProblemException(
        new Problem(
            "/problems/precondition-required",
            "Precondition required",
            428,
            "Send If-Match with the ETag you read (currently " + etag(version) + ")",
            null,
            null,
            null),
        Map.of("ETag", etag(version)));
  }

  private static ProblemException failed(String detail, Long version) {
    return new ProblemException(
        new Problem(
            "/problems/precondition-failed", "Precondition failed", 412, detail, null, null, null),
        version == null ? Map.of() : Map.of("ETag", etag(version)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
