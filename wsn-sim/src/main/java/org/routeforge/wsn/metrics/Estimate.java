package org.routeforge.wsn.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A sample mean with its two-sided 95 % confidence interval from Student's t distribution
 * ({@code mean ± t(0.975, n−1)·s/√n}); with one sample the half-width is 0.
 *
 * @param mean the sample mean
 * @param halfWidth half-width of the 95 % interval
 * @param n number of samples
 */
public record Estimate(double mean, double halfWidth, int n) {

  /** The estimate of a sample (NaN mean for an empty one). */
  public static Estimate of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, 0);
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    if (n == 1) {
      return new Estimate(mean, 0, 1);
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    return new Estimate(mean, t * sd / Math.sqrt(n), n);
  }

  /** Lower bound of the interval. */
  public double low() {
    return mean - halfWidth;
  }

  /** Upper bound of the interval. */
  public double high() {
    return mean + halfWidth;
  }

  /** {@code mean ± halfWidth} with the given number of decimals. */
  public String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(java.util.Locale.ROOT, f + " ± " + f, mean, halfWidth);
  }
}
