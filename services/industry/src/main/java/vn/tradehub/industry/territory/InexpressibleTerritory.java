package vn.tradehub.industry.territory;

import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * A territory that the units its figures are kept in cannot express exactly on a date: a 422 that
 * says why. Comparisons catch it to answer without the year before rather than with an approximate
 * sum.
 */
public class InexpressibleTerritory extends ProblemException {
  public InexpressibleTerritory(String detail) {
    super(
        Problems.of(
            422, "/problems/territory-not-expressible", "Territory not expressible", detail));
  }

  public String detail() {
    return problem().detail();
  }
}
