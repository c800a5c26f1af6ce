package vn.tradehub.gateway.sdmx;

import java.io.IOException;
import java.time.Instant;

/**
 * Writes a data message as rows arrive, in the order the store streams them: data set by data set,
 * series by series. Nothing but the code dictionaries is kept.
 */
interface DataWriter {
  /** The actions of data sets (SDMX-JSON words; SDMX-CSV writes their first letter). */
  String REPLACE = "Replace";

  String MERGE = "Merge";
  String DELETE = "Delete";

  void start() throws IOException;

  /** Ends the current data set, if any, and starts the next. */
  void dataSet(Dataflow flow, String action, Instant validFrom, Instant validTo) throws IOException;

  void observation(ObservationStore.Row row) throws IOException;

  void end() throws IOException;
}
