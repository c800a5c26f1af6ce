package vn.tradehub.gateway.sdmx;

/** OpenAPI texts of the SDMX operations, shared by the path variants of each query. */
final class SdmxDocs {
  static final String TAG = "SDMX";
  static final String TAG_DESCRIPTION =
      "The Department's figures through the SDMX REST API 2.2.2 (the standard's sdmx-rest.yaml,"
          + " SDMX 3.1): six dataflows of agency VN-TQ-DOIT, version 1.0.0 (DF_IIP, DF_IND_OUTPUT,"
          + " DF_RETAIL, DF_BORDER_TRADE, DF_ELECTRIFICATION, DF_PLAN), their data structures, code"
          + " lists and concepts. Answers are SDMX-JSON 2.1.0 (data and structure messages) or"
          + " SDMX-CSV 2.1.0, by `Accept`, in Vietnamese or English by `Accept-Language`. Every"
          + " observation is kept as vintages (each revision or deletion closes one and opens the"
          + " next, at the instant the read model applied the event), so `asOf`, `includeHistory`"
          + " and `updatedAfter` (deletions included) answer from what was published.";

  static final String DATA =
      "Observations of the dataflows the path selects (`context`, `agencyID`, `resourceID`,"
          + " `version`: `*` or comma-separated lists, versions as in querying_versions.md: `1.0.0`,"
          + " `+`, `~`, `1.+.0`...) and the `key` (`.`-separated dimension values in key order; `*` or"
          + " an empty position for any value, `+` between values of one position, `,` between"
          + " keys; positions left off at the end are wildcards). `c[COMPONENT]` filters any"
          + " dimension, TIME_PERIOD (as ranges: `ge:2020-01+le:2020-12`, `2020`), OBS_VALUE or"
          + " attribute, with the operators eq ne lt le gt ge co nc sw ew.\n\n"
          + "Time: `updatedAfter` returns what was added or revised since (a Replace data set) and"
          + " what was deleted since (a Delete data set); `asOf` the data as published at that"
          + " instant; `includeHistory=true` every vintage, one Replace data set per dissemination"
          + " (its `validFrom`) and one Delete data set for what it deleted (`validTo`). The answer"
          + " is complete up to `meta.prepared` (and `Last-Modified`): use either as the next"
          + " `updatedAfter`.\n\n"
          + "Packaging: `dimensionAtObservation` (TIME_PERIOD, AllDimensions or a dimension),"
          + " `firstNObservations`/`lastNObservations` per series, `attributes` (dsd, series, obs,"
          + " none, ids), `measures` (all, none), `offset`/`limit` (observations). `sort` is not"
          + " supported (501): series come in key order, observations in time order."
          + " `reportingYearStartDay` has no effect (every period is Gregorian).\n\n"
          + "Formats (`Accept`): `application/vnd.sdmx.data+json;version=2.1.0` (default) or"
          + " `application/vnd.sdmx.data+csv;version=2.1.0` with `labels=id|name|both`,"
          + " `timeFormat=original|normalized`, `keys=none|obs|series|both`; 406 for anything else."
          + " The answer is streamed from a database cursor, gzip-compressed on `Accept-Encoding:"
          + " gzip`. `ETag`/`Last-Modified` on every answer; 304 to a matching `If-None-Match` or"
          + " `If-Modified-Since`; 204 when nothing matches.";

  static final String AVAILABILITY =
      "Which data a data query would return (`mode=exact`, default) or which values could still"
          + " be added to it (`mode=available`): an AvailabilityConstraint per dataflow with data,"
          + " whose cube region lists the dimensions' values and TIME_PERIOD's range, with"
          + " `seriesCount` and `obsCount`. `componentID` restricts it to some dimensions;"
          + " `references` adds the dataflow, data structure, concept scheme and code lists (cut to"
          + " the values used, `isPartial`). SDMX-JSON 2.1.0 structure message.";

  static final String STRUCTURE =
      "Dataflows, data structures, code lists (REF_AREA's units with their validity as"
          + " VALID_FROM/VALID_TO annotations) and the concept scheme of agency VN-TQ-DOIT, as an"
          + " SDMX-JSON 2.1.0 structure message. `references`: none, parents, parentsandsiblings,"
          + " ancestors, children, descendants, all, or a type (codelist, conceptscheme,"
          + " datastructure, dataflow). `detail`: full, allstubs, referencestubs, allcompletestubs,"
          + " referencecompletestubs, referencepartial (the concept scheme cut to the concepts used),"
          + " raw (as full: no code list is extended). Other structure types are valid and hold"
          + " nothing here: 404.";

  static final String NOT_IMPLEMENTED =
      "Part of the SDMX REST API that this service does not implement; answered 501 as the standard"
          + " asks, so that generic clients can tell.";

  static final String JSON_EXAMPLE =
      "{\"$schema\":\"https://json.sdmx.org/2.1/sdmx-json-data-schema.json\",\"meta\":{\"id\":\"IREF-1\","
          + "\"prepared\":\"2026-01-05T02:00:00Z\",\"sender\":{\"id\":\"VN-TQ-DOIT\"}},\"data\":{\"dataSets\":"
          + "[{\"structure\":0,\"action\":\"Replace\",\"series\":{\"0:0:0:0:0\":{\"observations\":{\"0\":[90.84,0]}}}}],"
          + "\"structures\":[]}}";

  static final String CSV_EXAMPLE =
      "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,ACTIVITY,COMP_BASE,PERIOD_COVERAGE,TIME_PERIOD,OBS_VALUE,"
          + "UNIT_MEASURE,UNIT_MULT,OBS_STATUS\r\ndataflow,VN-TQ-DOIT:DF_IIP(1.0.0),R,M,02@2025-06-30,_T,PY,YTD,"
          + "2020-12,90.84,IX,0,E\r\n";

  static final String STRUCTURE_EXAMPLE =
      "{\"$schema\":\"https://json.sdmx.org/2.1/sdmx-json-structure-schema.json\",\"meta\":{\"id\":\"IREF-1\","
          + "\"prepared\":\"2026-01-05T02:00:00Z\",\"sender\":{\"id\":\"VN-TQ-DOIT\"}},\"data\":{\"dataflows\":"
          + "[{\"id\":\"DF_IIP\",\"agencyID\":\"VN-TQ-DOIT\",\"version\":\"1.0.0\",\"name\":\"Index of industrial"
          + " production (IIP)\",\"structure\":\"urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure="
          + "VN-TQ-DOIT:DSD_IIP(1.0.0)\"}]}}";

  static final String ID_LIST = "^[A-Za-z0-9_@$*,.\\-]+$";
  static final String VERSIONS = "^[0-9+~*,.\\-A-Za-z]+$";
  static final String KEY = "^[A-Za-z0-9_@$*+,.\\-]*$";

  private SdmxDocs() {}
}
