package vn.tradehub.platform.codelist;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

/**
 * {@code GET /{code}} of a code list, the part every code list shares; {@link CodeListResource}
 * adds the writes. A subclass adds its {@code @Path}, its {@code @Tag} and its list operation.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ReadableCodeListResource<R> {
  /** Codes of every list: capitals, digits, '_' and '-', at most 40 (a tax code, a VSIC letter). */
  public static final String CODE = "^[A-Z0-9][A-Z0-9_-]{0,39}$";

  public static final int CODE_MAX = 40;

  private final CodeReader<R> reader;

  // Field injection keeps every subclass's constructor to its own service.
  @Inject Lists lists;
  @Inject Locations locations;
  @Inject Clock clock;

  protected ReadableCodeListResource(CodeReader<R> reader) {
    this.reader = reader;
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @SecurityRequirement(name = "Bearer")
  @Operation(description = "An entry of the list, with its version as ETag where it has one.")
  public RestResponse<R> get(
      @PathParam("code")
          @Parameter(description = "The entry's code")
          @Size(max = CODE_MAX)
          @Pattern(regexp = CODE)
          String code) {
    R entry = reader.get(code);
    Long version = reader.version(entry);
    return version == null ? RestResponse.ok(entry) : Saved.read(entry, version);
  }

  /** The entries located where and when {@code within} asks (all without a unit). */
  protected Filter located(WithinParams within) {
    return within.filter(locations, clock);
  }

  /**
   * The list operation's answer: one keyset page by {@code code}, or the whole selection as CSV.
   *
   * @param rows the entries with codes after its first argument (null: from the start), at most its
   *     second argument of them
   */
  protected RestResponse<Page<R>> respond(
      PageParams page,
      Class<R> type,
      Function<R, String> code,
      BiFunction<String, Integer, List<R>> rows) {
    return lists.respond(page, type, Keyset.of(code, rows));
  }
}
