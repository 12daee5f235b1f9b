package org.routeforge.wsn.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.protocol.ClusteringProtocol;
import org.routeforge.wsn.protocol.RoundPlan;

/**
 * Runs a protocol on a network round by round until every node is dead or {@code maxRounds} is
 * reached. A round is: the protocol's set-up (election and its control messages), the common join
 * (each member sends a join request to its head) and TDMA schedule (each head broadcasts it to its
 * farthest member) messages, then {@code frames_per_round} data frames: each member sends one data
 * packet to its head (or to the base station when it has none), each head aggregates its members'
 * packets and its own reading into one packet and sends it to its next hop, and the relay, if any,
 * forwards what it received (fused into one packet or one by one) to the base station.
 *
 * <p>Every send, receive and aggregation is charged through {@link Network}; the engine never asks a
 * dead node to act, so a packet sent to a head that has died is simply lost. The run is deterministic
 * for a seed: the node placement uses the first split of {@code SplittableRandom(seed)} and the
 * protocol the second, so all protocols see the same field for the same seed.
 *
 * @implNote Hot loops work on primitive arrays; one engine instance per run, not thread-safe.
 */
public final class RoundEngine {
  private final WsnConfig config;

  /** An engine for a configuration. */
  public RoundEngine(WsnConfig config) {
    this.config = config;
  }

  /** Runs one simulation without a listener. */
  public SimulationResult run(ClusteringProtocol protocol, long seed) {
    return run(protocol, seed, RoundListener.NONE);
  }

  /** Runs one simulation, calling {@code listener} after every round. */
  public SimulationResult run(ClusteringProtocol protocol, long seed, RoundListener listener) {
    long t0 = System.nanoTime();
    SplittableRandom root = new SplittableRandom(seed);
    Network net = Network.create(config, root.split());
    protocol.init(net, root.split());
    int n = net.size();
    int maxRounds = config.maxRounds();
    int data = config.dataBits();
    int ctrl = config.controlBits();
    RoundPlan plan = new RoundPlan(n);
    int[] received = new int[n];
    int[] readings = new int[n];
    int[] members = new int[n];
    double[] farthest = new double[n];
    boolean[] scheduled = new boolean[n];
    int[] relayQueue = new int[n];
    int cap = Math.min(maxRounds, 1024);
    int[] alive = new int[cap];
    double[] residual = new double[cap];
    double[] variance = new double[cap];
    int[] heads = new int[cap];
    int half = (n + 1) / 2;
    int fnd = -1;
    int hnd = -1;
    int lnd = -1;
    long packets = 0;
    long readingsToBs = 0;
    double initialTotal = net.totalInitialEnergy();
    double varianceAtHalf = Double.NaN;
    int r = 0;
    while (net.aliveCount() > 0 && r < maxRounds) {
      r++;
      net.beginRound(r);
      plan.reset();
      protocol.setup(net, plan);
      int relay = plan.relay();

      // join requests and TDMA schedules
      for (int k = 0; k < plan.headCount(); k++) {
        int h = plan.head(k);
        members[h] = 0;
        farthest[h] = 0;
        received[h] = 0;
        readings[h] = 0;
        scheduled[h] = false;
      }
      for (int i = 0; i < n; i++) {
        int h = plan.headOf(i);
        if (h < 0 || h == i || !net.alive(i) || !net.transmit(i, ctrl, net.distance(i, h))) {
          continue;
        }
        if (net.alive(h) && net.receive(h, ctrl)) {
          members[h]++;
          farthest[h] = Math.max(farthest[h], net.distance(i, h));
        }
      }
      for (int k = 0; k < plan.headCount(); k++) {
        int h = plan.head(k);
        scheduled[h] = members[h] > 0 && net.alive(h) && net.transmit(h, ctrl, farthest[h]);
      }
      for (int i = 0; i < n; i++) {
        int h = plan.headOf(i);
        if (h >= 0 && h != i && scheduled[h] && net.alive(i)) {
          net.receive(i, ctrl);
        }
      }

      // steady phase
      for (int f = 0; f < config.framesPerRound(); f++) {
        for (int k = 0; k < plan.headCount(); k++) {
          int h = plan.head(k);
          received[h] = 0;
          readings[h] = 0;
        }
        for (int i = 0; i < n; i++) {
          if (!net.alive(i)) {
            continue;
          }
          int h = plan.headOf(i);
          if (h == RoundPlan.BS) {
            if (net.transmit(i, data, net.distanceToBs(i))) {
              packets++;
              readingsToBs++;
            }
          } else if (h != i && net.transmit(i, data, net.distance(i, h)) && net.alive(h) && net.receive(h, data)) {
            received[h]++;
            readings[h]++;
          }
        }
        int relayPackets = 0;
        int relayReadings = 0;
        for (int k = 0; k < plan.headCount(); k++) {
          int h = plan.head(k);
          if (h == relay || !net.alive(h) || !net.aggregate(h, data, received[h] + 1)) {
            continue;
          }
          int carried = readings[h] + 1;
          int next = plan.nextHop(h);
          if (next == RoundPlan.BS) {
            if (net.transmit(h, data, net.distanceToBs(h))) {
              packets++;
              readingsToBs += carried;
            }
          } else if (net.transmit(h, data, net.distance(h, next)) && net.alive(next) && net.receive(next, data)) {
            relayQueue[relayPackets++] = carried;
            relayReadings += carried;
          }
        }
        if (relay >= 0 && net.alive(relay)) {
          int own = plan.isHead(relay) ? received[relay] + 1 : 0;
          int ownReadings = plan.isHead(relay) ? readings[relay] + 1 : 0;
          if (plan.relayAggregates()) {
            if (own + relayPackets > 0
                && net.aggregate(relay, data, own + relayPackets)
                && net.transmit(relay, data, net.distanceToBs(relay))) {
              packets++;
              readingsToBs += ownReadings + relayReadings;
            }
          } else {
            if (own > 0 && net.aggregate(relay, data, own) && net.transmit(relay, data, net.distanceToBs(relay))) {
              packets++;
              readingsToBs += ownReadings;
            }
            for (int k = 0; k < relayPackets && net.alive(relay); k++) {
              if (net.transmit(relay, data, net.distanceToBs(relay))) {
                packets++;
                readingsToBs += relayQueue[k];
              }
            }
          }
        }
      }
      protocol.endRound(net, plan);

      if (r > alive.length) {
        int c = Math.min(maxRounds, alive.length * 2);
        alive = Arrays.copyOf(alive, c);
        residual = Arrays.copyOf(residual, c);
        variance = Arrays.copyOf(variance, c);
        heads = Arrays.copyOf(heads, c);
      }
      int a = net.aliveCount();
      double res = net.totalEnergy();
      alive[r - 1] = a;
      residual[r - 1] = res;
      variance[r - 1] = net.energyVariance();
      heads[r - 1] = plan.headCount();
      if (fnd < 0 && a < n) {
        fnd = r;
      }
      if (hnd < 0 && n - a >= half) {
        hnd = r;
      }
      if (lnd < 0 && a == 0) {
        lnd = r;
      }
      if (Double.isNaN(varianceAtHalf) && res <= initialTotal / 2) {
        varianceAtHalf = variance[r - 1];
      }
      listener.onRoundEnd(r, net, plan);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new SimulationResult(
        protocol.name(), seed, n, r, fnd, hnd, lnd,
        Arrays.copyOf(alive, r), Arrays.copyOf(residual, r), Arrays.copyOf(variance, r), Arrays.copyOf(heads, r),
        packets, readingsToBs, initialTotal - net.totalEnergy(), initialTotal, varianceAtHalf, seconds);
  }
}
