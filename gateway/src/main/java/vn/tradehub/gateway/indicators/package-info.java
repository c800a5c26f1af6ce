/**
 * The province indicators read model, in the gateway's own PostgreSQL database.
 *
 * <h2>Inputs</h2>
 *
 * {@link vn.tradehub.gateway.indicators.ReadModelConsumer} consumes {@code industry.indicators.v1},
 * {@code commerce.indicators.v1} and {@code border-trade.shipments.v1} in one consumer group
 * through the platform's {@code EventConsumers}: each event is applied in its own transaction
 * together with the {@code processed_event} row of its {@code ce_id}, so a redelivered event
 * changes nothing. {@link vn.tradehub.gateway.indicators.ReadModelUpdater} keeps
 *
 * <ul>
 *   <li>{@code industry_month}, {@code commerce_month}: the latest indicators event of each month
 *       (payload, status, ce_time); an event with an older {@code computedAt} than the stored one
 *       is ignored;
 *   <li>{@code border_rollup}: USD value and line count by month of {@code declaredOn}, gate and
 *       flow: ShipmentRecorded adds, ShipmentAmended subtracts {@code before} and adds {@code
 *       after}, ShipmentCancelled subtracts;
 *   <li>{@code read_model_state}: generation, events applied, {@code asOf} (latest ce_time);
 *   <li>{@code indicator_change}: one row per applied change, for the SSE stream.
 * </ul>
 *
 * <h2>Rebuild</h2>
 *
 * {@code POST /api/v1/province/read-model/rebuild} (ADMIN) empties the three read-model tables,
 * forgets the consumer's {@code processed_event} rows and increments the generation, in one
 * transaction. The consumer group is {@code <prefix>-<read-model instance id>-g<generation>}, so
 * the new generation's group has no committed offsets and re-reads the topics from the beginning
 * ({@code auto.offset.reset=earliest}). Every replica checks the generation every {@code
 * tradehub.indicators.generation-check} and switches; appliers of an old generation are no-ops
 * because each application locks the state row and compares generations. Follow {@code GET
 * /api/v1/province/read-model/status} until {@code state} is {@code LIVE} (lag 0). Plans and the
 * change log are kept. The topics must retain every event for a rebuild to be complete (the
 * services' topics are meant to be kept without time limit, or compacted per key for the indicators
 * topics).
 *
 * <h2>Live updates</h2>
 *
 * {@code GET /api/v1/province/events} streams {@code indicator_change} rows as SSE events whose
 * {@code id} is the row id. Appliers hold the state row lock until commit, so ids become visible in
 * id order and a cursor never skips a row. A client reconnecting with {@code Last-Event-ID} gets
 * the rows after it, then new ones; rows are kept {@code tradehub.indicators.change-retention} (7
 * days); an id older than that gets a {@code reset} event. Each stream polls the table every {@code
 * tradehub.indicators.sse-poll} (1 s), so any replica can serve any client.
 */
package vn.tradehub.gateway.indicators;
