package vn.tradehub.platform.it;

import java.util.UUID;

public record WidgetResponse(
    UUID id,
    String name,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) String colour,
    long version) {
  static WidgetResponse of(Widget w) {
    return new WidgetResponse(w.id, w.name, w.colour, w.version);
  }
}
