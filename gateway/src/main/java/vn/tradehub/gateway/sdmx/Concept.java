package vn.tradehub.gateway.sdmx;

/** A concept of the agency's concept scheme; components take their identity from one. */
public record Concept(String id, Text name, Text description) {}
