package vn.tradehub.platform.aggregate;

/** An API record of a versioned aggregate: its version is the ETag. */
public interface Versioned {
  long version();
}
