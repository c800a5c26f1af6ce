package vn.tradehub.platform.it;

import java.util.UUID;

public record WidgetResponse(UUID id, String name, String colour, long version) {
  static WidgetResponse of(Widget w) {
    return new WidgetResponse(w.id, w.name, w.colour, w.version);
  }
}
