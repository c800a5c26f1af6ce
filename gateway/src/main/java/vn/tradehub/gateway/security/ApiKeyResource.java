package vn.tradehub.gateway.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/province/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "API keys",
    description = "Machine clients: customs offices, border gates, provincial systems")
public class ApiKeyResource {
  private static final Set<String> ROLES =
      Set.of(Roles.ADMIN, Roles.CUSTOMS, Roles.GATE, Roles.STATISTICS, Roles.READER);
  private final ApiKeyStore store;
  private final Caller caller;

  public ApiKeyResource(ApiKeyStore store, Caller caller) {
    this.store = store;
    this.caller = caller;
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
      String name,
      @Schema(description = "The key; shown this once, store it now") String key,
      List<String> roles,
      List<String> gates) {}

  @Schema(name = "ApiKey", description = "A key as listed, never with its secret")
  public record Listed(
      UUID id,
      @Schema(description = "The public part of the key, after th_") String keyId,
      String name,
      List<String> roles,
      List<String> gates,
      List<String> scopes,
      @Schema(description = "null: the key does not expire", nullable = true)
          OffsetDateTime expiresAt,
      @Schema(description = "null: not revoked", nullable = true) OffsetDateTime revokedAt,
      @Schema(description = "A demo key, created at start-up in demo mode") boolean demo,
      OffsetDateTime createdAt,
      String createdBy) {
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
  @Operation(
      summary = "Create an API key",
      description =
          "Admin only. The key (th_<id>_<256-bit secret>) is in this response only; the gateway keeps a SHA-256 hash."
              + " Clients send it as `Authorization: ApiKey <key>`. A GATE key needs at least one gate.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "gate-key",
                      value =
                          "{\"name\":\"gate-thanh-thuy-vnaccs\",\"roles\":[\"GATE\"],\"gates\":[\"THANH_THUY\"],\"scopes\":[],\"expiresAt\":null}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; the key is in the body",
      headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = Created.class)))
  @APIResponse(
      responseCode = "422",
      description = "Invalid name, roles, gates or expiry; a GATE key without gates")
  public Response create(@NotNull @Valid KeyRequest request) {
    return issue(request);
  }

  /** The rules the constraints cannot say, then the key. */
  private Response issue(KeyRequest request) {
    List<FieldError> errors = new ArrayList<>();
    request.roles().stream()
        .filter(r -> !ROLES.contains(r))
        .forEach(r -> errors.add(FieldError.of("roles", "unknown role; use " + ROLES, r)));
    List<String> gates = request.gates() == null ? List.of() : request.gates();
    if (request.roles().contains(Roles.GATE) && gates.isEmpty())
      errors.add(FieldError.of("gates", "a GATE key needs its gate codes", null));
    if (request.expiresAt() != null && request.expiresAt().isBefore(OffsetDateTime.now()))
      errors.add(FieldError.of("expiresAt", "is in the past", request.expiresAt()));
    if (!errors.isEmpty()) throw Problems.validation(errors);
    String key =
        store.create(
            request.name(),
            Set.copyOf(request.roles()),
            Set.copyOf(gates),
            Set.copyOf(request.scopes() == null ? List.of() : request.scopes()),
            request.expiresAt(),
            false,
            caller.name());
    ApiKeyStore.Listed listed =
        store.list().stream()
            .filter(k -> key.substring(3, 15).equals(k.keyId()))
            .findFirst()
            .orElseThrow();
    return Response.created(URI.create("/api/v1/province/api-keys/" + listed.id()))
        .entity(new Created(listed.id(), listed.name(), key, listed.roles(), listed.gates()))
        .build();
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "List API keys",
      description = "Admin only. Names, roles, scopes, expiry and revocation; never the keys.")
  @APIResponse(responseCode = "200", description = "The keys")
  public List<Listed> list() {
    return store.list().stream().map(Listed::of).toList();
  }

  @POST
  @Path("/{id}/rotate")
  @Consumes(MediaType.WILDCARD) // no body
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rotate an API key",
      description =
          "Admin only. Issues a new key with the same name, roles and scopes, and revokes the old one.")
  @APIResponse(
      responseCode = "201",
      description = "The new key, shown this once",
      headers = @Header(name = "Location"),
      content = @Content(schema = @Schema(implementation = Created.class)))
  @APIResponse(responseCode = "404", description = "No such active key")
  public Response rotate(@PathParam("id") UUID id) {
    ApiKeyStore.Listed old =
        store
            .find(id)
            .filter(k -> k.revokedAt() == null)
            .orElseThrow(() -> Problems.notFound("API key", id));
    Response created =
        issue(new KeyRequest(old.name(), old.roles(), old.gates(), old.scopes(), old.expiresAt()));
    store.revoke(id);
    return created;
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Revoke an API key",
      description = "Admin only. Takes effect on the next request.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such active key")
  public Response revoke(@PathParam("id") UUID id) {
    if (!store.revoke(id)) throw Problems.notFound("API key", id);
    return Response.noContent().build();
  }
}
