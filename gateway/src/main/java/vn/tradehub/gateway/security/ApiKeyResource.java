package vn.tradehub.gateway.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/province/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "API keys",
    description =
        "Machine clients: customs offices, border gates, provincial systems. A key"
            + " (th_<id>_<256-bit secret>) is shown once, when it is issued; the gateway keeps a"
            + " SHA-256 hash. Clients send it as `Authorization: ApiKey <key>`. A key never changes,"
            + " so revoking it needs no If-Match.")
public class ApiKeyResource {
  private final ApiKeyService keys;
  private final Lists lists;

  public ApiKeyResource(ApiKeyService keys, Lists lists) {
    this.keys = keys;
    this.lists = lists;
  }

  @Schema(name = "ApiKeyRequest")
  public record KeyRequest(
      @Schema(example = "gate-thanh-thuy-vnaccs", required = true) @NotBlank @Size(max = 100)
          String name,
      @Schema(
              description = "ADMIN, CUSTOMS, GATE, STATISTICS or READER",
              example = "[\"GATE\"]",
              required = true)
          @NotEmpty
          @Size(max = 5)
          List<@NotNull @Size(max = 16) String> roles,
      @Schema(description = "Gate codes a GATE key may touch", example = "[\"THANH_THUY\"]")
          @Size(max = 50)
          List<@NotBlank @Size(max = 40) String> gates,
      @Schema(
              description = "Free-form scopes recorded with the key",
              example = "[\"shipments:write\"]")
          @Size(max = 20)
          List<@NotBlank @Size(max = 64) String> scopes,
      @Schema(
              description = "Optional expiry; null or absent: the key does not expire",
              example = "2027-12-31T23:59:59+07:00",
              maxLength = 48,
              nullable = true)
          OffsetDateTime expiresAt) {}

  @Schema(name = "ApiKeyCreated")
  public record Created(
      UUID id,
      @Schema(example = "gate-thanh-thuy-vnaccs") String name,
      @Schema(
              description = "The key; shown this once, store it now",
              example = "th_3f2a9c1d8e7b_Zq8rV2mL0xT5bN9cW4yH1jK7pS3fD6gA0uE2iO8")
          String key,
      @Schema(example = "[\"GATE\"]") List<String> roles,
      @Schema(example = "[\"THANH_THUY\"]") List<String> gates) {}

  @Schema(name = "ApiKey", description = "A key as listed, never with its secret")
  public record Listed(
      UUID id,
      @Schema(description = "The public part of the key, after th_", example = "3f2a9c1d8e7b")
          String keyId,
      @Schema(example = "gate-thanh-thuy-vnaccs") String name,
      @Schema(example = "[\"GATE\"]") List<String> roles,
      @Schema(example = "[\"THANH_THUY\"]") List<String> gates,
      @Schema(example = "[\"shipments:write\"]") List<String> scopes,
      @Schema(description = "null: the key does not expire", nullable = true)
          OffsetDateTime expiresAt,
      @Schema(description = "null: not revoked", nullable = true) OffsetDateTime revokedAt,
      @Schema(description = "A demo key, created at start-up in demo mode") boolean demo,
      OffsetDateTime createdAt,
      @Schema(example = "admin") String createdBy) {
    static Listed of(ApiKeyStore.Listed k) {
      return new Listed(
          k.id(),
          k.keyId(),
          k.name(),
          k.roles(),
          k.gates(),
          k.scopes(),
          k.expiresAt(),
          k.revokedAt(),
          k.demo(),
          k.createdAt(),
          k.createdBy());
    }
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create an API key", description = "A GATE key needs at least one gate.")
  @APIResponse(
      responseCode = "201",
      description = "Created; the key is in the body",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public RestResponse<Created> create(@NotNull @Valid KeyRequest request) {
    return created(keys.issue(request));
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(summary = "List API keys", description = "Names, roles, expiry; never the keys.")
  public RestResponse<Page<Listed>> list(@BeanParam PageParams page) {
    return lists.respond(page, Listed.class, Keyset.of(k -> k.id().toString(), keys::page));
  }

  @POST
  @Path("/{id}/rotate")
  @Consumes(MediaType.WILDCARD) // no body
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rotate an API key",
      description = "Issues a new key with the same name, roles and scopes; revokes the old one.")
  @APIResponse(
      responseCode = "201",
      description = "The new key, shown this once",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public RestResponse<Created> rotate(@PathParam("id") UUID id) {
    return created(keys.rotate(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Revoke an API key", description = "Takes effect on the next request.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public RestResponse<Void> revoke(@PathParam("id") UUID id) {
    keys.revoke(id);
    return RestResponse.noContent();
  }

  private static RestResponse<Created> created(Created c) {
    return RestResponse.ResponseBuilder.<Created>created(
            URI.create("/api/v1/province/api-keys/" + c.id()))
        .entity(c)
        .build();
  }
}
