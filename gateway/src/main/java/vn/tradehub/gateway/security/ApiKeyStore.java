package vn.tradehub.gateway.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API keys: {@code th_<key id>_<secret>}, the secret 256 random bits. Only a SHA-256 hash of the
 * whole key is stored and compared in constant time; the key is shown once, when created.
 *
 * <p>A key's row is cached for {@code quarkus.cache.caffeine."api-keys".expire-after-write} (5 s),
 * so a request costs no query: revoking drops it on this replica at once, on the others within
 * those seconds. Unknown key ids are not cached.
 */
@ApplicationScoped
public class ApiKeyStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  /** A key that checked out. */
  public record Verified(
      UUID id, String keyId, String name, Set<String> roles, Set<String> gates) {}

  /** A key as listed (never with its secret). */
  public record Listed(
      UUID id,
      String keyId,
      String name,
      List<String> roles,
      List<String> gates,
      List<String> scopes,
      OffsetDateTime expiresAt,
      OffsetDateTime revokedAt,
      boolean demo,
      OffsetDateTime createdAt,
      String createdBy) {}

  static final String CACHE = "api-keys";

  private final AgroalDataSource ds;
  private final boolean demoEnabled;
  private final Cache cache;

  public ApiKeyStore(
      AgroalDataSource ds,
      @ConfigProperty(name = "tradehub.demo.enabled", defaultValue = "false") boolean demoEnabled,
      @CacheName(CACHE) Cache cache) {
    this.ds = ds;
    this.demoEnabled = demoEnabled;
    this.cache = cache;
  }

  public Optional<Verified> verify(String key) {
    // th_ + 12-character key id + _ + secret; the id itself may contain '_' (base64url).
    if (key.length() < 17 || !key.startsWith("th_") || key.charAt(15) != '_')
      return Optional.empty();
    String keyId = key.substring(3, 15);
    Stored stored;
    try {
      stored = cache.get(keyId, this::load).await().indefinitely();
    } catch (UnknownKey e) {
      return Optional.empty(); // not cached: a key created on another replica works at once
    }
    if (!MessageDigest.isEqual(stored.hash(), sha256(key))) return Optional.empty();
    if (stored.revoked()) return Optional.empty();
    if (stored.expiresAt() != null && !stored.expiresAt().isAfter(OffsetDateTime.now()))
      return Optional.empty();
    // Demo keys are printed in the clear by the run script: only the local demo accepts them.
    if (stored.demo() && !demoEnabled) return Optional.empty();
    return Optional.of(stored.verified());
  }

  /** A key's row as cached (the hash, never the key). */
  private record Stored(
      byte[] hash, Verified verified, boolean revoked, OffsetDateTime expiresAt, boolean demo) {}

  private static final class UnknownKey extends RuntimeException {
    UnknownKey() {
      super(null, null, false, false);
    }
  }

  private Stored load(String keyId) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id, key_hash, name, roles, gates, demo, revoked_at is not null, expires_at"
                    + " from api_key where key_id = ?")) {
      ps.setString(1, keyId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new UnknownKey();
        return new Stored(
            HexFormat.of().parseHex(rs.getString(2)),
            new Verified(
                rs.getObject(1, UUID.class),
                keyId,
                rs.getString(3),
                Set.of((String[]) rs.getArray(4).getArray()),
                Set.of((String[]) rs.getArray(5).getArray())),
            rs.getBoolean(7),
            rs.getObject(8, OffsetDateTime.class),
            rs.getBoolean(6));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a key and returns it in the clear, the only time it is ever visible. */
  public String create(
      String name,
      Set<String> roles,
      Set<String> gates,
      Set<String> scopes,
      OffsetDateTime expiresAt,
      boolean demo,
      String by) {
    String keyId = B64.encodeToString(randomBytes(9));
    String key = "th_" + keyId + "_" + B64.encodeToString(randomBytes(32));
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into api_key (id, key_id, key_hash, name, roles, gates, scopes, expires_at, demo, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, UUID.randomUUID());
      ps.setString(2, keyId);
      ps.setString(3, HexFormat.of().formatHex(sha256(key)));
      ps.setString(4, name);
      ps.setArray(5, c.createArrayOf("text", roles.toArray()));
      ps.setArray(6, c.createArrayOf("text", gates.toArray()));
      ps.setArray(7, c.createArrayOf("text", scopes.toArray()));
      ps.setObject(8, expiresAt);
      ps.setBoolean(9, demo);
      ps.setString(10, by);
      ps.executeUpdate();
      return key;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Listed> list() {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id, key_id, name, roles, gates, scopes, expires_at, revoked_at, demo, created_at, created_by from api_key order by created_at");
        ResultSet rs = ps.executeQuery()) {
      List<Listed> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new Listed(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                strings(rs.getArray(4)),
                strings(rs.getArray(5)),
                strings(rs.getArray(6)),
                rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class),
                rs.getBoolean(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getString(11)));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Listed> find(UUID id) {
    return list().stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /** Revokes a key; returns false when it does not exist or was already revoked. */
  public boolean revoke(UUID id) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update api_key set revoked_at = clock_timestamp() where id = ? and revoked_at is null")) {
      ps.setObject(1, id);
      boolean revoked = ps.executeUpdate() == 1;
      cache.invalidateAll().await().indefinitely(); // cached by key id; revocations are rare
      return revoked;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Removes the demo keys of an earlier run (their secrets were printed; new ones replace them).
   */
  public void deleteDemoKeys() {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("delete from api_key where demo")) {
      ps.executeUpdate();
      cache.invalidateAll().await().indefinitely();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(Array a) throws SQLException {
    return List.of((String[]) a.getArray());
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
