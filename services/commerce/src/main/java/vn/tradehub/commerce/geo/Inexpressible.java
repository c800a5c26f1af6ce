package vn.tradehub.commerce.geo;

/**
 * A territory that the units holding figures in a month cannot express exactly (a part of a
 * district while figures are by district, a former district split between new communes). The
 * message says why, for a 422 or for the note beside a figure left null.
 */
public class Inexpressible extends RuntimeException {
  public Inexpressible(String message) {
    super(message);
  }
}
