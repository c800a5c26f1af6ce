package vn.tradehub.geography;

/** How much of a predecessor went into a successor. */
public enum Share {
  /** The whole predecessor lies in this successor. */
  WHOLE,
  /** The predecessor was split: only part of it lies in this successor. */
  PART
}
