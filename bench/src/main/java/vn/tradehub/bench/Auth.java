package vn.tradehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Credentials for the harness. Through the gateway: API keys it creates with the demo admin key
 * (one per simulated client, since the gateway limits each client to its role's rate). Direct to a
 * service: a token like the one the gateway mints (RS256, issuer urn:tradehub:gateway, audience
 * tradehub-services), signed with the local stack's key pair in .run/jwt.
 */
final class Auth {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final String gateway;
  private final Path state;
  private final List<String> createdIds = new ArrayList<>();

  Auth(HttpClient http, String gateway, Path state) {
    this.http = http;
    this.gateway = gateway;
    this.state = state;
  }

  /** The demo key of that name from .run/demo-keys.txt (written by the gateway at start-up). */
  String demoKey(String name) throws Exception {
    for (String line : Files.readAllLines(state.resolve("demo-keys.txt"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[0].equals(name)) return f[f.length - 1];
    }
    throw new IllegalStateException("no " + name + " key in " + state.resolve("demo-keys.txt"));
  }

  /** Creates {@code n} CUSTOMS keys named prefix-i; revoked again by {@link #revokeAll}. */
  List<String> customsKeys(String prefix, int n) throws Exception {
    return keys(prefix, n, "CUSTOMS");
  }

  /** Creates {@code n} keys with one role, named prefix-i; revoked again by {@link #revokeAll}. */
  List<String> keys(String prefix, int n, String role) throws Exception {
    String admin = demoKey("demo-admin");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body = "{\"name\":\"" + prefix + "-" + i + "\",\"roles\":[\"" + role + "\"],\"gates\":[],\"scopes\":[]}";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(gateway + "/api/v1/province/api-keys"))
                  .header("Authorization", "ApiKey " + admin)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) throw new IllegalStateException("creating an API key: " + r.statusCode() + " " + r.body());
      JsonNode created = JSON.readTree(r.body());
      keys.add(created.get("key").asText());
      synchronized (createdIds) {
        createdIds.add(created.get("id").asText());
      }
    }
    return keys;
  }

  /** Revokes the keys this run created (best effort; the admin key may have changed if the gateway restarted). */
  void revokeAll() {
    try {
      String admin = demoKey("demo-admin");
      for (String id : createdIds) {
        http.send(
            HttpRequest.newBuilder(URI.create(gateway + "/api/v1/province/api-keys/" + id))
                .header("Authorization", "ApiKey " + admin)
                .timeout(Duration.ofSeconds(10))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } catch (Exception e) {
      System.err.println("revoking the bench keys: " + e);
    }
  }

  /** A service token for a CUSTOMS caller, valid {@code lifetime}. */
  String serviceToken(String subject, Duration lifetime) throws Exception {
    return serviceToken(subject, lifetime, "CUSTOMS");
  }

  /** A service token with the given roles (groups), valid {@code lifetime}. */
  String serviceToken(String subject, Duration lifetime, String... groups) throws Exception {
    String pem = Files.readString(state.resolve("jwt/private.pem"));
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
    long now = System.currentTimeMillis() / 1000;
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"urn:tradehub:gateway\",\"aud\":\"tradehub-services\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
            + "\",\"groups\":[" + String.join(",", java.util.Arrays.stream(groups).map(g -> "\"" + g + "\"").toList()) + "],\"gates\":[],\"iat\":" + now + ",\"exp\":" + (now + lifetime.toSeconds())
            + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String signingInput = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + enc.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + enc.encodeToString(s.sign());
  }
}
