package vn.tradehub.bordertrade.hs;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

@Path("/api/v1/border-trade/hs")
@Tag(
    name = "HS nomenclature",
    description =
        "Harmonized System 2022 codes (read-only), which shipment lines are checked against. A"
            + " lookup takes a chapter (2 digits), heading (4), subheading (6) or Vietnamese"
            + " national code (8 to 10 digits, AHTN-based: known by its 6-digit subheading), and"
            + " answers it with its subheading, heading, chapter and section. Chapter 99"
            + " (Commodities not specified according to kind) is served as the list has it, with"
            + " declarable false and a note: it is a statistical code of UN Comtrade, belongs to no"
            + " section, and no shipment line may carry it.")
public class HsResource extends ReadableCodeListResource<HsCodeResponse> {
  private final HsCodes codes;
  private final Lists lists;

  public HsResource(HsCodes codes, Lists lists) {
    super(codes);
    this.codes = codes;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  public RestResponse<Page<HsCodeResponse>> list(
      @BeanParam PageParams page,
      @Parameter(
              description = "Only codes starting with these digits (a chapter: 09)",
              example = "0902")
          @QueryParam("prefix")
          @Size(max = 6)
          @Pattern(regexp = "^\\d{1,6}$", message = "1 to 6 digits")
          String prefix,
      @Parameter(description = "Only chapters, headings or subheadings") @QueryParam("level")
          HsCodeLevel level) {
    return lists.respond(
        page,
        HsCodeResponse.class,
        Keyset.of(HsCodeResponse::code, (after, limit) -> codes.page(prefix, level, after, limit)));
  }
}
