package vn.tradehub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tradehub.gateway.security.ApiKeyResource.Created;
import vn.tradehub.gateway.security.ApiKeyResource.KeyRequest;
import vn.tradehub.gateway.security.ApiKeyResource.Listed;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

/** Issuing, rotating and revoking API keys: the rules the request's constraints cannot say. */
@ApplicationScoped
public class ApiKeyService {
  private static final Set<String> ROLES =
      Set.of(Roles.ADMIN, Roles.CUSTOMS, Roles.GATE, Roles.STATISTICS, Roles.READER);

  private final ApiKeyStore store;
  private final Caller caller;
  private final Clock clock;

  public ApiKeyService(ApiKeyStore store, Caller caller, Clock clock) {
    this.store = store;
    this.caller = caller;
    this.clock = clock;
  }

  public Created issue(KeyRequest request) {
    List<FieldError> errors = new ArrayList<>();
    request.roles().stream()
        .filter(r -> !ROLES.contains(r))
        .forEach(r -> errors.add(FieldError.of("roles", "unknown role; use " + ROLES, r)));
    List<String> gates = request.gates() == null ? List.of() : request.gates();
    if (request.roles().contains(Roles.GATE) && gates.isEmpty())
      errors.add(FieldError.of("gates", "a GATE key needs its gate codes", null));
    if (request.expiresAt() != null && request.expiresAt().isBefore(OffsetDateTime.now(clock)))
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
    return new Created(listed.id(), listed.name(), key, listed.roles(), listed.gates());
  }

  /** A new key with the old one's name, roles and scopes; the old one is revoked. */
  public Created rotate(UUID id) {
    ApiKeyStore.Listed old =
        store
            .find(id)
            .filter(k -> k.revokedAt() == null)
            .orElseThrow(() -> Problems.notFound("API key", id));
    Created created =
        issue(new KeyRequest(old.name(), old.roles(), old.gates(), old.scopes(), old.expiresAt()));
    store.revoke(id);
    return created;
  }

  public void revoke(UUID id) {
    if (!store.revoke(id)) throw Problems.notFound("API key", id);
  }

  /** Keys by id after {@code after}: a keyset over the (small) table. */
  public List<Listed> page(String after, int limit) {
    return store.list().stream()
        .sorted(Comparator.comparing(k -> k.id().toString()))
        .filter(k -> after == null || k.id().toString().compareTo(after) > 0)
        .limit(limit)
        .map(Listed::of)
        .toList();
  }
}
