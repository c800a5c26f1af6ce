package vn.tradehub.gateway.sdmx;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SDMX REST API at the gateway, under {@value Sdmx#BASE}: data, availability and structure
 * queries as the standard's sdmx-rest.yaml describes them, with the defaults of its documentation
 * for trailing path parameters left off, and 501 for the parts not implemented. Thin: each
 * operation hands its path, query and headers to a service.
 *
 * <p>The operations are documented in {@code META-INF/openapi.yaml} (the SDMX section of the
 * gateway's document), where the variants of one query share their parameters and answers by
 * reference; the scanner is told to leave them to it ({@code hidden}).
 */
@Path(Sdmx.BASE)
@Authenticated
public class SdmxResource {
  private static final String ALL = "*";
  private static final String LATEST = "~";

  private final DataService data;
  private final AvailabilityService availability;
  private final StructureService structures;

  public SdmxResource(
      DataService data, AvailabilityService availability, StructureService structures) {
    this.data = data;
    this.availability = availability;
    this.structures = structures;
  }

  /**
   * What a query's path and request say. A segment that a shorter path form leaves off is null:
   * each query reads it as the standard's default, so every form of a query is served by one
   * method.
   */
  public static class Query {
    @PathParam("context")
    String context;

    @PathParam("structureType")
    String structureType;

    @PathParam("itemSchemeType")
    String itemSchemeType;

    @PathParam("agencyID")
    String agency;

    @PathParam("resourceID")
    String resource;

    @PathParam("version")
    String version;

    @PathParam("key")
    String key;

    @PathParam("componentID")
    String component;

    @PathParam("itemID")
    String item;

    @Context UriInfo uri;

    @Context HttpHeaders headers;
  }

  private static String or(String segment, String absent) {
    return segment == null ? absent : segment;
  }

  // ---- data ---------------------------------------------------------------------------------

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}/{version}/{key}")
  @Operation(hidden = true)
  public Response data(@BeanParam Query q) {
    return data.data(
            q.context,
            q.agency,
            q.resource,
            or(q.version, ALL),
            or(q.key, ALL),
            q.uri.getQueryParameters(),
            q.headers)
        .toResponse();
  }

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response dataAllKeys(@BeanParam Query q) {
    return data(q);
  }

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response dataAllVersions(@BeanParam Query q) {
    return data(q);
  }

  // ---- availability -------------------------------------------------------------------------

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}/{version}/{key}/{componentID}")
  @Operation(hidden = true)
  public Response availability(@BeanParam Query q) {
    return availability
        .availability(
            q.context,
            q.agency,
            q.resource,
            or(q.version, ALL),
            or(q.key, ALL),
            or(q.component, ALL),
            q.uri.getQueryParameters(),
            q.headers)
        .toResponse();
  }

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}/{version}/{key}")
  @Operation(hidden = true)
  public Response availabilityAllComponents(@BeanParam Query q) {
    return availability(q);
  }

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response availabilityAllKeys(@BeanParam Query q) {
    return availability(q);
  }

  // ---- structures ---------------------------------------------------------------------------

  /** Structure and item queries; the item scheme query names its type itemSchemeType. */
  @GET
  @Path("structure/{structureType}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response structure(@BeanParam Query q) {
    return structures
        .structure(
            q.structureType == null ? q.itemSchemeType : q.structureType,
            or(q.agency, ALL),
            or(q.resource, ALL),
            or(q.version, LATEST),
            q.item,
            q.uri.getQueryParameters(),
            q.headers)
        .toResponse();
  }

  @GET
  @Path("structure/{structureType}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response structureLatest(@BeanParam Query q) {
    return structure(q);
  }

  @GET
  @Path("structure/{structureType}/{agencyID}")
  @Operation(hidden = true)
  public Response structureOfAgency(@BeanParam Query q) {
    return structure(q);
  }

  @GET
  @Path("structure/{structureType}")
  @Operation(hidden = true)
  public Response structureOfType(@BeanParam Query q) {
    return structure(q);
  }

  @GET
  @Path("structure/{itemSchemeType}/{agencyID}/{resourceID}/{version}/{itemID}")
  @Operation(hidden = true)
  public Response items(@BeanParam Query q) {
    return structure(q);
  }

  // ---- not implemented ----------------------------------------------------------------------

  @GET
  @Path("schema/{context}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response schema() {
    throw Negotiation.notImplemented(
        "Schema queries are not implemented; the data structures are at /structure/datastructure");
  }

  @GET
  @Path("metadata/structure/{structureType}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response metadata() {
    throw Negotiation.notImplemented("No reference metadata is published");
  }

  @GET
  @Path("registration/{context}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response registration() {
    throw Negotiation.notImplemented("No data registrations are kept");
  }
}
