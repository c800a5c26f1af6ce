package vn.tradehub.platform.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.concurrency.Versions;

/**
 * What a write did, and the one way it becomes an HTTP answer: 201 with {@code Location} when it
 * created, 200 otherwise, always with the {@code ETag} of the version it left.
 */
public record Saved<T>(T body, Outcome outcome, long version) {
  public enum Outcome {
    CREATED,
    UPDATED,
    /** The request asked for the state the resource already had: no new version. */
    UNCHANGED,
    DELETED
  }

  public static <T> Saved<T> created(T body, long version) {
    return new Saved<>(body, Outcome.CREATED, version);
  }

  public static <T> Saved<T> updated(T body, long version) {
    return new Saved<>(body, Outcome.UPDATED, version);
  }

  public static <T> Saved<T> unchanged(T body, long version) {
    return new Saved<>(body, Outcome.UNCHANGED, version);
  }

  public static <T> Saved<T> deleted(T body, long version) {
    return new Saved<>(body, Outcome.DELETED, version);
  }

  public boolean isCreated() {
    return outcome == Outcome.CREATED;
  }

  /** The answer, with {@code location} (the resource's own path) sent when it was created. */
  public RestResponse<T> toResponse(String location) {
    RestResponse.ResponseBuilder<T> b =
        isCreated()
            ? RestResponse.ResponseBuilder.<T>created(URI.create(location))
            : RestResponse.ResponseBuilder.<T>ok();
    return b.entity(body).tag(Versions.etag(version)).build();
  }

  /** A read: 200 with the body and its version as ETag. */
  public static <T> RestResponse<T> read(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(version)).build();
  }
}
