package vn.tradehub.gateway.sdmx;

/** A dataflow of the agency and the data structure its data follow. */
public record Dataflow(String id, Text name, Text description, Dsd dsd) {
  public String urn() {
    return Sdmx.urn("datastructure.Dataflow", id);
  }
}
