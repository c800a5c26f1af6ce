package vn.tradehub.platform.it;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** delayMs exists so a test can hold a request in flight. */
public record WidgetRequest(
    @NotBlank @Size(max = 40) String name,
    @Pattern(regexp = "[a-z]+", message = "lower-case letters only") String colour,
    @PositiveOrZero @Max(5000) Integer delayMs) {}
