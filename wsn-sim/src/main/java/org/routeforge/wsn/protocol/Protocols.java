package org.routeforge.wsn.protocol;

import java.util.List;
import org.routeforge.wsn.model.WsnConfig;

/** Creates protocol instances by name (a fresh instance per run, since protocols hold run state). */
public final class Protocols {
  /** All protocol names, in report order. */
  public static final List<String> NAMES = List.of("direct", "leach", "heed", "gtrl");

  private Protocols() {}

  /**
   * A new instance of the named protocol configured from {@code config}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static ClusteringProtocol create(String name, WsnConfig config) {
    return switch (name) {
      case "direct" -> new DirectTransmission();
      case "leach" -> new Leach(config.leach().p());
      case "heed" -> new Heed(config.heed());
      case "gtrl" -> new Gtrl(config.gtrl());
      default -> throw new IllegalArgumentException(
          "unknown protocol '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    };
  }
}
