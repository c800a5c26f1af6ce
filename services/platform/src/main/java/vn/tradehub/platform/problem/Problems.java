package vn.tradehub.platform.problem;

import java.util.List;
import java.util.Map;

/** Factories for the problem types every service shares. */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static Problem of(int status, String type, String title, String detail) {
    return new Problem(type, title, status, detail, null, null, null);
  }

  /** 422: the request was understood but some fields break the rules. */
  public static ProblemException validation(List<FieldError> errors) {
    String detail =
        errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
    return new ProblemException(
        new Problem(
            "/problems/validation",
            "Request validation failed",
            422,
            detail,
            null,
            null,
            List.copyOf(errors)));
  }

  public static ProblemException validation(String field, String message, Object rejectedValue) {
    return validation(List.of(FieldError.of(field, message, rejectedValue)));
  }

  /** 400: the body or a parameter could not be read at all. */
  public static ProblemException malformed(String detail, List<FieldError> errors) {
    return new ProblemException(
        new Problem(
            "/problems/malformed-request",
            "Malformed request",
            400,
            detail,
            null,
            null,
            errors.isEmpty() ? null : List.copyOf(errors)));
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        of(404, "/problems/not-found", "Not found", what + " " + id + " does not exist"));
  }

  public static ProblemException conflict(String detail, String location) {
    return new ProblemException(
        of(409, "/problems/conflict", "Conflict", detail),
        location == null ? Map.of() : Map.of("Location", location));
  }

  public static ProblemException unprocessable(String type, String title, String detail) {
    return new ProblemException(of(422, type, title, detail));
  }
}
