package org.routeforge.wsn.protocol;

import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;

/**
 * A cluster-head selection protocol: at each round's set-up phase it elects cluster heads, assigns
 * members to them and routes the heads' packets, charging its own election messages to the network.
 * The round engine then charges the common join/schedule messages and runs the data frames.
 *
 * <p>Instances hold per-run state (rotation memory, Q-tables) and are used for exactly one run:
 * {@link #init} once, then {@link #setup} and {@link #endRound} once per round.
 */
public interface ClusteringProtocol {

  /** Short name used on the command line and in reports ({@code leach}, {@code heed}, ...). */
  String name();

  /**
   * Prepares a run on a freshly created network.
   *
   * @param network the network (positions and energy known; nothing spent yet)
   * @param random this run's protocol randomness (seeded by the engine)
   */
  void init(Network network, SplittableRandom random);

  /**
   * Runs the set-up phase of the network's current round: fills {@code plan} (already reset) for the
   * alive nodes and charges the protocol's election messages via the network. Must never operate on a
   * dead node.
   */
  void setup(Network network, RoundPlan plan);

  /** Called after the round's data frames, e.g. to learn from the energy spent; default: nothing. */
  default void endRound(Network network, RoundPlan plan) {}
}
