package org.routeforge.wsn.engine;

import org.routeforge.wsn.model.Network;
import org.routeforge.wsn.protocol.RoundPlan;

/**
 * Optional per-round event hook of the {@link RoundEngine}: called after each round's data frames with
 * the network state and the round's plan (for checks, traces and progress reports).
 */
@FunctionalInterface
public interface RoundListener {
  /** A listener that does nothing. */
  RoundListener NONE = (round, network, plan) -> {};

  /** Called at the end of round {@code round} (1-based). */
  void onRoundEnd(int round, Network network, RoundPlan plan);
}
