package vn.tradehub.gateway.geography;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/province/geography/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Geography",
    description =
        "The administrative units of the province, dated: Hà Giang (02) and the former Tuyên"
            + " Quang (08) with their districts and communes until 2025-06-30; from 2025-07-01 the"
            + " merged Tuyên Quang (08) and its communes and wards, with no district level. A code"
            + " names a unit only with a date (00691 was Phường Trần Phú until 2025-06-30 and is"
            + " Phường Hà Giang 2 from 2025-07-01), so every read takes `asOf` (default today).")
public class GeographyResource {
  private static final String CODE = "^\\d{2}(\\d|\\d{3})?$";

  private final Geography geography;
  private final Lists lists;
  private final Clock clock;

  public GeographyResource(Geography geography, Lists lists, Clock clock) {
    this.geography = geography;
    this.lists = lists;
    this.clock = clock;
  }

  @GET
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(summary = "Administrative units valid on a date", description = "By code.")
  public RestResponse<Page<UnitResponse>> list(
      @Parameter(description = "Only this level") @QueryParam("level") Level level,
      @Parameter(description = "Only the units inside this one (on asOf)", example = "08")
          @QueryParam("parent")
          @Size(max = 5)
          @Pattern(regexp = CODE)
          String parent,
      @Parameter(
              description = "The date the units are valid on; default today",
              example = "2021-06-30")
          @QueryParam("asOf")
          LocalDate asOf,
      @BeanParam PageParams page) {
    LocalDate on = on(asOf);
    List<UnitResponse> units =
        geography.units(level, parent, on).stream().map(UnitResponse::of).toList();
    return lists.respond(
        page,
        UnitResponse.class,
        Keyset.of(
            UnitResponse::code,
            (after, limit) ->
                units.stream()
                    .filter(u -> after == null || u.code().compareTo(after) > 0)
                    .limit(limit)
                    .toList()));
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(summary = "The unit a code names on a date")
  public UnitResponse get(
      @PathParam("code") @Size(max = 5) @Pattern(regexp = CODE) String code,
      @Parameter(description = "Default today", example = "2021-06-30") @QueryParam("asOf")
          LocalDate asOf) {
    LocalDate on = on(asOf);
    return geography
        .unit(code, on)
        .map(UnitResponse::of)
        .orElseThrow(() -> Problems.notFound("Administrative unit on " + on, code));
  }

  @GET
  @Path("/{code}/predecessors")
  @Authenticated
  @Operation(
      summary = "The units a unit was formed from",
      description = "Each with its share: WHOLE, or PART when the old unit was split.")
  public List<LinkResponse> predecessors(
      @PathParam("code") @Size(max = 5) @Pattern(regexp = CODE) String code,
      @Parameter(description = "Default today", example = "2025-07-01") @QueryParam("asOf")
          LocalDate asOf) {
    get(code, asOf);
    return geography.predecessors(code, on(asOf)).stream().map(LinkResponse::predecessor).toList();
  }

  @GET
  @Path("/{code}/successors")
  @Authenticated
  @Operation(
      summary = "The units a unit went into",
      description =
          "Each with its share. A district has none: the district level was abolished, its"
              + " communes went into the new communes (ask their successors).")
  public List<LinkResponse> successors(
      @PathParam("code") @Size(max = 5) @Pattern(regexp = CODE) String code,
      @Parameter(description = "Default today", example = "2025-06-30") @QueryParam("asOf")
          LocalDate asOf) {
    get(code, asOf);
    return geography.successors(code, on(asOf)).stream().map(LinkResponse::successor).toList();
  }

  private LocalDate on(LocalDate asOf) {
    return asOf == null ? LocalDate.now(clock) : asOf;
  }
}
