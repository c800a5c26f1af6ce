package vn.tradehub.bordertrade.rate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The path of one rate, {@code /{currency}/{validFrom}}: {@code @Valid @BeanParam}. */
public class RateKey {
  static final String ISO_4217 = "^[A-Z]{3}$";

  @Parameter(description = "ISO 4217 currency", example = "CNY")
  @PathParam("currency")
  @Size(max = 3)
  @Pattern(regexp = ISO_4217, message = "an ISO 4217 code such as VND or CNY")
  String currency;

  @Parameter(description = "First valid day", example = "2022-03-07")
  @PathParam("validFrom")
  LocalDate validFrom;

  public String currency() {
    return currency;
  }

  public LocalDate validFrom() {
    return validFrom;
  }
}
