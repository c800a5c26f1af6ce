package vn.tradehub.bordertrade.reference;

/**
 * Fired inside a transaction that changed a border gate or an exchange rate, so caches of the
 * reference data drop it once that transaction commits.
 */
public record ReferenceDataChanged(String what) {}
