package org.routeforge.wsn.protocol;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;
import org.routeforge.wsn.model.RadioModel;
import org.routeforge.wsn.model.WsnConfig;

/**
 * GTRL: game-theoretic + multi-agent reinforcement-learning cluster-head selection, after the idea of
 * arXiv 2508.12707 (whose details are not public; every concrete choice below is ours and is written
 * down in the module README).
 *
 * <p>Each round: (1) the base station broadcasts the alive count, the mean residual energy Ē and the
 * relay, the alive node with the highest residual energy. (2) Every alive node i plays a local
 * volunteer's-dilemma clustering game with its m_i − 1 alive neighbours within the game radius:
 * strategies {head, member}; a member served by some head gets v, a head gets v − c_i, nobody gets
 * anything when nobody volunteers. The symmetric mixed-strategy Nash equilibrium volunteers with
 * {@code p_i = 1 − (c_i/v)^(1/(m_i−1))}; v is calibrated per node so that a node of mean energy and
 * reference cost volunteers with the target share p, which gives
 * {@code p_i = 1 − (1 − p)·(c_i/c_ref)^(1/(m_i−1))}. (3) The cost c_i is learned: each node keeps a
 * tabular Q-function over states (residual energy relative to Ē: 5 levels; distance to the base
 * station: 3 terciles; alive neighbours relative to the initial mean: 3 levels) and actions {member,
 * head}, and uses {@code c_i = Q(s, member) − Q(s, head)}, the learned long-run price of volunteering
 * in its state; with probability ε (decaying geometrically from ε_start to ε_end) it explores by
 * playing the equilibrium of the model-based prior cost instead. (4) The relay is always a head;
 * heads advertise over twice the game radius, members join the nearest head they heard (the relay
 * when they heard none); each head sends its aggregated packet to the relay when that costs it
 * less than sending to the base station, and the relay (optionally fusing all packets into one) sends
 * single-hop to the base station. (5) After the frames, each node that chose an action gets the reward
 * {@code −(spent/m0)·(Ē/E_i)^β − λ·((E_i − Ē)/Ē)²} (m0 the model's per-round member energy; a node
 * that died gets a death penalty instead of the bootstrap term) and updates
 * {@code Q ← Q + α(r + γ·max Q(s', ·) − Q)}.
 */
public final class Gtrl implements ClusteringProtocol {
  private static final int E_LEVELS = 5;
  private static final int D_LEVELS = 3;
  private static final int N_LEVELS = 3;
  private static final int STATES = E_LEVELS * D_LEVELS * N_LEVELS;
  private static final int MEMBER = 0;
  private static final int HEAD = 1;
  private static final double[] E_LEVEL_RATIO = {0.6, 0.8, 1.0, 1.2, 1.4};

  private final WsnConfig.Gtrl params;
  private SplittableRandom random;
  private Neighbours nbrs;
  private int[] aliveDegree;
  private boolean[] knownAlive;
  private double meanDegree0;
  private double dLow;
  private double dHigh;
  private double[] q;
  private double memberCost;
  private double headCost;
  private double costRatio;
  private int[] state;
  private int[] action;
  private double[] energyStart;
  private double[] spentStart;
  private double meanStart;
  private double advertisementRadius;

  /** GTRL with the given parameters. */
  public Gtrl(WsnConfig.Gtrl params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "gtrl";
  }

  @Override
  public void init(Network net, SplittableRandom rnd) {
    random = rnd;
    WsnConfig cfg = net.config();
    int n = net.size();
    double area = cfg.fieldWidth() * cfg.fieldHeight();
    double k = Math.max(1, params.p() * n);
    double radius =
        params.neighbourRadius() > 0 ? params.neighbourRadius() : Math.sqrt(area / (Math.PI * k));
    nbrs = new Neighbours(net, radius);
    advertisementRadius = 2 * radius;
    aliveDegree = new int[n];
    knownAlive = new boolean[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      aliveDegree[i] = nbrs.degree(i);
      knownAlive[i] = true;
      meanDegree0 += aliveDegree[i];
      d[i] = net.distanceToBs(i);
    }
    meanDegree0 = Math.max(1, meanDegree0 / n);
    Arrays.sort(d);
    dLow = d[n / 3];
    dHigh = d[(2 * n) / 3];

    RadioModel radio = net.radio();
    int data = cfg.dataBits();
    int ctrl = cfg.controlBits();
    double dToHead = Math.sqrt(area / (2 * Math.PI * k));
    double meanDBs = 0;
    for (int i = 0; i < n; i++) {
      meanDBs += net.distanceToBs(i);
    }
    meanDBs /= n;
    double dHop = Math.min(meanDBs, 0.5214 * Math.sqrt(area));
    int members = (int) Math.max(0, Math.round(n / k) - 1);
    memberCost = radio.tx(data, dToHead) + k * radio.rx(ctrl) + radio.tx(ctrl, dToHead);
    headCost =
        members * radio.rx(data)
            + radio.aggregate(data, members + 1)
            + radio.tx(data, dHop)
            + radio.tx(ctrl, advertisementRadius);
    costRatio = Math.max(1 + 1e-9, headCost / memberCost);

    double g = params.gamma();
    q = new double[n * STATES * 2];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < STATES; s++) {
        double sigma = scarcity(E_LEVEL_RATIO[s / (D_LEVELS * N_LEVELS)]);
        q[(i * STATES + s) * 2 + MEMBER] = -sigma / (1 - g);
        q[(i * STATES + s) * 2 + HEAD] = -sigma * costRatio - g * sigma / (1 - g);
      }
    }
    state = new int[n];
    action = new int[n];
    energyStart = new double[n];
    spentStart = new double[n];
  }

  private double scarcity(double energyRatio) {
    return Math.pow(1 / Math.max(energyRatio, 1e-3), params.energyExponent());
  }

  private int state(Network net, int i, double meanEnergy) {
    double ratio = net.energy(i) / meanEnergy;
    int e = ratio < 0.7 ? 0 : ratio < 0.9 ? 1 : ratio < 1.1 ? 2 : ratio < 1.3 ? 3 : 4;
    double dist = net.distanceToBs(i);
    int dl = dist < dLow ? 0 : dist < dHigh ? 1 : 2;
    double deg = aliveDegree[i] / meanDegree0;
    int nl = deg < 0.6 ? 0 : deg < 1.2 ? 1 : 2;
    return (e * D_LEVELS + dl) * N_LEVELS + nl;
  }

  private static double meanAliveEnergy(Network net) {
    double s = 0;
    int c = 0;
    for (int i = 0; i < net.size(); i++) {
      if (net.alive(i)) {
        s += net.energy(i);
        c++;
      }
    }
    return c == 0 ? 0 : s / c;
  }

  /** The mixed-strategy equilibrium head probability for a volunteering cost (in reward units). */
  private double equilibrium(double cost, int players) {
    double p = params.p();
    if (players <= 1) {
      return p;
    }
    double ratio = Math.max(cost, 1e-12) / (costRatio - 1);
    double prob = 1 - (1 - p) * Math.pow(ratio, 1.0 / (players - 1));
    return prob < 0 ? 0 : Math.min(prob, 1);
  }

  @Override
  public void setup(Network net, RoundPlan plan) {
    int n = net.size();
    for (int i = 0; i < n; i++) {
      if (knownAlive[i] && !net.alive(i)) {
        knownAlive[i] = false;
        for (int k = nbrs.start[i]; k < nbrs.start[i + 1]; k++) {
          aliveDegree[nbrs.index[k]]--;
        }
      }
    }
    Arrays.fill(action, -1);
    int relay = RoundPlan.BS;
    for (int i = 0; i < n; i++) {
      if (net.alive(i)
          && (relay < 0
              || net.energy(i) > net.energy(relay)
              || (net.energy(i) == net.energy(relay) && net.distanceToBs(i) < net.distanceToBs(relay)))) {
        relay = i;
      }
    }
    if (relay < 0) {
      return;
    }
    int ctrl = net.config().controlBits();
    for (int i = 0; i < n; i++) {
      if (net.alive(i)) {
        net.receive(i, ctrl);
      }
    }
    meanStart = meanAliveEnergy(net);
    double eps =
        Math.max(params.epsilonEnd(), params.epsilonStart() * Math.pow(params.epsilonDecay(), net.round() - 1));
    for (int i = 0; i < n; i++) {
      if (!net.alive(i) || i == relay) {
        continue;
      }
      int s = state(net, i, meanStart);
      double cost;
      if (net.energy(i) < headCost) {
        cost = Double.POSITIVE_INFINITY;
      } else if (random.nextDouble() < eps) {
        cost = scarcity(net.energy(i) / meanStart) * (costRatio - 1);
      } else {
        cost = q[(i * STATES + s) * 2 + MEMBER] - q[(i * STATES + s) * 2 + HEAD];
      }
      int a = random.nextDouble() < equilibrium(cost, aliveDegree[i] + 1) ? HEAD : MEMBER;
      state[i] = s;
      action[i] = a;
      energyStart[i] = net.energy(i);
      spentStart[i] = net.spent(i);
      if (a == HEAD) {
        plan.addHead(i);
      }
    }
    if (net.alive(relay)) {
      plan.addHead(relay);
    }
    advertiseLocally(net, plan, relay);
    if (!net.alive(relay)) {
      return;
    }
    int data = net.config().dataBits();
    RadioModel radio = net.radio();
    for (int k = 0; k < plan.headCount(); k++) {
      int h = plan.head(k);
      if (h != relay && radio.tx(data, net.distance(h, relay)) < radio.tx(data, net.distanceToBs(h))) {
        plan.setNextHop(h, relay);
      }
    }
    plan.setRelay(relay, params.relayAggregates());
  }

  /**
   * Heads advertise over the advertisement radius only; a node joins the nearest head it heard, or
   * the relay (known to all from the base station's broadcast) when it heard none.
   */
  private void advertiseLocally(Network net, RoundPlan plan, int relay) {
    int ctrl = net.config().controlBits();
    int k = plan.headCount();
    for (int j = 0; j < k; j++) {
      int h = plan.head(j);
      if (net.alive(h)) {
        net.transmit(h, ctrl, advertisementRadius);
      }
    }
    double r2 = advertisementRadius * advertisementRadius;
    for (int i = 0; i < net.size(); i++) {
      if (!net.alive(i) || plan.isHead(i)) {
        continue;
      }
      int best = RoundPlan.BS;
      double bestD = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k && net.alive(i); j++) {
        int h = plan.head(j);
        double dx = net.x(i) - net.x(h);
        double dy = net.y(i) - net.y(h);
        double d2 = dx * dx + dy * dy;
        if (d2 <= r2 && net.alive(h) && net.receive(i, ctrl) && d2 < bestD) {
          bestD = d2;
          best = h;
        }
      }
      plan.assign(i, best == RoundPlan.BS && net.alive(relay) ? relay : best);
    }
  }

  @Override
  public void endRound(Network net, RoundPlan plan) {
    double meanEnd = meanAliveEnergy(net);
    double g = params.gamma();
    double deathPenalty = costRatio / (1 - g);
    for (int i = 0; i < net.size(); i++) {
      int a = action[i];
      if (a < 0) {
        continue;
      }
      double r = -((net.spent(i) - spentStart[i]) / memberCost) * scarcity(energyStart[i] / meanStart);
      double target;
      if (!net.alive(i)) {
        target = r - deathPenalty;
      } else {
        double dev = (net.energy(i) - meanEnd) / meanEnd;
        r -= params.balanceWeight() * dev * dev;
        int next = (i * STATES + state(net, i, meanEnd)) * 2;
        target = r + g * Math.max(q[next + MEMBER], q[next + HEAD]);
      }
      int idx = (i * STATES + state[i]) * 2 + a;
      q[idx] += params.alpha() * (target - q[idx]);
    }
  }
}
