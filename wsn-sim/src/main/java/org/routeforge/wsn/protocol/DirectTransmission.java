package org.routeforge.wsn.protocol;

import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;

/**
 * Direct transmission: no clusters, every alive node sends each data packet straight to the base
 * station, with no aggregation. The baseline LEACH was designed to beat.
 */
public final class DirectTransmission implements ClusteringProtocol {
  @Override
  public String name() {
    return "direct";
  }

  @Override
  public void init(Network network, SplittableRandom random) {}

  @Override
  public void setup(Network network, RoundPlan plan) {}
}
