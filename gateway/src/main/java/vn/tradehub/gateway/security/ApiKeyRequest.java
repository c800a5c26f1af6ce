package vn.tradehub.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Credentials of {@code Authorization: ApiKey <key>}. */
public class ApiKeyRequest extends BaseAuthenticationRequest {
  private final String key;

  public ApiKeyRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
