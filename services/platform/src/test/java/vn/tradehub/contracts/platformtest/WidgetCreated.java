package vn.tradehub.contracts.platformtest;

import java.util.UUID;

public record WidgetCreated(UUID id, String name, String colour) {}
