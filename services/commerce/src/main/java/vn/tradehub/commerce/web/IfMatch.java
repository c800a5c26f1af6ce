package vn.tradehub.commerce.web;

import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;

/** If-Match against a resource that does not exist yet can never match (RFC 9110 §13.1.1). */
public final class IfMatch {
  private IfMatch() {}

  public static void requireAbsentOrStar(String ifMatch, String what) {
    if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
      throw new ProblemException(
          new Problem(
              "/problems/precondition-failed",
              "Precondition failed",
              412,
              what
                  + " does not exist yet, so If-Match "
                  + ifMatch
                  + " cannot match; send the first PUT without If-Match",
              null,
              null,
              null));
    }
  }
}
