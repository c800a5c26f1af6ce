package vn.tradehub.commerce.reference;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.commerce.web.Codes;
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

/**
 * Reference data of the commerce service: districts, retail categories and ownership sectors.
 * Seeded for Hà Giang by migration; admins may add entries or correct names, never change codes.
 */
@Path("/api/v1/commerce")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reference data",
    description = "Districts, retail categories and ownership sectors (admin-managed)")
public class ReferenceResource {
  private final ReferenceService service;
  private final Caller caller;

  public ReferenceResource(ReferenceService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Path("/districts")
  @Authenticated
  @Operation(
      summary = "List the districts of the province (the city and its districts)",
      description = "Every entry, ordered by code. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "districts",
                      value =
                          "[{\"code\":\"MEO_VAC\",\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\",\"version\":0}]")))
  public List<ReferenceItemResponse> listDistrict() {
    return service.list(ReferenceKind.DISTRICT);
  }

  @GET
  @Path("/districts/{code}")
  @Authenticated
  @Operation(
      summary = "Read one of the districts of the province (the city and its districts)",
      description = "Answers the entry with its version as ETag. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entry; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "meo-vac",
                      value =
                          "{\"code\":\"MEO_VAC\",\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\",\"version\":0}")))
  public Response getDistrict(
      @Parameter(example = "MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code) {
    ReferenceItemResponse item = service.get(ReferenceKind.DISTRICT, code);
    return Response.ok(item).tag(Versions.etag(item.version())).build();
  }

  @PUT
  @Path("/districts/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Create or rename one of the districts of the province (the city and its districts)",
      description =
          "Role ADMIN. The code is the key and never changes: reports refer to it. A new code is created"
              + " (201, without If-Match). Renaming an existing entry needs If-Match with its ETag (428 without, 412"
              + " when stale); a request equal to the current state answers 200 without a new version. Names are kept"
              + " exactly as sent, diacritics included. Every change is kept in the revision history.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemRequest.class),
              examples =
                  @ExampleObject(
                      name = "meo-vac",
                      value = "{\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag is the version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"code\":\"MEO_VAC\",\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\",\"version\":0}")))
  @APIResponse(
      responseCode = "200",
      description = "Renamed, or already as requested",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "renamed",
                      value =
                          "{\"code\":\"MEO_VAC\",\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\",\"version\":1}")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is stale, or sent for a code that does not exist")
  public Response putDistrict(
      @Parameter(example = "MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code,
      @Parameter(description = "ETag of the entry being renamed")
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      ReferenceItemRequest request) {
    return respond(service.put(ReferenceKind.DISTRICT, code, ifMatch, request, caller.name()));
  }

  @GET
  @Path("/districts/{code}/revisions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Revision history of one of the districts of the province (the city and its districts)",
      description =
          "Role ADMIN (revisions name who changed what). Oldest first, each with the changed fields and"
              + " the whole entry after the change.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-01-04T02:00:00Z\",\"changedBy\":\"admin\","
                              + "\"changes\":[],\"snapshot\":{\"code\":\"MEO_VAC\",\"nameVi\":\"Huyện Mèo Vạc\",\"nameEn\":\"Meo Vac District\",\"version\":0}}]")))
  public List<Revision> revisionsDistrict(
      @Parameter(example = "MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code) {
    return service.revisions(ReferenceKind.DISTRICT, code);
  }

  @GET
  @Path("/retail-categories")
  @Authenticated
  @Operation(
      summary = "List the retail categories, as the statistics office publishes them",
      description = "Every entry, ordered by code. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "retail-categories",
                      value =
                          "[{\"code\":\"TRAVEL\",\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\",\"version\":0}]")))
  public List<ReferenceItemResponse> listRetailCategory() {
    return service.list(ReferenceKind.RETAIL_CATEGORY);
  }

  @GET
  @Path("/retail-categories/{code}")
  @Authenticated
  @Operation(
      summary = "Read one of the retail categories, as the statistics office publishes them",
      description = "Answers the entry with its version as ETag. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entry; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "travel",
                      value =
                          "{\"code\":\"TRAVEL\",\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\",\"version\":0}")))
  public Response getRetailCategory(
      @Parameter(example = "TRAVEL") @PathParam("code") @Size(max = Codes.MAX) String code) {
    ReferenceItemResponse item = service.get(ReferenceKind.RETAIL_CATEGORY, code);
    return Response.ok(item).tag(Versions.etag(item.version())).build();
  }

  @PUT
  @Path("/retail-categories/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Create or rename one of the retail categories, as the statistics office publishes them",
      description =
          "Role ADMIN. The code is the key and never changes: reports refer to it. A new code is created"
              + " (201, without If-Match). Renaming an existing entry needs If-Match with its ETag (428 without, 412"
              + " when stale); a request equal to the current state answers 200 without a new version. Names are kept"
              + " exactly as sent, diacritics included. Every change is kept in the revision history.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemRequest.class),
              examples =
                  @ExampleObject(
                      name = "travel",
                      value = "{\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag is the version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"code\":\"TRAVEL\",\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\",\"version\":0}")))
  @APIResponse(
      responseCode = "200",
      description = "Renamed, or already as requested",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "renamed",
                      value =
                          "{\"code\":\"TRAVEL\",\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\",\"version\":1}")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is stale, or sent for a code that does not exist")
  public Response putRetailCategory(
      @Parameter(example = "TRAVEL") @PathParam("code") @Size(max = Codes.MAX) String code,
      @Parameter(description = "ETag of the entry being renamed")
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      ReferenceItemRequest request) {
    return respond(
        service.put(ReferenceKind.RETAIL_CATEGORY, code, ifMatch, request, caller.name()));
  }

  @GET
  @Path("/retail-categories/{code}/revisions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Revision history of one of the retail categories, as the statistics office publishes them",
      description =
          "Role ADMIN (revisions name who changed what). Oldest first, each with the changed fields and"
              + " the whole entry after the change.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-01-04T02:00:00Z\",\"changedBy\":\"admin\","
                              + "\"changes\":[],\"snapshot\":{\"code\":\"TRAVEL\",\"nameVi\":\"Du lịch lữ hành\",\"nameEn\":\"Travel services\",\"version\":0}}]")))
  public List<Revision> revisionsRetailCategory(
      @Parameter(example = "TRAVEL") @PathParam("code") @Size(max = Codes.MAX) String code) {
    return service.revisions(ReferenceKind.RETAIL_CATEGORY, code);
  }

  @GET
  @Path("/ownership-sectors")
  @Authenticated
  @Operation(
      summary = "List the ownership sectors",
      description = "Every entry, ordered by code. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "ownership-sectors",
                      value =
                          "[{\"code\":\"NON_STATE\",\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\",\"version\":0}]")))
  public List<ReferenceItemResponse> listOwnershipSector() {
    return service.list(ReferenceKind.OWNERSHIP_SECTOR);
  }

  @GET
  @Path("/ownership-sectors/{code}")
  @Authenticated
  @Operation(
      summary = "Read one of the ownership sectors",
      description = "Answers the entry with its version as ETag. Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The entry; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "non-state",
                      value =
                          "{\"code\":\"NON_STATE\",\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\",\"version\":0}")))
  public Response getOwnershipSector(
      @Parameter(example = "NON_STATE") @PathParam("code") @Size(max = Codes.MAX) String code) {
    ReferenceItemResponse item = service.get(ReferenceKind.OWNERSHIP_SECTOR, code);
    return Response.ok(item).tag(Versions.etag(item.version())).build();
  }

  @PUT
  @Path("/ownership-sectors/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create or rename one of the ownership sectors",
      description =
          "Role ADMIN. The code is the key and never changes: reports refer to it. A new code is created"
              + " (201, without If-Match). Renaming an existing entry needs If-Match with its ETag (428 without, 412"
              + " when stale); a request equal to the current state answers 200 without a new version. Names are kept"
              + " exactly as sent, diacritics included. Every change is kept in the revision history.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemRequest.class),
              examples =
                  @ExampleObject(
                      name = "non-state",
                      value = "{\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag is the version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"code\":\"NON_STATE\",\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\",\"version\":0}")))
  @APIResponse(
      responseCode = "200",
      description = "Renamed, or already as requested",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferenceItemResponse.class),
              examples =
                  @ExampleObject(
                      name = "renamed",
                      value =
                          "{\"code\":\"NON_STATE\",\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\",\"version\":1}")))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is stale, or sent for a code that does not exist")
  public Response putOwnershipSector(
      @Parameter(example = "NON_STATE") @PathParam("code") @Size(max = Codes.MAX) String code,
      @Parameter(description = "ETag of the entry being renamed")
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      ReferenceItemRequest request) {
    return respond(
        service.put(ReferenceKind.OWNERSHIP_SECTOR, code, ifMatch, request, caller.name()));
  }

  @GET
  @Path("/ownership-sectors/{code}/revisions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Revision history of one of the ownership sectors",
      description =
          "Role ADMIN (revisions name who changed what). Oldest first, each with the changed fields and"
              + " the whole entry after the change.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-01-04T02:00:00Z\",\"changedBy\":\"admin\","
                              + "\"changes\":[],\"snapshot\":{\"code\":\"NON_STATE\",\"nameVi\":\"Kinh tế ngoài Nhà nước\",\"nameEn\":\"Non-state\",\"version\":0}}]")))
  public List<Revision> revisionsOwnershipSector(
      @Parameter(example = "NON_STATE") @PathParam("code") @Size(max = Codes.MAX) String code) {
    return service.revisions(ReferenceKind.OWNERSHIP_SECTOR, code);
  }

  private static Response respond(Saved<ReferenceItemResponse> saved) {
    return Response.status(saved.status())
        .entity(saved.value())
        .tag(Versions.etag(saved.value().version()))
        .build();
  }
}
