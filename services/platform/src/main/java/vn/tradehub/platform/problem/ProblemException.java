package vn.tradehub.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services to answer with a problem document. Carries optional response headers (for
 * example {@code Location} of the conflicting resource, or {@code Retry-After}).
 */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(
        problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()),
        null,
        false,
        false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public int status() {
    return problem.status();
  }

  public List<FieldError> errors() {
    return problem.errors() == null ? List.of() : problem.errors();
  }
}
