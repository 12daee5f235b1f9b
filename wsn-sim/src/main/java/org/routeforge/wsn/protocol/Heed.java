package org.routeforge.wsn.protocol;

import java.util.SplittableRandom;
import org.routeforge.wsn.model.Network;
import org.routeforge.wsn.model.WsnConfig;

/**
 * HEED (Younis &amp; Fahmy, IEEE TMC 2004): hybrid, energy-efficient, distributed clustering. Each
 * node starts with {@code CH_prob = max(C_prob·E_res/E_max, p_min)} and repeats, doubling CH_prob
 * each iteration until it reaches 1: if it has heard tentative or final heads within the cluster range
 * R_c it keeps the least-cost one (announcing itself again if that is itself, finally once CH_prob is
 * 1); otherwise it announces itself as tentative head with probability CH_prob. At the end a node that
 * is not a final head joins the least-cost final head it heard, or becomes a final head itself.
 *
 * <p>Choices: the intra-cluster cost is AMRP (average minimum reachability power, the mean squared
 * distance to the alive neighbours within R_c), recomputed whenever a node has died; E_max is the
 * largest initial energy; every announcement is a control packet sent over R_c and received by all
 * alive neighbours; heads send straight to the base station (single hop, like LEACH); iterations are
 * synchronous (announcements of an iteration are heard before the next one).
 */
public final class Heed implements ClusteringProtocol {
  private final WsnConfig.Heed params;
  private SplittableRandom random;
  private Neighbours nbrs;
  private double eMax;
  private double[] cost;
  private double[] chProb;
  private boolean[] done;
  private boolean[] isFinal;
  private int[] bestAny;
  private double[] bestAnyCost;
  private int[] bestFinal;
  private double[] bestFinalCost;
  private int[] announcers;
  private boolean[] announceFinal;
  private int costDeadCount = -1;

  /** HEED with the given parameters. */
  public Heed(WsnConfig.Heed params) {
    this.params = params;
  }

  @Override
  public String name() {
    return "heed";
  }

  @Override
  public void init(Network net, SplittableRandom rnd) {
    random = rnd;
    int n = net.size();
    nbrs = new Neighbours(net, params.clusterRadius());
    for (int i = 0; i < n; i++) {
      eMax = Math.max(eMax, net.initialEnergy(i));
    }
    cost = new double[n];
    chProb = new double[n];
    done = new boolean[n];
    isFinal = new boolean[n];
    bestAny = new int[n];
    bestAnyCost = new double[n];
    bestFinal = new int[n];
    bestFinalCost = new double[n];
    announcers = new int[n];
    announceFinal = new boolean[n];
  }

  private void updateCosts(Network net) {
    int dead = net.size() - net.aliveCount();
    if (dead == costDeadCount) {
      return;
    }
    costDeadCount = dead;
    for (int i = 0; i < net.size(); i++) {
      double s = 0;
      int c = 0;
      for (int k = nbrs.start[i]; k < nbrs.start[i + 1]; k++) {
        if (net.alive(nbrs.index[k])) {
          s += nbrs.dist2[k];
          c++;
        }
      }
      cost[i] = c == 0 ? 0 : s / c;
    }
  }

  @Override
  public void setup(Network net, RoundPlan plan) {
    updateCosts(net);
    int n = net.size();
    int active = 0;
    for (int i = 0; i < n; i++) {
      isFinal[i] = false;
      bestAny[i] = -1;
      bestFinal[i] = -1;
      bestAnyCost[i] = Double.POSITIVE_INFINITY;
      bestFinalCost[i] = Double.POSITIVE_INFINITY;
      done[i] = !net.alive(i);
      if (!done[i]) {
        chProb[i] = Math.max(params.cProb() * net.energy(i) / eMax, params.pMin());
        active++;
      }
    }
    while (active > 0) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (done[i]) {
          continue;
        }
        if (!net.alive(i)) {
          done[i] = true;
          active--;
          continue;
        }
        boolean announce = false;
        boolean fin = false;
        if (bestAny[i] >= 0) {
          if (bestAny[i] == i) {
            announce = true;
            fin = chProb[i] >= 1;
          }
        } else if (chProb[i] >= 1) {
          announce = true;
          fin = true;
        } else if (random.nextDouble() <= chProb[i]) {
          announce = true;
        }
        if (announce) {
          announcers[m] = i;
          announceFinal[m++] = fin;
        }
        if (chProb[i] >= 1) {
          done[i] = true;
          active--;
        } else {
          chProb[i] = Math.min(2 * chProb[i], 1);
        }
      }
      for (int a = 0; a < m; a++) {
        announce(net, announcers[a], announceFinal[a]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (!net.alive(i) || isFinal[i]) {
        continue;
      }
      int f = bestFinal[i];
      if (f < 0 || !net.alive(f)) {
        announce(net, i, true);
      }
    }
    for (int i = 0; i < n; i++) {
      if (net.alive(i) && isFinal[i]) {
        plan.addHead(i);
      }
    }
    for (int i = 0; i < n; i++) {
      if (net.alive(i) && !plan.isHead(i)) {
        int f = bestFinal[i];
        plan.assign(i, f >= 0 && plan.isHead(f) ? f : RoundPlan.BS);
      }
    }
  }

  /** Node i broadcasts a tentative or final head message over R_c; alive neighbours hear it. */
  private void announce(Network net, int i, boolean fin) {
    if (!net.alive(i)) {
      return;
    }
    offer(i, i, fin);
    if (fin) {
      isFinal[i] = true;
    }
    if (!net.transmit(i, net.config().controlBits(), params.clusterRadius())) {
      return;
    }
    int ctrl = net.config().controlBits();
    for (int k = nbrs.start[i]; k < nbrs.start[i + 1]; k++) {
      int j = nbrs.index[k];
      if (net.alive(j) && net.receive(j, ctrl)) {
        offer(j, i, fin);
      }
    }
  }

  private void offer(int listener, int headNode, boolean fin) {
    double c = cost[headNode];
    if (c < bestAnyCost[listener] || (c == bestAnyCost[listener] && headNode < bestAny[listener])) {
      bestAnyCost[listener] = c;
      bestAny[listener] = headNode;
    }
    if (fin && (c < bestFinalCost[listener] || (c == bestFinalCost[listener] && headNode < bestFinal[listener]))) {
      bestFinalCost[listener] = c;
      bestFinal[listener] = headNode;
    }
  }
}
