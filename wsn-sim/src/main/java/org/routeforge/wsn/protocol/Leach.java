package org.routeforge.wsn.protocol;

import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;

/**
 * LEACH (Heinzelman, Chandrakasan &amp; Balakrishnan 2000/2002): in round r an alive node n that has
 * not been a cluster head in the current epoch of {@code round(1/p)} rounds (the set G) becomes a head
 * when a uniform draw is below {@code T(n) = p / (1 − p·(r mod 1/p))}; heads advertise to the whole
 * field, members join the nearest head, heads aggregate and send straight to the base station.
 */
public final class Leach implements ClusteringProtocol {
  private final double p;
  private int epochLength;
  private int[] headEpoch;
  private SplittableRandom random;

  /** LEACH with desired head share {@code p}. */
  public Leach(double p) {
    this.p = p;
  }

  @Override
  public String name() {
    return "leach";
  }

  @Override
  public void init(Network network, SplittableRandom rnd) {
    this.random = rnd;
    this.epochLength = Math.max(1, (int) Math.round(1 / p));
    this.headEpoch = new int[network.size()];
    java.util.Arrays.fill(headEpoch, -1);
  }

  /** The LEACH threshold T(n) for an eligible node in round {@code r} (1-based). */
  public double threshold(int r) {
    int rmod = (r - 1) % epochLength;
    double denom = 1 - p * rmod;
    return denom <= p ? 1 : p / denom;
  }

  @Override
  public void setup(Network net, RoundPlan plan) {
    int r = net.round();
    int epoch = (r - 1) / epochLength;
    double t = threshold(r);
    int n = net.size();
    for (int i = 0; i < n; i++) {
      if (net.alive(i) && headEpoch[i] != epoch && random.nextDouble() < t) {
        headEpoch[i] = epoch;
        plan.addHead(i);
      }
    }
    advertiseAndJoinNearest(net, plan);
  }

  /**
   * Every head broadcasts a control packet strong enough to reach the whole field; every alive
   * non-head hears each one and joins the nearest alive head (strongest signal), or sends straight
   * to the base station when there is none.
   */
  private static void advertiseAndJoinNearest(Network net, RoundPlan plan) {
    int ctrl = net.config().controlBits();
    double w = net.config().fieldWidth();
    double h = net.config().fieldHeight();
    int k = plan.headCount();
    for (int j = 0; j < k; j++) {
      int hd = plan.head(j);
      if (net.alive(hd)) {
        double dx = Math.max(net.x(hd), w - net.x(hd));
        double dy = Math.max(net.y(hd), h - net.y(hd));
        net.transmit(hd, ctrl, Math.hypot(dx, dy));
      }
    }
    int n = net.size();
    for (int i = 0; i < n; i++) {
      if (!net.alive(i) || plan.isHead(i)) {
        continue;
      }
      int best = RoundPlan.BS;
      double bestD = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k && net.alive(i); j++) {
        int hd = plan.head(j);
        if (!net.alive(hd) || !net.receive(i, ctrl)) {
          continue;
        }
        double dx = net.x(i) - net.x(hd);
        double dy = net.y(i) - net.y(hd);
        double d2 = dx * dx + dy * dy;
        if (d2 < bestD) {
          bestD = d2;
          best = hd;
        }
      }
      plan.assign(i, best);
    }
  }
}
