package vn.tradehub.geography;

/**
 * A change below the lowest level of the lists (a village, thôn, moved into a commune) that no
 * succession link can express. It is reported with every territory answer it may affect.
 *
 * @param receiver the commune that received it
 * @param sourceText what the source says was moved
 * @param why why it is not a link
 */
public record VillageTransfer(AdminUnit receiver, String sourceText, String why) {}
