package vn.tradehub.platform.it;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code hold} parks the request inside its transaction until the test releases it. */
public record WidgetRequest(
    @NotBlank @Size(max = 80) String name,
    @Pattern(regexp = "[a-z]+", message = "lower-case letters only") String colour,
    Boolean hold) {}
