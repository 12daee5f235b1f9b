package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;

/** Uniformly random giant tours (as HGS starts): split and local search turn them into solutions. */
public final class RandomProvider implements InitialSolutionProvider {
  @Override
  public String name() {
    return "random";
  }

  @Override
  public boolean supports(Instance instance) {
    return true;
  }

  @Override
  public List<int[]> propose(CompactInstance ci, int count, RandomGenerator rng) {
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int[] tour = new int[ci.n - 1];
      for (int i = 0; i < tour.length; i++) {
        tour[i] = i + 1;
      }
      for (int i = tour.length - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = tour[i];
        tour[i] = tour[j];
        tour[j] = t;
      }
      out.add(tour);
    }
    return out;
  }
}
