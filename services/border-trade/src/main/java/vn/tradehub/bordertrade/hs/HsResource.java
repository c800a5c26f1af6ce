package vn.tradehub.bordertrade.hs;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.problem.Problems;

@Path("/api/v1/border-trade/hs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "HS nomenclature",
    description = "Harmonized System codes used to validate commodity codes")
public class HsResource {
  private final HsNomenclature hs;

  public HsResource(HsNomenclature hs) {
    this.hs = hs;
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(
      summary = "Look up an HS code",
      description =
          "Accepts a chapter (2 digits), heading (4), subheading (6) or Vietnamese national code (8 to 10 digits, AHTN-based:"
              + " checked by its 6-digit prefix). Returns the code with its subheading, heading, chapter and section."
              + " Chapter 99 (Commodities not specified according to kind) is served as the list has it, with"
              + " declarable false and a note: it is a statistical code of UN Comtrade, belongs to no section, and"
              + " no shipment line may carry it.")
  @APIResponse(
      responseCode = "200",
      description = "The code and its parents",
      content =
          @Content(
              schema = @Schema(implementation = HsCodeResponse.class),
              examples =
                  @ExampleObject(
                      name = "tea",
                      value =
                          "{\"code\":\"09022090\",\"declarable\":true,\"description\":\"Tea, green (not fermented); in immediate packings of a content"
                              + " exceeding 3kg\",\"subheading\":{\"code\":\"090220\",\"description\":\"...\"},\"heading\":{\"code\":\"0902\","
                              + "\"description\":\"Tea, whether or not flavoured\"},\"chapter\":{\"code\":\"09\",\"description\":\"Coffee, tea,"
                              + " mate and spices\"},\"section\":{\"code\":\"II\",\"description\":\"Vegetable products\"}}")))
  @APIResponse(responseCode = "422", description = "Not 2, 4 or 6 to 10 digits")
  public HsCodeResponse get(
      @Parameter(example = "09022090")
          @PathParam("code")
          @Size(max = 10)
          @Pattern(
              regexp = "^(\\d{2}|\\d{4}|\\d{6,10})$",
              message = "an HS code has 2, 4 or 6 to 10 digits")
          String code) {
    String sixDigit = code.length() >= 6 ? code.substring(0, 6) : null;
    HsNomenclature.Entry self =
        hs.find(sixDigit != null ? sixDigit : code)
            .orElseThrow(() -> Problems.notFound("HS code", code));
    HsCodeResponse.Level subheading = sixDigit == null ? null : level(sixDigit);
    HsCodeResponse.Level heading = code.length() >= 4 ? level(code.substring(0, 4)) : null;
    HsCodeResponse.Level chapter = level(code.substring(0, 2));
    if (HsNomenclature.statisticalOnly(code)) {
      return new HsCodeResponse(
          code,
          false,
          HsNomenclature.CHAPTER_99,
          self.description(),
          subheading,
          heading,
          chapter,
          null);
    }
    HsCodeResponse.Level section =
        new HsCodeResponse.Level(self.section(), hs.sectionName(self.section()));
    return new HsCodeResponse(
        code, true, null, self.description(), subheading, heading, chapter, section);
  }

  private HsCodeResponse.Level level(String code) {
    return hs.find(code).map(e -> new HsCodeResponse.Level(e.code(), e.description())).orElse(null);
  }
}
