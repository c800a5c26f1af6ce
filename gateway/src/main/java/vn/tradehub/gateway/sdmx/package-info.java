/**
 * The SDMX REST API of the gateway (issue 16), under {@code /api/v1/sdmx}: the Department's figures
 * as six dataflows of agency {@code VN-TQ-DOIT} (version 1.0.0), queried as the SDMX REST API 2.2.2
 * describes (the standard's {@code sdmx-rest.yaml}), answered in SDMX-JSON 2.1.0 or SDMX-CSV 2.1.0.
 *
 * <h2>Dataflows</h2>
 *
 * <ul>
 *   <li>{@code DF_IIP}: FREQ.REF_AREA.ACTIVITY.COMP_BASE.PERIOD_COVERAGE, from {@code
 *       IndustryIndicatorsComputed} ({@code iipMonth}: M, {@code iipYtd}: YTD; total industry,
 *       against the same period a year earlier);
 *   <li>{@code DF_IND_OUTPUT}: FREQ.REF_AREA.PRICE_BASE.PERIOD_COVERAGE (current prices; the events
 *       carry no constant-price value), with the units of {@code byUnit};
 *   <li>{@code DF_RETAIL}: FREQ.REF_AREA.RETAIL_CATEGORY.PERIOD_COVERAGE (the total; the events
 *       carry no category), with the units of {@code byUnit};
 *   <li>{@code DF_BORDER_TRADE}:
 *       FREQ.REF_AREA.BORDER_GATE.TRADE_FLOW.TRADE_FORM.HS_CHAPTER.COUNTERPART_AREA, each
 *       observation the sum of the active shipment lines of its cell and month;
 *   <li>{@code DF_ELECTRIFICATION}: FREQ.REF_AREA.VILLAGE_INDICATOR;
 *   <li>{@code DF_PLAN}: FREQ.REF_AREA.PLAN_INDICATOR.TARGET_KIND, yearly.
 * </ul>
 *
 * REF_AREA codes are the geography library's units pinned to a date ({@code 02@2025-06-30}, {@code
 * 08@2025-07-01}): a code alone names two units across the 2025 reform. Every observation carries
 * OBS_STATUS (E, P, A for ESTIMATED, PRELIMINARY, FINAL), UNIT_MEASURE and UNIT_MULT.
 *
 * <h2>Vintages</h2>
 *
 * {@code sdmx_observation} keeps every state an observation was published in. {@link
 * vn.tradehub.gateway.sdmx.VintageRecorder}, called by the read model's applier inside its
 * transaction and after its lock of {@code read_model_state}, stamps a poll's changes with one
 * instant (the dissemination): a changed value, status or unit closes the open vintage ({@code
 * valid_to}) and opens the next ({@code valid_from}); a vanished figure or a cell whose last line
 * was cancelled opens a deletion. Plans get theirs from their revisions (a trigger on the
 * platform's {@code revision} table, V7). An older or equal {@code computedAt} or line version
 * publishes nothing, so late deliveries and a rebuild's replay leave the history as it was; the
 * vintage tables survive a rebuild.
 *
 * <p>Every answer is as of an instant {@code H} taken under a share lock of {@code
 * read_model_state} ({@link vn.tradehub.gateway.sdmx.ObservationStore#horizon()}): everything
 * stamped up to {@code H} is committed, everything later is stamped after it. The current data are
 * the vintages open at {@code H}; {@code asOf=T} those open at {@code T}; {@code updatedAfter=U}
 * the vintages opened in {@code (U, H]} that are still open (deletions in a Delete data set);
 * {@code includeHistory} every vintage up to {@code H}, a data set per dissemination. Nothing is
 * recomputed from today's read model.
 */
package vn.tradehub.gateway.sdmx;
