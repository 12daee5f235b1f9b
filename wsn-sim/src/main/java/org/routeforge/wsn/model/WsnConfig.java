package org.routeforge.wsn.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete, validated WSN simulation set-up: the field, the base station, the nodes and their
 * energy, the radio model, packet sizes, round structure, and the parameters of each protocol.
 *
 * <p>{@link #defaults()} is the classic LEACH scene (Heinzelman et al. 2002; {@code PAPERS.md} §6):
 * 100 nodes uniform in 100 × 100 m, base station at (50, 175), 0.5 J per node, 4000-bit data and
 * 200-bit control packets, the first-order radio model with d0 ≈ 87.7 m, one data frame per round.
 * Field names below are those of the JSON file (see {@link WsnConfigReader}).
 *
 * @param nodes number of nodes ({@code nodes}); equals the layout size when a layout is given
 * @param fieldWidth field width in m ({@code field.width})
 * @param fieldHeight field height in m ({@code field.height})
 * @param bsX base-station x in m ({@code base_station.x})
 * @param bsY base-station y in m ({@code base_station.y})
 * @param layout fixed node positions ({@code node_file}), or null for uniform random placement
 * @param initialEnergy energy of a normal node in J ({@code energy.initial})
 * @param advancedFraction share of "advanced" nodes, SEP style ({@code energy.advanced_fraction})
 * @param advancedExtra advanced nodes get {@code (1 + advancedExtra)·initialEnergy}
 *     ({@code energy.advanced_extra})
 * @param radio the radio energy model ({@code radio.*})
 * @param dataBits data packet size ({@code packets.data_bits})
 * @param controlBits control packet size ({@code packets.control_bits})
 * @param framesPerRound data frames in a round's steady phase ({@code rounds.frames_per_round})
 * @param maxRounds the simulation stops after this many rounds ({@code rounds.max_rounds})
 * @param leach LEACH parameters ({@code leach.*})
 * @param heed HEED parameters ({@code heed.*})
 * @param gtrl GTRL parameters ({@code gtrl.*})
 */
public record WsnConfig(
    int nodes,
    double fieldWidth,
    double fieldHeight,
    double bsX,
    double bsY,
    NodeLayout layout,
    double initialEnergy,
    double advancedFraction,
    double advancedExtra,
    RadioModel radio,
    int dataBits,
    int controlBits,
    int framesPerRound,
    int maxRounds,
    Leach leach,
    Heed heed,
    Gtrl gtrl) {

  /** Validates every field; throws {@link WsnConfigException} naming each invalid one. */
  public WsnConfig {
    List<WsnConfigException.Problem> problems = new ArrayList<>();
    Check c = new Check("config", problems);
    if (layout != null && nodes != layout.size()) {
      c.fail("nodes", "is " + nodes + " but the node file has " + layout.size() + " nodes");
    }
    c.range("nodes", nodes, 1, 1_000_000);
    c.positive("field.width", fieldWidth);
    c.positive("field.height", fieldHeight);
    c.finite("base_station.x", bsX);
    c.finite("base_station.y", bsY);
    c.positive("energy.initial", initialEnergy);
    c.unit("energy.advanced_fraction", advancedFraction, true);
    c.nonNegative("energy.advanced_extra", advancedExtra);
    if (radio == null) {
      c.fail("radio", "is missing");
    } else {
      c.nonNegative("radio.e_elec", radio.eElec());
      c.positive("radio.e_fs", radio.eFs());
      c.positive("radio.e_mp", radio.eMp());
      c.nonNegative("radio.e_da", radio.eDa());
    }
    c.range("packets.data_bits", dataBits, 1, Integer.MAX_VALUE);
    c.range("packets.control_bits", controlBits, 1, Integer.MAX_VALUE);
    c.range("rounds.frames_per_round", framesPerRound, 1, 10_000);
    c.range("rounds.max_rounds", maxRounds, 1, 10_000_000);
    if (leach == null || heed == null || gtrl == null) {
      c.fail(leach == null ? "leach" : heed == null ? "heed" : "gtrl", "is missing");
    } else {
      c.unit("leach.p", leach.p(), false);
      c.unit("heed.c_prob", heed.cProb(), false);
      c.unit("heed.p_min", heed.pMin(), false);
      if (heed.pMin() > heed.cProb()) {
        c.fail("heed.p_min", "must not exceed heed.c_prob (" + heed.cProb() + "), got " + heed.pMin());
      }
      c.positive("heed.cluster_radius", heed.clusterRadius());
      c.unit("gtrl.p", gtrl.p(), false);
      c.unit("gtrl.alpha", gtrl.alpha(), false);
      c.unit("gtrl.gamma", gtrl.gamma(), true);
      if (gtrl.gamma() >= 1) {
        c.fail("gtrl.gamma", "must be below 1, got " + gtrl.gamma());
      }
      c.unit("gtrl.epsilon_start", gtrl.epsilonStart(), true);
      c.unit("gtrl.epsilon_end", gtrl.epsilonEnd(), true);
      c.unit("gtrl.epsilon_decay", gtrl.epsilonDecay(), false);
      c.nonNegative("gtrl.energy_exponent", gtrl.energyExponent());
      c.nonNegative("gtrl.balance_weight", gtrl.balanceWeight());
      c.nonNegative("gtrl.neighbour_radius", gtrl.neighbourRadius());
    }
    if (!problems.isEmpty()) {
      throw new WsnConfigException(problems);
    }
  }

  /** The classic LEACH set-up with default protocol parameters. */
  public static WsnConfig defaults() {
    return builder().build();
  }

  /** A builder preset to {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset to this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nodes = nodes;
    b.fieldWidth = fieldWidth;
    b.fieldHeight = fieldHeight;
    b.bsX = bsX;
    b.bsY = bsY;
    b.layout = layout;
    b.initialEnergy = initialEnergy;
    b.advancedFraction = advancedFraction;
    b.advancedExtra = advancedExtra;
    b.radio = radio;
    b.dataBits = dataBits;
    b.controlBits = controlBits;
    b.framesPerRound = framesPerRound;
    b.maxRounds = maxRounds;
    b.leach = leach;
    b.heed = heed;
    b.gtrl = gtrl;
    return b;
  }

  /**
   * LEACH parameters.
   *
   * @param p desired share of cluster heads per round ({@code leach.p}, 0.05)
   */
  public record Leach(double p) {}

  /**
   * HEED parameters (Younis &amp; Fahmy 2004).
   *
   * @param cProb initial cluster-head share C_prob ({@code heed.c_prob}, 0.05)
   * @param pMin floor of the CH probability ({@code heed.p_min}, 1e-4)
   * @param clusterRadius cluster range R_c in m ({@code heed.cluster_radius}, 25)
   */
  public record Heed(double cProb, double pMin, double clusterRadius) {}

  /**
   * Parameters of the game-theoretic + reinforcement-learning protocol (our design; see the module
   * README).
   *
   * @param p target share of cluster heads per round ({@code gtrl.p}, 0.05)
   * @param alpha Q-learning rate ({@code gtrl.alpha}, 0.1)
   * @param gamma discount ({@code gtrl.gamma}, 0.9)
   * @param epsilonStart initial exploration rate ({@code gtrl.epsilon_start}, 1.0)
   * @param epsilonEnd exploration floor ({@code gtrl.epsilon_end}, 0.05)
   * @param epsilonDecay per-round multiplicative decay of ε ({@code gtrl.epsilon_decay}, 0.99)
   * @param energyExponent β: weight of energy scarcity in the cost ({@code gtrl.energy_exponent})
   * @param balanceWeight λ: weight of the residual-energy imbalance penalty in the reward
   *     ({@code gtrl.balance_weight})
   * @param neighbourRadius radius of a node's local game in m; 0 = derived from the field and p
   *     ({@code gtrl.neighbour_radius})
   * @param relayAggregates whether the relay fuses the heads' packets into one before sending to the
   *     base station ({@code gtrl.relay_aggregates}, true)
   */
  public record Gtrl(
      double p,
      double alpha,
      double gamma,
      double epsilonStart,
      double epsilonEnd,
      double epsilonDecay,
      double energyExponent,
      double balanceWeight,
      double neighbourRadius,
      boolean relayAggregates) {
    /** The defaults documented on each component. */
    public static final Gtrl DEFAULT = new Gtrl(0.05, 0.1, 0.9, 1.0, 0.05, 0.99, 2.0, 1.0, 0, true);
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private int nodes = 100;
    private double fieldWidth = 100;
    private double fieldHeight = 100;
    private double bsX = 50;
    private double bsY = 175;
    private NodeLayout layout;
    private double initialEnergy = 0.5;
    private double advancedFraction = 0;
    private double advancedExtra = 1;
    private RadioModel radio = RadioModel.LEACH;
    private int dataBits = 4000;
    private int controlBits = 200;
    private int framesPerRound = 1;
    private int maxRounds = 50_000;
    private Leach leach = new Leach(0.05);
    private Heed heed = new Heed(0.05, 1e-4, 25);
    private Gtrl gtrl = Gtrl.DEFAULT;

    private Builder() {}

    public Builder nodes(int v) {
      nodes = v;
      return this;
    }

    public Builder field(double width, double height) {
      fieldWidth = width;
      fieldHeight = height;
      return this;
    }

    public Builder baseStation(double x, double y) {
      bsX = x;
      bsY = y;
      return this;
    }

    /** Fixed node positions; also sets {@code nodes} to the layout size. */
    public Builder layout(NodeLayout v) {
      layout = v;
      if (v != null) {
        nodes = v.size();
      }
      return this;
    }

    public Builder initialEnergy(double v) {
      initialEnergy = v;
      return this;
    }

    /** SEP-style heterogeneity: a share {@code fraction} of nodes with {@code 1 + extra} times E0. */
    public Builder heterogeneity(double fraction, double extra) {
      advancedFraction = fraction;
      advancedExtra = extra;
      return this;
    }

    public Builder radio(RadioModel v) {
      radio = v;
      return this;
    }

    public Builder packets(int dataBitsValue, int controlBitsValue) {
      dataBits = dataBitsValue;
      controlBits = controlBitsValue;
      return this;
    }

    public Builder framesPerRound(int v) {
      framesPerRound = v;
      return this;
    }

    public Builder maxRounds(int v) {
      maxRounds = v;
      return this;
    }

    public Builder leach(Leach v) {
      leach = v;
      return this;
    }

    public Builder heed(Heed v) {
      heed = v;
      return this;
    }

    public Builder gtrl(Gtrl v) {
      gtrl = v;
      return this;
    }

    /** Builds and validates. */
    public WsnConfig build() {
      return new WsnConfig(
          nodes, fieldWidth, fieldHeight, bsX, bsY, layout, initialEnergy, advancedFraction,
          advancedExtra, radio, dataBits, controlBits, framesPerRound, maxRounds, leach, heed, gtrl);
    }
  }

  /** Collects validation problems with field names. */
  static final class Check {
    private final String source;
    private final List<WsnConfigException.Problem> problems;

    Check(String source, List<WsnConfigException.Problem> problems) {
      this.source = source;
      this.problems = problems;
    }

    void fail(String field, String message) {
      problems.add(new WsnConfigException.Problem(source, 0, field, message));
    }

    void finite(String field, double v) {
      if (!Double.isFinite(v)) {
        fail(field, "must be a finite number, got " + v);
      }
    }

    void positive(String field, double v) {
      if (!(v > 0) || !Double.isFinite(v)) {
        fail(field, "must be > 0, got " + v);
      }
    }

    void nonNegative(String field, double v) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        fail(field, "must be >= 0, got " + v);
      }
    }

    /** In (0, 1], or [0, 1] when {@code zeroAllowed}. */
    void unit(String field, double v, boolean zeroAllowed) {
      boolean ok = zeroAllowed ? v >= 0 && v <= 1 : v > 0 && v <= 1;
      if (!ok) {
        fail(field, "must be in " + (zeroAllowed ? "[0, 1]" : "(0, 1]") + ", got " + v);
      }
    }

    void range(String field, long v, long min, long max) {
      if (v < min || v > max) {
        fail(field, "must be in [" + min + ", " + max + "], got " + v);
      }
    }
  }
}
