package vn.tradehub.geography;

/** A territory cannot be expressed exactly by the units of the asked date. */
public class NotExpressibleException extends GeographyException {
  private final Composition composition;

  public NotExpressibleException(Composition composition) {
    super(composition.explain());
    this.composition = composition;
  }

  /** The attempt, with its reasons and the units that cover the territory. */
  public Composition composition() {
    return composition;
  }
}
