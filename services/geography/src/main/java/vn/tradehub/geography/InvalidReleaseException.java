package vn.tradehub.geography;

/** A release's files are missing, malformed or inconsistent with the releases before it. */
public class InvalidReleaseException extends RuntimeException {
  public InvalidReleaseException(String message) {
    super(message);
  }

  public InvalidReleaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
