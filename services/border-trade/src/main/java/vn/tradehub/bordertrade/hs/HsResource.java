package vn.tradehub.bordertrade.hs;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
              + " checked by its 6-digit prefix). Returns the code with its subheading, heading, chapter and section.")
  @APIResponse(
      responseCode = "200",
      description = "The code and its parents",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "tea",
                      value =
                          "{\"code\":\"09022090\",\"description\":\"Tea, green (not fermented); in immediate packings of a content"
                              + " exceeding 3kg\",\"subheading\":{\"code\":\"090220\",\"description\":\"...\"},\"heading\":{\"code\":\"0902\","
                              + "\"description\":\"Tea, whether or not flavoured\"},\"chapter\":{\"code\":\"09\",\"description\":\"Coffee, tea,"
                              + " mate and spices\"},\"section\":{\"code\":\"II\",\"description\":\"Vegetable products\"}}")))
  @APIResponse(
      responseCode = "404",
      description = "Unknown code",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "422",
      description = "Not 2, 4 or 6 to 10 digits",
      content = @Content(mediaType = "application/problem+json"))
  public HsCodeResponse get(@Parameter(example = "09022090") @PathParam("code") String code) {
    if (!code.matches("\\d{2}|\\d{4}|\\d{6,10}")) {
      throw Problems.validation("code", "an HS code has 2, 4 or 6 to 10 digits", code);
    }
    String sixDigit = code.length() >= 6 ? code.substring(0, 6) : null;
    HsNomenclature.Entry self =
        hs.find(sixDigit != null ? sixDigit : code)
            .orElseThrow(() -> Problems.notFound("HS code", code));
    HsCodeResponse.Level subheading = sixDigit == null ? null : level(sixDigit);
    HsCodeResponse.Level heading = code.length() >= 4 ? level(code.substring(0, 4)) : null;
    HsCodeResponse.Level chapter = level(code.substring(0, 2));
    HsCodeResponse.Level section =
        new HsCodeResponse.Level(self.section(), hs.sectionName(self.section()));
    return new HsCodeResponse(code, self.description(), subheading, heading, chapter, section);
  }

  private HsCodeResponse.Level level(String code) {
    return hs.find(code).map(e -> new HsCodeResponse.Level(e.code(), e.description())).orElse(null);
  }
}
