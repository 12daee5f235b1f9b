package org.routeforge.data.generate;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.routeforge.data.model.Instance;

/**
 * The uniform distribution used to train learned construction policies (Kool et al. 2019, POMO):
 * depot and customers uniform on the grid (integer points of [0, 1000]^2, distinct; divide by 1000 for
 * the unit square), demands uniform in 1..9, capacity by size (20: 30, 50: 40, 100: 50, 200: 80,
 * 500: 100, larger: 250; the value of the nearest size at or above n). With time windows it adds the
 * same Solomon-like windows as {@link XGenerator}. Deterministic for a seed.
 */
public final class UniformGenerator {
  private UniformGenerator() {}

  /** The training capacity for {@code n} customers. */
  public static int capacity(int n) {
    if (n <= 20) {
      return 30;
    }
    if (n <= 50) {
      return 40;
    }
    if (n <= 100) {
      return 50;
    }
    if (n <= 200) {
      return 80;
    }
    if (n <= 500) {
      return 100;
    }
    return 250;
  }

  /** Generates one instance with {@code n} customers. */
  public static Instance generate(int n, boolean timeWindows, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    if (n > 100_000) {
      throw new IllegalArgumentException("n must be at most 100000 for distinct grid points, got " + n);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] x = new int[n + 1];
    int[] y = new int[n + 1];
    int[] d = new int[n + 1];
    Set<Long> used = new HashSet<>();
    for (int i = 0; i <= n; i++) {
      int px;
      int py;
      do {
        px = rnd.nextInt(XGenerator.GRID + 1);
        py = rnd.nextInt(XGenerator.GRID + 1);
      } while (!used.add((long) px * (XGenerator.GRID + 1) + py));
      x[i] = px;
      y[i] = py;
      d[i] = i == 0 ? 0 : XGenerator.uniform(rnd, 1, 9);
    }
    String name = "U-n" + (n + 1) + "-s" + seed + (timeWindows ? "-tw" : "");
    return XGenerator.build(name, x, y, d, capacity(n), timeWindows, rnd, 10);
  }
}
