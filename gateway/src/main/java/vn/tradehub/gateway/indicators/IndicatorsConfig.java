package vn.tradehub.gateway.indicators;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The province indicators read model and its live stream. */
@ConfigMapping(prefix = "tradehub.indicators")
public interface IndicatorsConfig {
  /**
   * Consumer group prefix; the group is {@code <prefix>-<read-model instance id>-g<generation>}.
   */
  @WithDefault("gateway-indicators")
  String groupPrefix();

  /** Whether this replica consumes the topics (off only for tools that read the model). */
  @WithDefault("true")
  boolean consumerEnabled();

  /** How often a replica checks whether another replica started a rebuild. */
  @WithDefault("2s")
  Duration generationCheck();

  /** How often each SSE stream looks for new changes. */
  @WithDefault("1s")
  Duration ssePoll();

  /** How long applied changes are kept for {@code Last-Event-ID} replay. */
  @WithDefault("7d")
  Duration changeRetention();

  /** A comment line is sent on an idle SSE stream this often, so proxies keep it open. */
  @WithDefault("20s")
  Duration sseKeepAlive();
}
