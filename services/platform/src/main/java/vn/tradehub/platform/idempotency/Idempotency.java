package vn.tradehub.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * {@code Idempotency-Key} for POST, after the IETF httpapi draft:
 *
 * <ul>
 *   <li>first use: the key is claimed (committed at once, so concurrent requests see it), then the
 *       action runs in a new transaction that also stores its response, so the effect and the
 *       stored response commit together or not at all;
 *   <li>same key, same request: the stored response is replayed with {@code Idempotent-Replayed:
 *       true};
 *   <li>same key, different request: 422;
 *   <li>same key while the first request is still running: 409;
 *   <li>a failed request (any problem) releases the key, so the client can correct and retry.
 * </ul>
 *
 * Keys are scoped by the caller's scope (method and path, plus the client identity when there is
 * one) and expire after {@code tradehub.idempotency.ttl} (24 h by default).
 */
@ApplicationScoped
public class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** The longest Idempotency-Key accepted. */
  public static final int MAX_KEY_LENGTH = 255;

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY_LENGTH + "}");

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final IdempotencyConfig config;

  public Idempotency(EntityManager em, ObjectMapper mapper, IdempotencyConfig config) {
    this.em = em;
    this.mapper = mapper;
    this.config = config;
  }

  /**
   * Runs {@code action} once per key. Without a key it simply runs the action (in a transaction).
   *
   * @param key the Idempotency-Key header, or null
   * @param scope what the key is scoped to, e.g. "POST /api/v1/border-trade/shipments"
   * @param request the parsed request, compared by its canonical JSON
   */
  public Response execute(
      String key, String scope, Object request, Supplier<StoredResponse> action) {
    if (key == null) {
      return QuarkusTransaction.requiringNew().call(action::get).toResponse();
    }
    if (!KEY.matcher(key).matches()) {
      throw Problems.validation(HEADER, "must be 1 to 255 visible ASCII characters", key);
    }
    String hash = fingerprint(request);
    Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(scope, key, hash));
    if (claim.replay() != null) return claim.replay();
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                StoredResponse response = action.get();
                store(scope, key, response);
                return response;
              })
          .toResponse();
    } catch (RuntimeException e) {
      QuarkusTransaction.requiringNew().run(() -> release(scope, key));
      throw e;
    }
  }

  private record Claim(Response replay) {}

  private Claim claim(String scope, String key, String hash) {
    // A competing request may release its claim between our insert and select; then try again.
    for (int attempt = 0; attempt < 5; attempt++) {
      Claim claim = tryClaim(scope, key, hash);
      if (claim != null) return claim;
    }
    throw new IllegalStateException("Idempotency-Key " + key + " kept changing hands");
  }

  private Claim tryClaim(String scope, String key, String hash) {
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (scope, idem_key, request_hash, state, expires_at)"
                    + " values (?1, ?2, ?3, 'IN_FLIGHT', clock_timestamp() + cast(?4 as interval))"
                    + " on conflict do nothing")
            .setParameter(1, scope)
            .setParameter(2, key)
            .setParameter(3, hash)
            .setParameter(4, config.ttl().toSeconds() + " seconds")
            .executeUpdate();
    if (inserted == 1) return new Claim(null);

    List<?> rows =
        em.createNativeQuery(
                "select request_hash, state, response_status, cast(response_headers as text), response_body,"
                    + " expires_at < clock_timestamp(), created_at < clock_timestamp() - cast(?3 as interval)"
                    + " from idempotency_key where scope = ?1 and idem_key = ?2 for update")
            .setParameter(1, scope)
            .setParameter(2, key)
            .setParameter(3, config.lease().toSeconds() + " seconds")
            .getResultList();
    if (rows.isEmpty()) return null;
    Object[] row = (Object[]) rows.get(0);
    boolean expired = (Boolean) row[5];
    boolean leaseOver = (Boolean) row[6];
    if (expired || ("IN_FLIGHT".equals(row[1]) && leaseOver)) {
      em.createNativeQuery(
              "update idempotency_key set request_hash = ?3, state = 'IN_FLIGHT', response_status = null,"
                  + " response_headers = null, response_body = null, created_at = clock_timestamp(),"
                  + " expires_at = clock_timestamp() + cast(?4 as interval) where scope = ?1 and idem_key = ?2")
          .setParameter(1, scope)
          .setParameter(2, key)
          .setParameter(3, hash)
          .setParameter(4, config.ttl().toSeconds() + " seconds")
          .executeUpdate();
      return new Claim(null);
    }
    if (!hash.equals(row[0])) {
      throw new ProblemException(
          new Problem(
              "/problems/idempotency-key-reused",
              "Idempotency-Key reused",
              422,
              "This Idempotency-Key was already used with a different request body",
              null,
              null,
              null));
    }
    if ("IN_FLIGHT".equals(row[1])) {
      throw new ProblemException(
          new Problem(
              "/problems/idempotency-key-in-flight",
              "Request in progress",
              409,
              "A request with this Idempotency-Key is still being processed; retry shortly",
              null,
              null,
              null),
          Map.of("Retry-After", "1"));
    }
    return new Claim(replay(((Number) row[2]).intValue(), (String) row[3], (String) row[4]));
  }

  private void store(String scope, String key, StoredResponse response) {
    try {
      em.createNativeQuery(
              "update idempotency_key set state = 'DONE', response_status = ?3,"
                  + " response_headers = cast(?4 as jsonb), response_body = ?5 where scope = ?1 and idem_key = ?2")
          .setParameter(1, scope)
          .setParameter(2, key)
          .setParameter(3, response.status())
          .setParameter(4, mapper.writeValueAsString(response.headers()))
          .setParameter(
              5, response.body() == null ? null : mapper.writeValueAsString(response.body()))
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }

  private void release(String scope, String key) {
    em.createNativeQuery(
            "delete from idempotency_key where scope = ?1 and idem_key = ?2 and state = 'IN_FLIGHT'")
        .setParameter(1, scope)
        .setParameter(2, key)
        .executeUpdate();
  }

  private Response replay(int status, String headersJson, String body) {
    try {
      Map<String, String> headers = mapper.readValue(headersJson, new TypeReference<>() {});
      Response.ResponseBuilder b = Response.status(status).header(REPLAYED_HEADER, "true");
      headers.forEach(b::header);
      if (body != null) {
        b.entity(body.getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
      }
      return b.build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored response unreadable", e);
    }
  }

  private String fingerprint(Object request) {
    try {
      // Records serialise their fields in a fixed order, so equal requests give equal bytes.
      byte[] json = mapper.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Scheduled(
      every = "${tradehub.idempotency.purge-every:15m}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeExpired() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "delete from idempotency_key where expires_at < clock_timestamp()")
                    .executeUpdate());
  }
}
