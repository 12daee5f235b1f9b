package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.solver.memetic.Representation;

/**
 * Task orders with route delimiters decoded by cheapest feasible insertion: the representation of the
 * memetic search for every feature of the problem view ({@link RichSearch}). A genotype value
 * {@code i < tasks} is task {@code i} (a single stop or a shipment's pickup), {@code tasks + v} closes
 * vehicle {@code v}'s route, whose tasks go to that vehicle first ({@link RichSearch#decode}): a
 * member's genotype lists its routes one after the other, so the ordered crossover's slice keeps whole
 * routes of the first parent and the second parent's routes without those tasks. Education is the granular local
 * search with the node operators that support the instance, insertion of unserved tasks, route
 * elimination, route assignment, pair exchange and string removal ({@link RichSearch#improve}). Every
 * member satisfies every constraint; it may leave tasks unserved, which the objective counts first.
 * The starting members are the warm start (when given), the tasks in their given order, then random
 * orders (delimiters first: plain cheapest insertion); after a restart, random orders.
 */
final class InsertionRepresentation implements Representation<RichIndividual> {
  /** Rounds of local search and re-insertion per education. */
  static final int PASSES = 3;
  private final RichSearch search;
  private final RichRequest request;
  private final RandomGenerator moves;
  private final List<int[]> prepared = new ArrayList<>();
  /** Whether the first prepared member is the warm start. */
  private boolean warmFirst;
  private final int[] succA;
  private final int[] predA;
  private final int[] succB;
  private final int[] predB;

  InsertionRepresentation(RichSearch search, RichRequest request, RandomGenerator moves) {
    this.search = search;
    this.request = request;
    this.moves = moves;
    succA = new int[search.n];
    predA = new int[search.n];
    succB = new int[search.n];
    predB = new int[search.n];
  }

  @Override
  public int length() {
    return search.genes();
  }

  /**
   * Decodes by insertion; once the search's deadline has passed (Jenetics then evaluates the offspring
   * left uneducated), returns the base state instead — locks only, every task unserved, so the worst
   * member — in O(n) rather than a whole insertion each.
   */
  @Override
  public RichIndividual decode(int[] order) {
    return (search.timeUp() ? search.base() : search.decode(order)).individual();
  }

  @Override
  public RichIndividual educate(int[] order) {
    return search.improve(search.decode(order), moves, PASSES).individual();
  }

  @Override
  public int[] encode(RichIndividual member) {
    return search.encode(member.state());
  }

  @Override
  public boolean feasible(RichIndividual member) {
    return member.unservedWeight() == 0;
  }

  /** No: every member keeps every constraint (a task it cannot insert is left unserved). */
  @Override
  public boolean penalised() {
    return false;
  }

  @Override
  public double cost(RichIndividual member) {
    return member.cost();
  }

  @Override
  public int routes(RichIndividual member) {
    int routes = 0;
    for (int v = 0; v < search.vehicles; v++) {
      routes += member.state().len[v] > 0 ? 1 : 0;
    }
    return routes;
  }

  @Override
  public long id(RichIndividual member) {
    return member.state().id;
  }

  /**
   * Broken pairs (as HGS): the share of stops served in {@code a} whose successor in {@code a} is
   * neither their successor nor their predecessor in {@code b}, counting a route's start and end as
   * the same neighbour; a stop served in one only counts as broken.
   */
  @Override
  public double distance(RichIndividual a, RichIndividual b) {
    links(a.state(), succA, predA);
    links(b.state(), succB, predB);
    int diff = 0;
    int count = 0;
    for (int s = 0; s < search.n; s++) {
      boolean inA = a.state().routeOf[s] >= 0;
      boolean inB = b.state().routeOf[s] >= 0;
      if (!inA && !inB) {
        continue;
      }
      count++;
      if (inA != inB || (succA[s] != succB[s] && succA[s] != predB[s])) {
        diff++;
      }
    }
    return count == 0 ? 0 : diff / (double) count;
  }

  /** Successor and predecessor of every served stop; -1 stands for the route's start or end. */
  private void links(RichSearch.State st, int[] succ, int[] pred) {
    for (int v = 0; v < search.vehicles; v++) {
      int[] seq = st.seq[v];
      int len = st.len[v];
      for (int i = 0; i < len; i++) {
        pred[seq[i]] = i == 0 ? -1 : seq[i - 1];
        succ[seq[i]] = i == len - 1 ? -1 : seq[i + 1];
      }
    }
  }

  @Override
  public boolean improves(RichIndividual candidate, RichIndividual best) {
    return candidate.compareTo(best) < 0;
  }

  @Override
  public Comparator<RichIndividual> ranking() {
    return Comparator.naturalOrder();
  }

  @Override
  public Comparator<RichIndividual> leastInfeasible() {
    return Comparator.naturalOrder();
  }

  @Override
  public int prepareSeeds(int count, RandomGenerator rng, boolean restart) {
    prepared.clear();
    warmFirst = !restart && !request.initialRoutes().isEmpty();
    if (warmFirst) {
      prepared.add(null);
    }
    if (!restart) {
      prepared.add(delimitersFirst(null));
    }
    while (prepared.size() < count) {
      prepared.add(delimitersFirst(rng));
    }
    return prepared.size();
  }

  @Override
  public RichIndividual seed(int k) {
    if (k == 0 && warmFirst) {
      RichSearch.State warm = search.fromRoutes(request.initialRoutes());
      for (int s : search.tasks) {
        if (warm.routeOf[s] < 0) {
          search.insertBest(warm, s);
        }
      }
      return search.improve(warm, moves, PASSES).individual();
    }
    return educate(prepared.get(k));
  }

  /**
   * Every vehicle's delimiter, then every task (in their given order, or shuffled by {@code rng}):
   * empty routes first, so the decoding is plain cheapest insertion in the task order.
   */
  private int[] delimitersFirst(RandomGenerator rng) {
    int m = search.tasks.length;
    int[] order = new int[search.genes()];
    int k = 0;
    for (int v = 0; v < search.vehicles; v++) {
      order[k++] = m + v;
    }
    for (int t = 0; t < m; t++) {
      order[k++] = t;
    }
    if (rng != null) {
      for (int i = m - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int a = search.vehicles + i;
        int b = search.vehicles + j;
        int x = order[a];
        order[a] = order[b];
        order[b] = x;
      }
    }
    return order;
  }
}
