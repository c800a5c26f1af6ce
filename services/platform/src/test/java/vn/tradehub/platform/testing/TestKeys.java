package vn.tradehub.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * An RSA key pair made for one test JVM (never committed): the gateway signs service tokens with
 * the private key, and services verify them with the public key, as in production.
 */
public final class TestKeys {
  private static KeyPair pair;
  private static Path publicPem;
  private static Path privatePem;

  private TestKeys() {}

  /** The JVM-wide key files; a system property shares them between Quarkus' class loaders. */
  private static final String DIR_PROPERTY = "tradehub.test.keys.dir";

  private static synchronized void init() {
    if (pair != null) return;
    try {
      synchronized (System.class) {
        String existing = System.getProperty(DIR_PROPERTY);
        Path dir =
            existing != null ? Path.of(existing) : Files.createTempDirectory("tradehub-test-keys");
        publicPem = dir.resolve("public.pem");
        privatePem = dir.resolve("private.pem");
        if (existing == null) {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
          g.initialize(2048);
          KeyPair generated = g.generateKeyPair();
          Files.writeString(
              publicPem,
              pem("PUBLIC KEY", generated.getPublic().getEncoded()),
              StandardCharsets.US_ASCII);
          Files.writeString(
              privatePem,
              pem("PRIVATE KEY", generated.getPrivate().getEncoded()),
              StandardCharsets.US_ASCII);
          System.setProperty(DIR_PROPERTY, dir.toString());
        }
        java.security.KeyFactory rsa = java.security.KeyFactory.getInstance("RSA");
        PrivateKey priv =
            rsa.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der(privatePem)));
        java.security.PublicKey pub =
            rsa.generatePublic(new java.security.spec.X509EncodedKeySpec(der(publicPem)));
        pair = new KeyPair(pub, priv);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] der(Path pemFile) throws IOException {
    String body =
        Files.readString(pemFile, StandardCharsets.US_ASCII)
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  public static String publicKeyLocation() {
    init();
    return publicPem.toString();
  }

  public static String privateKeyLocation() {
    init();
    return privatePem.toString();
  }

  public static PrivateKey privateKey() {
    init();
    return pair.getPrivate();
  }

  /** A token as the gateway mints it for a caller. */
  public static String serviceToken(String subject, Set<String> roles, Set<String> gates) {
    return claims(
            subject,
            roles,
            gates,
            "urn:tradehub:gateway",
            "tradehub-services",
            Duration.ofMinutes(5))
        .sign(privateKey());
  }

  /** Claims to tamper with (issuer, audience, lifetime) before signing. */
  public static JwtClaimsBuilder claims(
      String subject,
      Set<String> roles,
      Set<String> gates,
      String issuer,
      String audience,
      Duration life) {
    return Jwt.issuer(issuer)
        .audience(audience)
        .subject(subject)
        .upn(subject)
        .groups(roles)
        .claim("gates", gates)
        .expiresIn(life);
  }
}
