package vn.tradehub.gateway.plans;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/province/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Province plans",
    description =
        "The Department's yearly targets per province, against which the indicators show progress"
            + " (Hà Giang's until 2025, the merged Tuyên Quang's from 2025). Each target"
            + " names an indicator once, a kind (GROWTH_PCT: growth in % against the previous year,"
            + " unit `%`; ABSOLUTE: a level in the indicator's unit, not negative), a value and a"
            + " unit. The 2021 plan is seeded: IIP +6.8 %, retail sales and services +10.8 %,"
            + " border-gate import-export turnover 270 million USD, 85 % of border villages with"
            + " electricity meeting the criterion.")
public class PlanResource {
  private final PlanService plans;
  private final Lists lists;

  public PlanResource(PlanService plans, Lists lists) {
    this.plans = plans;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  public RestResponse<Page<PlanResponse>> list(@BeanParam PageParams page) {
    return lists.respond(
        page,
        PlanResponse.class,
        Keyset.ofParts(
            p -> new String[] {p.territory(), Integer.toString(p.year())}, plans::page, 2));
  }

  @GET
  @Path("/{territory}/{year}")
  @Authenticated
  public RestResponse<PlanResponse> get(@Valid @BeanParam PlanKey key) {
    PlanResponse plan = plans.get(key.territory(), key.year());
    return Saved.read(plan, plan.version());
  }

  @PUT
  @Path("/{territory}/{year}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Set a territory's plan for a year",
      description =
          "Replaces the year's targets whole (an empty list clears them). Plans are set for a"
              + " province.")
  public RestResponse<PlanResponse> put(
      @Valid @BeanParam PlanKey key,
      @BeanParam Conditions conditions,
      PlanRequest request,
      @Context UriInfo uri) {
    return plans.put(key.territory(), key.year(), conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{territory}/{year}/revisions")
  @Authenticated
  public List<Revision> revisions(@Valid @BeanParam PlanKey key) {
    return plans.revisions(key.territory(), key.year());
  }
}
