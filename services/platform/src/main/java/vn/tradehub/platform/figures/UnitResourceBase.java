package vn.tradehub.platform.figures;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.CodeReader;
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/**
 * The units of measure a service accepts, as a read-only code list under the service's own prefix:
 * {@code @Path("/api/v1/<service>/units") class UnitResource extends UnitResourceBase}.
 */
@Tag(
    name = "Units of measure",
    description = "UN/ECE Recommendation 20 codes accepted for quantities (read-only)")
public abstract class UnitResourceBase extends ReadableCodeListResource<UnitResourceBase.Entry> {
  @Schema(name = "UnitOfMeasure")
  public record Entry(
      @Schema(example = "KGM") String code,
      @Schema(example = "ki-lô-gam") String nameVi,
      @Schema(example = "kilogram") String nameEn) {
    static Entry of(Unit u) {
      return new Entry(u.name(), u.nameVi(), u.description());
    }
  }

  private static final List<Entry> ALL =
      Arrays.stream(Unit.values())
          .map(Entry::of)
          .sorted(Comparator.comparing(Entry::code))
          .toList();

  private static final CodeReader<Entry> READER =
      new CodeReader<>() {
        @Override
        public Entry get(String code) {
          return ALL.stream()
              .filter(e -> e.code().equals(code))
              .findFirst()
              .orElseThrow(() -> Problems.notFound("Unit", code));
        }

        @Override
        public Long version(Entry entry) {
          return null;
        }
      };

  private final Lists lists;

  protected UnitResourceBase(Lists lists) {
    super(READER);
    this.lists = lists;
  }

  @GET
  @Authenticated
  @SecurityRequirement(name = "Bearer")
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<Entry>> list(@BeanParam PageParams page) {
    return lists.respond(
        page,
        Entry.class,
        Keyset.of(
            Entry::code,
            (after, limit) ->
                ALL.stream()
                    .filter(e -> after == null || e.code().compareTo(after) > 0)
                    .limit(limit)
                    .toList()));
  }
}
