package vn.tradehub.gateway.sdmx;

import io.quarkus.security.Authenticated;
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

  // ---- data ---------------------------------------------------------------------------------

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}/{version}/{key}")
  @Operation(hidden = true)
  public Response data(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @PathParam("key") String key,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return data.data(context, agency, resource, version, key, uri.getQueryParameters(), headers)
        .toResponse();
  }

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response dataAllKeys(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return data(context, agency, resource, version, ALL, uri, headers);
  }

  @GET
  @Path("data/{context}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response dataAllVersions(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return data(context, agency, resource, ALL, ALL, uri, headers);
  }

  // ---- availability -------------------------------------------------------------------------

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}/{version}/{key}/{componentID}")
  @Operation(hidden = true)
  public Response availability(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @PathParam("key") String key,
      @PathParam("componentID") String component,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return availability
        .availability(
            context, agency, resource, version, key, component, uri.getQueryParameters(), headers)
        .toResponse();
  }

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}/{version}/{key}")
  @Operation(hidden = true)
  public Response availabilityAllComponents(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @PathParam("key") String key,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return availability(context, agency, resource, version, key, ALL, uri, headers);
  }

  @GET
  @Path("availability/{context}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response availabilityAllKeys(
      @PathParam("context") String context,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return availability(context, agency, resource, ALL, ALL, ALL, uri, headers);
  }

  // ---- structures ---------------------------------------------------------------------------

  @GET
  @Path("structure/{structureType}/{agencyID}/{resourceID}/{version}")
  @Operation(hidden = true)
  public Response structure(
      @PathParam("structureType") String type,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return structures
        .structure(type, agency, resource, version, null, uri.getQueryParameters(), headers)
        .toResponse();
  }

  @GET
  @Path("structure/{structureType}/{agencyID}/{resourceID}")
  @Operation(hidden = true)
  public Response structureLatest(
      @PathParam("structureType") String type,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return structure(type, agency, resource, LATEST, uri, headers);
  }

  @GET
  @Path("structure/{structureType}/{agencyID}")
  @Operation(hidden = true)
  public Response structureOfAgency(
      @PathParam("structureType") String type,
      @PathParam("agencyID") String agency,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return structure(type, agency, ALL, LATEST, uri, headers);
  }

  @GET
  @Path("structure/{structureType}")
  @Operation(hidden = true)
  public Response structureOfType(
      @PathParam("structureType") String type, @Context UriInfo uri, @Context HttpHeaders headers) {
    return structure(type, ALL, ALL, LATEST, uri, headers);
  }

  @GET
  @Path("structure/{itemSchemeType}/{agencyID}/{resourceID}/{version}/{itemID}")
  @Operation(hidden = true)
  public Response items(
      @PathParam("itemSchemeType") String type,
      @PathParam("agencyID") String agency,
      @PathParam("resourceID") String resource,
      @PathParam("version") String version,
      @PathParam("itemID") String item,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return structures
        .structure(type, agency, resource, version, item, uri.getQueryParameters(), headers)
        .toResponse();
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
