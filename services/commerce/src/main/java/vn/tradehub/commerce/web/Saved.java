package vn.tradehub.commerce.web;

/**
 * The outcome of a PUT on a natural key: whether it created the resource, changed it, or found it
 * already exactly as requested (a retried request, answered without a new version).
 */
public record Saved<T>(T value, Outcome outcome) {
  public enum Outcome {
    CREATED,
    REPLACED,
    UNCHANGED
  }

  public int status() {
    return outcome == Outcome.CREATED ? 201 : 200;
  }
}
