package org.routeforge.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;

/**
 * The policy on sub-problems, for instances larger than it was trained on: the customers are cut
 * into polar sectors around the depot (consecutive by angle, at most {@code maxSize} customers each,
 * sizes balanced), every sector becomes a small CVRP with the same depot and capacity (rescaled to
 * fill the unit square, the frame the policy was trained in), all sectors are decoded greedily in
 * one {@link GreedyDecoder} call, and the sectors' route sets are concatenated into one solution.
 * Each sector's routes are capacity-feasible (the decoder masks overloads), so the whole is too.
 *
 * <p>Diversity for K proposals: {@code variants} decompositions whose sector boundaries are rotated
 * by a fraction of a sector are decoded in the same call; proposal {@code k} takes variant
 * {@code k mod variants} and, in every sector, its {@code k / variants}-th cheapest distinct tour
 * (the last one when a sector has fewer), so proposals differ while each stays built of good tours.
 *
 * <p>Why sectors: CVRP routes of a depot-based fleet run out and back within an angular wedge, so a
 * sector boundary cuts few good routes; the decoder's cost grows with the square of the node count,
 * so ten sub-problems of 100 cost about a tenth of one problem of 1 000.
 */
public final class SectorDecomposition {
  private final int maxSize;
  private final int variants;

  /**
   * @param maxSize most customers per sector (the policy's training sizes: 100 to 200)
   * @param variants rotated decompositions decoded together (diversity of the proposals), at least 1
   */
  public SectorDecomposition(int maxSize, int variants) {
    if (maxSize < 2 || variants < 1) {
      throw new IllegalArgumentException("need maxSize >= 2 and variants >= 1, got " + maxSize + ", " + variants);
    }
    this.maxSize = maxSize;
    this.variants = variants;
  }

  /**
   * Customers (compact indices {@code 1..n-1}) in sectors: sorted by polar angle around the depot in
   * {@code frame} (problem 0), the order rotated by {@code shift} positions, then cut into
   * {@code ceil(m / maxSize)} consecutive groups of balanced size.
   */
  public int[][] sectors(CvrpBatch frame, int shift) {
    int n = frame.nodes;
    int m = n - 1;
    if (m <= 0) {
      return new int[0][];
    }
    double[] angle = new double[n];
    Integer[] order = new Integer[m];
    for (int i = 1; i < n; i++) {
      angle[i] = Math.atan2(frame.y[i] - frame.y[0], frame.x[i] - frame.x[0]);
      order[i - 1] = i;
    }
    Arrays.sort(order, (a, b) -> a.intValue() == b.intValue() ? 0
        : angle[a] != angle[b] ? Double.compare(angle[a], angle[b]) : Integer.compare(a, b));
    int groups = (m + maxSize - 1) / maxSize;
    int[][] out = new int[groups][];
    int at = Math.floorMod(shift, m);
    for (int g = 0; g < groups; g++) {
      int size = m / groups + (g < m % groups ? 1 : 0);
      out[g] = new int[size];
      for (int k = 0; k < size; k++) {
        out[g][k] = order[at];
        at = (at + 1) % m;
      }
    }
    return out;
  }

  /**
   * The sub-problem of {@code customers}: node 0 is the depot, node {@code k + 1} is
   * {@code customers[k]}; coordinates shifted and scaled by one factor into [0,1]².
   */
  static CvrpBatch subProblem(CvrpBatch frame, int[] customers) {
    int nodes = customers.length + 1;
    double minX = frame.x[0];
    double maxX = frame.x[0];
    double minY = frame.y[0];
    double maxY = frame.y[0];
    for (int c : customers) {
      minX = Math.min(minX, frame.x[c]);
      maxX = Math.max(maxX, frame.x[c]);
      minY = Math.min(minY, frame.y[c]);
      maxY = Math.max(maxY, frame.y[c]);
    }
    double scale = Math.max(maxX - minX, maxY - minY);
    if (!(scale > 0)) {
      scale = 1;
    }
    double[] x = new double[nodes];
    double[] y = new double[nodes];
    int[] demand = new int[nodes];
    for (int k = 0; k < nodes; k++) {
      int c = k == 0 ? 0 : customers[k - 1];
      x[k] = (frame.x[c] - minX) / scale;
      y[k] = (frame.y[c] - minY) / scale;
      demand[k] = k == 0 ? 0 : frame.demand[c];
    }
    return CvrpBatch.single(x, y, demand, frame.capacity[0]);
  }

  /**
   * Up to {@code count} distinct whole solutions of {@code ci} (depot-separated node sequences,
   * compact indices), built from the sectors of {@code variants} rotated decompositions decoded in one
   * call with {@code starts} start customers per augmented copy.
   *
   * @param frame {@code ci} in the network's frame ({@link CvrpBatch#of})
   */
  public List<int[]> propose(PolicyModel model, CompactInstance ci, CvrpBatch frame, int count, int starts,
      RandomGenerator rng) {
    int m = ci.n - 1;
    if (count <= 0 || m <= 0) {
      return List.of();
    }
    List<int[][]> decompositions = new ArrayList<>();
    int sectorSize = Math.max(1, m / ((m + maxSize - 1) / maxSize));
    for (int v = 0; v < variants; v++) {
      decompositions.add(sectors(frame, (int) Math.round((double) v * sectorSize / variants)));
    }
    List<CvrpBatch> groups = new ArrayList<>();
    List<int[]> owners = new ArrayList<>();
    int perCopy = starts;
    for (int[][] d : decompositions) {
      for (int[] sector : d) {
        groups.add(subProblem(frame, sector).augment8());
        owners.add(sector);
        perCopy = Math.min(perCopy, sector.length);
      }
    }
    List<int[]> startNodes = new ArrayList<>(groups.size());
    for (CvrpBatch g : groups) {
      startNodes.add(PolicyInference.startNodes(8, g.nodes, perCopy, rng));
    }
    List<PomoRollout.Result> decoded;
    synchronized (model) {
      decoded = GreedyDecoder.decode(model, groups, startNodes, perCopy);
    }
    // per variant and sector, its distinct tours in global indices, cheapest first
    List<List<List<int[]>>> ranked = new ArrayList<>();
    int at = 0;
    for (int[][] d : decompositions) {
      List<List<int[]>> perSector = new ArrayList<>();
      for (int s = 0; s < d.length; s++, at++) {
        int[] sector = owners.get(at);
        int[][] tours = decoded.get(at).tours;
        int[][] global = new int[tours.length][];
        for (int r = 0; r < tours.length; r++) {
          global[r] = toGlobal(tours[r], sector);
        }
        perSector.add(NeuralInitialSolutionProvider.bestDistinct(ci, global, count));
      }
      ranked.add(perSector);
    }
    List<int[]> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int rounds = (count + variants - 1) / variants;
    for (int k = 0; k < rounds * variants && out.size() < count; k++) {
      int[] solution = combine(ranked.get(k % variants), k / variants);
      if (seen.add(NeuralInitialSolutionProvider.canonical(solution))) {
        out.add(solution);
      }
    }
    return out;
  }

  /** The sub-problem's node sequence with every customer replaced by its index in the whole instance. */
  private static int[] toGlobal(int[] local, int[] sector) {
    int[] g = new int[local.length];
    for (int i = 0; i < local.length; i++) {
      g[i] = local[i] == 0 ? 0 : sector[local[i] - 1];
    }
    return g;
  }

  /** The sectors' {@code rank}-th tours (or their last one), joined by depot visits. */
  private static int[] combine(List<List<int[]>> perSector, int rank) {
    int len = 0;
    for (List<int[]> tours : perSector) {
      len += tours.get(Math.min(rank, tours.size() - 1)).length + 1;
    }
    int[] out = new int[len];
    int at = 0;
    for (List<int[]> tours : perSector) {
      int[] t = tours.get(Math.min(rank, tours.size() - 1));
      System.arraycopy(t, 0, out, at, t.length);
      at += t.length + 1; // out[at - 1] stays 0: the depot between two sectors
    }
    return out;
  }
}
