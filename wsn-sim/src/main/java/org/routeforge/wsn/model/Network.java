package org.routeforge.wsn.model;

import java.util.SplittableRandom;

/**
 * The mutable state of one simulation run: node positions, residual and spent energy, deaths. Every
 * radio operation goes through {@link #transmit}, {@link #receive} or {@link #aggregate}, which
 * charge the radio model, so that {@code initial = residual + spent} holds for every node at all
 * times. A node whose energy cannot pay for an operation spends what it has left, dies in the
 * current round, and the operation fails; a dead node never spends again.
 *
 * @implNote Primitive arrays indexed 0..n-1, not thread-safe: one network per run.
 */
public final class Network {
  private final WsnConfig config;
  private final RadioModel radio;
  private final int n;
  private final double[] x;
  private final double[] y;
  private final double[] dBs;
  private final double[] initial;
  private final double[] energy;
  private final double[] spent;
  private final int[] deathRound;
  private final int[] lastTxRound;
  private int aliveCount;
  private int round;
  private long deadOperationAttempts;

  private Network(WsnConfig config, double[] x, double[] y, double[] initial) {
    this.config = config;
    this.radio = config.radio();
    this.n = x.length;
    this.x = x;
    this.y = y;
    this.initial = initial;
    this.energy = initial.clone();
    this.spent = new double[n];
    this.dBs = new double[n];
    this.deathRound = new int[n];
    this.lastTxRound = new int[n];
    for (int i = 0; i < n; i++) {
      dBs[i] = Math.hypot(x[i] - config.bsX(), y[i] - config.bsY());
      deathRound[i] = -1;
      lastTxRound[i] = -1;
    }
    this.aliveCount = n;
  }

  /**
   * Builds the network of a configuration: the node file's positions, or {@code nodes} uniform random
   * positions in the field drawn from {@code placement}; energies from the node file, or E0 with a
   * random share {@code advanced_fraction} of nodes (exactly {@code round(fraction·n)}) getting
   * {@code (1 + advanced_extra)·E0}.
   */
  public static Network create(WsnConfig config, SplittableRandom placement) {
    int n = config.nodes();
    double[] x;
    double[] y;
    double[] e = null;
    NodeLayout layout = config.layout();
    if (layout != null) {
      x = layout.x();
      y = layout.y();
      e = layout.energy();
    } else {
      x = new double[n];
      y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = placement.nextDouble() * config.fieldWidth();
        y[i] = placement.nextDouble() * config.fieldHeight();
      }
    }
    if (e == null) {
      e = new double[n];
      java.util.Arrays.fill(e, config.initialEnergy());
      int advanced = (int) Math.round(config.advancedFraction() * n);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = 0; i < advanced; i++) {
        int j = i + placement.nextInt(n - i);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
        e[order[i]] = config.initialEnergy() * (1 + config.advancedExtra());
      }
    }
    return new Network(config, x, y, e);
  }

  /** Transmits {@code bits} over {@code distance}; false if the node is dead or dies paying. */
  public boolean transmit(int node, int bits, double distance) {
    if (spend(node, radio.tx(bits, distance))) {
      lastTxRound[node] = round;
      return true;
    }
    return false;
  }

  /** Receives {@code bits}; false if the node is dead or dies paying. */
  public boolean receive(int node, int bits) {
    return spend(node, radio.rx(bits));
  }

  /** Aggregates {@code signals} signals of {@code bits}; false if the node is dead or dies paying. */
  public boolean aggregate(int node, int bits, int signals) {
    return spend(node, radio.aggregate(bits, signals));
  }

  private boolean spend(int node, double cost) {
    if (deathRound[node] >= 0) {
      deadOperationAttempts++;
      return false;
    }
    double e = energy[node];
    if (cost < e) {
      energy[node] = e - cost;
      spent[node] += cost;
      return true;
    }
    spent[node] += e;
    energy[node] = 0;
    deathRound[node] = round;
    aliveCount--;
    return false;
  }

  /** Sets the current round (called by the engine at the start of each round). */
  public void beginRound(int r) {
    round = r;
  }

  /** The configuration this network was built from. */
  public WsnConfig config() {
    return config;
  }

  /** The radio model. */
  public RadioModel radio() {
    return radio;
  }

  /** Number of nodes, alive or dead. */
  public int size() {
    return n;
  }

  /** Current round (1-based; 0 before the first). */
  public int round() {
    return round;
  }

  /** Number of alive nodes. */
  public int aliveCount() {
    return aliveCount;
  }

  public boolean alive(int i) {
    return deathRound[i] < 0;
  }

  public double x(int i) {
    return x[i];
  }

  public double y(int i) {
    return y[i];
  }

  /** Distance from node i to the base station (m). */
  public double distanceToBs(int i) {
    return dBs[i];
  }

  /** Distance between two nodes (m). */
  public double distance(int i, int j) {
    return Math.hypot(x[i] - x[j], y[i] - y[j]);
  }

  /** Residual energy (J). */
  public double energy(int i) {
    return energy[i];
  }

  /** Initial energy (J). */
  public double initialEnergy(int i) {
    return initial[i];
  }

  /** Energy spent so far (J). */
  public double spent(int i) {
    return spent[i];
  }

  /** Round in which node i died, or -1 while alive. */
  public int deathRound(int i) {
    return deathRound[i];
  }

  /** Last round in which node i transmitted successfully, or -1 if never. */
  public int lastTxRound(int i) {
    return lastTxRound[i];
  }

  /** How often an operation was attempted on an already dead node (the engine keeps this at 0). */
  public long deadOperationAttempts() {
    return deadOperationAttempts;
  }

  /** Sum of residual energy over all nodes (J). */
  public double totalEnergy() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += energy[i];
    }
    return s;
  }

  /** Sum of initial energy over all nodes (J). */
  public double totalInitialEnergy() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += initial[i];
    }
    return s;
  }

  /** Population variance of residual energy over all nodes, dead ones counting 0 (J²). */
  public double energyVariance() {
    double mean = totalEnergy() / n;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double d = energy[i] - mean;
      s += d * d;
    }
    return s / n;
  }
}
