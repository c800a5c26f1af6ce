package vn.tradehub.contracts.platformtest;

import java.util.UUID;

public record WidgetChanged(UUID id, String name, String colour) {}
