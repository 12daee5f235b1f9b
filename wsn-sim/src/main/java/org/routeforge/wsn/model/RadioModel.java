package org.routeforge.wsn.model;

/**
 * The first-order radio energy model of LEACH (Heinzelman et al. 2000/2002): transmitting {@code k}
 * bits over {@code d} metres costs {@code k·E_elec + k·ε_fs·d²} below the crossover distance
 * {@code d0 = sqrt(ε_fs/ε_mp)} and {@code k·E_elec + k·ε_mp·d⁴} above it; receiving costs
 * {@code k·E_elec}; aggregating {@code s} signals of {@code k} bits costs {@code k·s·E_DA}.
 *
 * <p>Units: joules, bits, metres. Immutable and thread-safe.
 *
 * @param eElec electronics energy per bit (J/bit), 50 nJ/bit by default
 * @param eFs free-space amplifier energy (J/bit/m²), 10 pJ/bit/m² by default
 * @param eMp multipath amplifier energy (J/bit/m⁴), 0.0013 pJ/bit/m⁴ by default
 * @param eDa data aggregation energy (J/bit/signal), 5 nJ/bit/signal by default
 */
public record RadioModel(double eElec, double eFs, double eMp, double eDa) {

  /** The classic LEACH constants. */
  public static final RadioModel LEACH = new RadioModel(50e-9, 10e-12, 0.0013e-12, 5e-9);

  /** The crossover distance {@code sqrt(ε_fs/ε_mp)} in metres (≈ 87.7 m with the defaults). */
  public double d0() {
    return Math.sqrt(eFs / eMp);
  }

  /** Energy (J) to transmit {@code bits} over {@code distance} metres. */
  public double tx(int bits, double distance) {
    double d2 = distance * distance;
    double amp = d2 < eFs / eMp ? eFs * d2 : eMp * d2 * d2;
    return bits * (eElec + amp);
  }

  /** Energy (J) to receive {@code bits}. */
  public double rx(int bits) {
    return bits * eElec;
  }

  /** Energy (J) to aggregate {@code signals} signals of {@code bits} bits each into one. */
  public double aggregate(int bits, int signals) {
    return (double) bits * signals * eDa;
  }
}
