package vn.tradehub.platform.figures;

import java.util.Collection;

/**
 * How final a figure is. The Department publishes estimates (ước tính) first and revises them, so
 * an aggregate is only as final as the weakest figure it was built from.
 */
public enum FigureStatus {
  ESTIMATED,
  PRELIMINARY,
  FINAL;

  public static FigureStatus weakest(Collection<FigureStatus> statuses) {
    return statuses.stream().min(Enum::compareTo).orElse(null);
  }

  public FigureStatus weakerOf(FigureStatus other) {
    return other == null || compareTo(other) <= 0 ? this : other;
  }
}
