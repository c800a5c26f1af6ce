package vn.tradehub.geography;

/**
 * A request the lists cannot answer as asked: an unknown code, a unit refused on a date, a
 * territory that cannot be expressed exactly. The message says why in a sentence fit for a client
 * (services turn it into a 422 problem).
 */
public class GeographyException extends RuntimeException {
  public GeographyException(String message) {
    super(message);
  }
}
