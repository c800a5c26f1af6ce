package vn.tradehub.gateway.live;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.gateway.indicators.ApiDocs;
import vn.tradehub.gateway.indicators.IndicatorsConfig;
import vn.tradehub.platform.problem.Problems;

@Path("/api/v1/province/events")
@Tag(
    name = ApiDocs.TAG_LIVE,
    description = "Server-Sent Events of the changes applied to the indicators read model")
public class EventStreamResource {
  static final String EXAMPLE =
      ": connected\n\n"
          + "id: 4711\nevent: indicators\ndata: {\"id\":4711,\"source\":\"industry\",\"kind\":\"indicators\",\"period\":\"2020-12\",\"status\":\"ESTIMATED\","
          + "\"eventType\":\"vn.tradehub.industry.IndustryIndicatorsComputed\",\"eventId\":\"0b7e4f1c-3c55-4a8e-9d8f-5f1e2a3b4c5d\","
          + "\"eventTime\":\"2021-01-05T02:00:00Z\",\"occurredAt\":\"2021-01-05T02:00:01.120Z\"}\n\n"
          + "id: 4712\nevent: shipments\ndata: {\"id\":4712,\"source\":\"border-trade\",\"kind\":\"shipments\",\"period\":\"2020-12\",\"gateCode\":\"THANH_THUY\","
          + "\"eventType\":\"vn.tradehub.bordertrade.ShipmentRecorded\",\"eventId\":\"7d1c0a52-64a4-4c3e-8a0e-2b9f0e6c1d2e\","
          + "\"eventTime\":\"2021-01-05T02:00:03Z\",\"occurredAt\":\"2021-01-05T02:00:03.410Z\"}\n\n";

  /** A change id is a bigserial: at most 19 digits (and a little blank space around them). */
  static final int ID_MAX = 24;

  private final ChangeLog log;
  private final IndicatorsConfig config;

  public EventStreamResource(ChangeLog log, IndicatorsConfig config) {
    this.log = log;
    this.config = config;
  }

  @GET
  @Authenticated
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Live changes of the province indicators (Server-Sent Events)",
      description =
          "A stream of the changes the gateway applies to its read model as events arrive from Kafka, each with a"
              + " numeric `id`. Event names: `indicators` (an industry or commerce month was recomputed; `source`, `period`,"
              + " `status`), `shipments` (border-trade turnover of `period` at `gateCode` changed), `rebuild` (the read model"
              + " is being rebuilt: reload everything) and `reset` (the client's Last-Event-ID is older than the replay window:"
              + " reload everything). Clients refetch `/indicators` and `/series` when they get one.\n\n"
              + "**Resume.** A client that reconnects with the `Last-Event-ID` header (or `lastEventId` query parameter) first"
              + " gets every change after that id, then the new ones. Changes are kept for 7 days"
              + " (`tradehub.indicators.change-retention`); an older id gets a `reset` event. Without it the stream starts"
              + " with the next change. Every gateway replica serves the same ids (they come from the database), so a client"
              + " may reconnect to any replica. A comment line is sent every 20 s on an idle stream.")
  @APIResponse(
      responseCode = "200",
      description = "The stream",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
              examples = @ExampleObject(name = "changes", value = EXAMPLE)))
  public Multi<OutboundSseEvent> events(
      @Parameter(
              description = "The id of the last change the client got; replay starts after it",
              example = "4710")
          @HeaderParam("Last-Event-ID")
          @Size(max = ID_MAX)
          String lastEventId,
      @Parameter(
              description = "The same as Last-Event-ID, for clients that cannot set headers",
              example = "4710")
          @QueryParam("lastEventId")
          @Size(max = ID_MAX)
          String lastEventIdParam,
      @Context Sse sse) {
    String resumeFrom =
        lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdParam;
    List<OutboundSseEvent> first = new ArrayList<>();
    first.add(sse.newEventBuilder().comment("connected").reconnectDelay(3000).build());
    long start;
    if (resumeFrom == null || resumeFrom.isBlank()) {
      start = log.latestId();
    } else {
      try {
        start = Long.parseLong(resumeFrom.trim());
      } catch (NumberFormatException e) {
        throw Problems.validation("Last-Event-ID", "must be a change id (a number)", resumeFrom);
      }
      if (start < log.prunedThrough()) {
        first.add(
            sse.newEventBuilder()
                .id(Long.toString(log.latestId()))
                .name("reset")
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(
                    String.class,
                    "{\"kind\":\"reset\",\"detail\":\"changes after "
                        + start
                        + " are no longer kept; reload everything\"}")
                .build());
        start = log.latestId();
      }
    }
    AtomicLong cursor = new AtomicLong(start);
    AtomicLong lastSent = new AtomicLong(System.nanoTime());
    AtomicBoolean busy = new AtomicBoolean();
    Multi<OutboundSseEvent> follow =
        Multi.createFrom()
            .ticks()
            .startingAfter(Duration.ofMillis(1))
            .every(config.ssePoll())
            .onOverflow()
            .drop()
            .emitOn(Infrastructure.getDefaultWorkerPool())
            .concatMap(
                tick -> {
                  if (!busy.compareAndSet(false, true)) return Multi.createFrom().empty();
                  try {
                    List<OutboundSseEvent> out = new ArrayList<>();
                    List<ChangeLog.Change> changes;
                    do {
                      changes = log.after(cursor.get());
                      for (ChangeLog.Change c : changes) {
                        out.add(event(sse, c));
                        cursor.set(c.id());
                      }
                    } while (changes.size() == ChangeLog.BATCH);
                    long now = System.nanoTime();
                    if (!out.isEmpty()) lastSent.set(now);
                    else if (now - lastSent.get() >= config.sseKeepAlive().toNanos()) {
                      out.add(sse.newEventBuilder().comment("keep-alive").build());
                      lastSent.set(now);
                    }
                    return Multi.createFrom().iterable(out);
                  } finally {
                    busy.set(false);
                  }
                });
    return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(first), follow);
  }

  private static OutboundSseEvent event(Sse sse, ChangeLog.Change c) {
    String data = c.data();
    // add the change's own id and time to its JSON object
    String extra = "\"id\":" + c.id() + ",\"occurredAt\":\"" + c.occurredAt() + "\"";
    data =
        data.startsWith("{") && data.length() > 2
            ? "{" + extra + "," + data.substring(1)
            : "{" + extra + "}";
    return sse.newEventBuilder()
        .id(Long.toString(c.id()))
        .name(c.kind())
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(String.class, data)
        .build();
  }
}
