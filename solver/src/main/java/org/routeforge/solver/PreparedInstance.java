package org.routeforge.solver;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * An instance made ready for an engine: the rounding override applied, the stops no vehicle can
 * serve set aside with their reasons, and the compact array view of what is left. Engines search on
 * {@link #compact()} and turn node routes back into a {@link Solution} of the original instance with
 * {@link #toSolution(List)}.
 */
public final class PreparedInstance {
  private final Instance original;
  private final Instance reduced;
  private final CompactInstance compact;
  private final int[] stopOfNode;
  private final List<Unassigned> unservable;

  private PreparedInstance(Instance original, Instance reduced, int[] stopOfNode, List<Unassigned> unservable) {
    this.original = original;
    this.reduced = reduced;
    this.compact = CompactInstance.of(reduced);
    this.stopOfNode = stopOfNode;
    this.unservable = List.copyOf(unservable);
  }

  /**
   * Prepares {@code instance} under {@code options} (rounding override).
   *
   * @throws IllegalArgumentException when the instance does not have one depot and one vehicle type
   */
  public static PreparedInstance of(Instance instance, SolveOptions options) {
    Instance inst = options.rounding() == null ? instance : instance.withRounding(options.rounding());
    if (inst.vehicleTypes().isEmpty()) {
      throw new IllegalArgumentException("instance " + inst.name() + " has no vehicles");
    }
    List<Unassigned> bad = Solution.unservable(inst);
    boolean[] skip = new boolean[inst.stops().size()];
    for (Unassigned u : bad) {
      skip[u.stopIndex()] = true;
    }
    List<Stop> keep = new ArrayList<>();
    int[] stopOfNode = new int[inst.stops().size() - bad.size() + 1];
    stopOfNode[0] = -1;
    for (int s = 0; s < skip.length; s++) {
      if (!skip[s]) {
        keep.add(inst.stops().get(s));
        stopOfNode[keep.size()] = s;
      }
    }
    Instance reduced = bad.isEmpty() ? inst : inst.toBuilder().stops(keep).build();
    return new PreparedInstance(inst, reduced, stopOfNode, bad);
  }

  /** The instance as solved (rounding override applied), with every stop. */
  public Instance instance() {
    return original;
  }

  /** The servable part as arrays; node {@code i >= 1} is stop {@link #stopOfNode(int)}. */
  public CompactInstance compact() {
    return compact;
  }

  /** The stops set aside because no vehicle can serve them. */
  public List<Unassigned> unservable() {
    return unservable;
  }

  /** The original stop index of compact node {@code node >= 1}. */
  public int stopOfNode(int node) {
    return stopOfNode[node];
  }

  /** Evaluates routes of compact node indices (depot 0 omitted) against the original instance. */
  public Solution toSolution(List<int[]> nodeRoutes) {
    List<int[]> stops = new ArrayList<>(nodeRoutes.size());
    for (int[] r : nodeRoutes) {
      int[] s = new int[r.length];
      for (int i = 0; i < r.length; i++) {
        s[i] = stopOfNode[r[i]];
      }
      stops.add(s);
    }
    return Solution.evaluate(original, stops, unservable);
  }
}
