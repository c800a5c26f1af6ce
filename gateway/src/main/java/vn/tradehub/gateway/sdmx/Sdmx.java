package vn.tradehub.gateway.sdmx;

/** The agency, the version of its artefacts, URNs and the media types of the API. */
public final class Sdmx {
  /** The maintenance agency: the Department of Industry and Trade of Tuyên Quang. */
  public static final String AGENCY = "VN-TQ-DOIT";

  public static final Text AGENCY_NAME =
      Text.of("Sở Công Thương tỉnh Tuyên Quang", "Department of Industry and Trade of Tuyen Quang");

  /** Every artefact of the agency is at this (stable) version. */
  public static final String VERSION = "1.0.0";

  /** The REST API's entry point, below the gateway's public paths. */
  public static final String BASE = "/api/v1/sdmx";

  public static final String CONCEPT_SCHEME = "CS_TRADEHUB";

  public static final String DATA_SCHEMA = "https://json.sdmx.org/2.1/sdmx-json-data-schema.json";
  public static final String STRUCTURE_SCHEMA =
      "https://json.sdmx.org/2.1/sdmx-json-structure-schema.json";

  public static final String DATA_JSON = "application/vnd.sdmx.data+json;version=2.1.0";
  public static final String DATA_CSV = "application/vnd.sdmx.data+csv;version=2.1.0";
  public static final String STRUCTURE_JSON = "application/vnd.sdmx.structure+json;version=2.1.0";

  private Sdmx() {}

  /** {@code urn:sdmx:org.sdmx.infomodel.<package.Class>=VN-TQ-DOIT:<id>(1.0.0)}. */
  public static String urn(String packageAndClass, String id) {
    return "urn:sdmx:org.sdmx.infomodel."
        + packageAndClass
        + "="
        + AGENCY
        + ":"
        + id
        + "("
        + VERSION
        + ")";
  }

  /** The structure query that answers with the artefact. */
  public static String href(String structureType, String id) {
    return BASE + "/structure/" + structureType + "/" + AGENCY + "/" + id + "/" + VERSION;
  }
}
