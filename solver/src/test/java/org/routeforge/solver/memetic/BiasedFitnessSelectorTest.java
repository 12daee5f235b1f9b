package org.routeforge.solver.memetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.PermutationChromosome;
import io.jenetics.Phenotype;
import io.jenetics.util.ISeq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Survivor selection with and without HGS's two subpopulations, on members whose pairwise distances
 * are all equal, so that the survivors are known in advance: the cheapest of each group (split) or
 * the cheapest overall (one population), clones first out.
 */
class BiasedFitnessSelectorTest {
  /** A member: its penalised cost, feasibility and a label (equal labels: clones, distance 0). */
  record Toy(double cost, boolean feasible, int label) implements Comparable<Toy> {
    @Override
    public int compareTo(Toy o) {
      return Double.compare(cost, o.cost);
    }
  }

  /** Just what the selector reads: feasibility, the cost ranking and the distance. */
  static final class ToyRepresentation implements Representation<Toy> {
    @Override public int length() { return 3; }
    @Override public Toy decode(int[] order) { throw new UnsupportedOperationException(); }
    @Override public Toy educate(int[] order) { throw new UnsupportedOperationException(); }
    @Override public int[] encode(Toy member) { throw new UnsupportedOperationException(); }
    @Override public boolean feasible(Toy member) { return member.feasible(); }
    @Override public boolean penalised() { return true; }
    @Override public double cost(Toy member) { return member.cost(); }
    @Override public int routes(Toy member) { return 1; }
    @Override public long id(Toy member) { return System.identityHashCode(member); }
    @Override public double distance(Toy a, Toy b) { return a.label() == b.label() ? 0 : 1; }
    @Override public boolean improves(Toy candidate, Toy best) { return candidate.cost() < best.cost(); }
    @Override public Comparator<Toy> ranking() { return Comparator.comparingDouble(Toy::cost); }
    @Override public Comparator<Toy> leastInfeasible() { return ranking(); }
    @Override public int prepareSeeds(int count, RandomGenerator rng, boolean restart) { return 0; }
    @Override public Toy seed(int k) { throw new UnsupportedOperationException(); }
  }

  private static final Genotype<EnumGene<Integer>> GT = Genotype.of(PermutationChromosome.ofInteger(3));

  /**
   * Members of cost 1, 2, ... in population order (diversity ties break in population order, so cost
   * and diversity ranks agree and the biased fitness orders like the cost); every third feasible.
   */
  private static List<Toy> population(int size, int feasibleEvery) {
    List<Toy> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(new Toy(i + 1, i % feasibleEvery == 0, i));
    }
    return out;
  }

  private static TreeSet<Double> survivors(List<Toy> members, int count, boolean split) {
    return survivors(members, count, split, BiasedFitnessSelector.Observer.NONE);
  }

  private static TreeSet<Double> survivors(List<Toy> members, int count, boolean split,
      BiasedFitnessSelector.Observer observer) {
    ToyRepresentation rep = new ToyRepresentation();
    var selector = new BiasedFitnessSelector<>(true, split, HgsParameters.defaults(), rep, new DistanceCache<>(rep),
        observer);
    List<Phenotype<EnumGene<Integer>, Toy>> pop = new ArrayList<>();
    for (Toy t : members) {
      pop.add(Phenotype.of(GT, 1, t));
    }
    TreeSet<Double> costs = new TreeSet<>();
    for (Phenotype<EnumGene<Integer>, Toy> p : selector.select(ISeq.of(pop), count, Optimize.MINIMUM)) {
      costs.add(p.fitness().cost());
    }
    assertEquals(count, costs.size(), "distinct survivors");
    return costs;
  }

  private static TreeSet<Double> expected(List<Toy> members, int feasible, int infeasible) {
    TreeSet<Double> out = new TreeSet<>();
    for (Toy t : members) {
      if (t.feasible() && feasible-- > 0 || !t.feasible() && infeasible-- > 0) {
        out.add(t.cost());
      }
    }
    return out;
  }

  @Test
  void twoSubpopulationsKeepTheCheapestHalfOfEachGroup() {
    List<Toy> members = population(30, 3); // 10 feasible, 20 infeasible
    assertEquals(expected(members, 5, 5), survivors(members, 10, true));
  }

  @Test
  void theObserverSeesTheSurvivors() {
    int[] seen = new int[3];
    survivors(population(30, 3), 10, true, (size, feasible, distance, alive) -> {
      seen[0]++;
      seen[1] = size;
      int living = 0;
      for (boolean a : alive) {
        living += a ? 1 : 0;
      }
      seen[2] = feasible * 100 + living;
    });
    assertEquals(1, seen[0], "one call per selection");
    assertEquals(10, seen[1]);
    assertEquals(5 * 100 + 10, seen[2], "5 feasible of 10 living members");
  }

  @Test
  void aShortGroupKeepsAllItsMembers() {
    List<Toy> members = population(30, 10); // 3 feasible, 27 infeasible
    assertEquals(expected(members, 3, 7), survivors(members, 10, true));
  }

  @Test
  void onePopulationKeepsTheCheapestOverall() {
    List<Toy> members = population(30, 3);
    TreeSet<Double> cheapest = new TreeSet<>();
    for (int c = 1; c <= 10; c++) {
      cheapest.add((double) c);
    }
    assertEquals(cheapest, survivors(members, 10, false));
  }

  @Test
  void clonesGoFirstEvenWhenCheap() {
    List<Toy> members = new ArrayList<>(population(12, 1)); // all feasible, costs 1 .. 12
    members.set(1, new Toy(2, true, 0)); // a clone of the best member, second cheapest
    TreeSet<Double> all = expected(members, 12, 0);
    all.remove(2.0);
    assertEquals(all, survivors(members, 11, true), "the cheap clone goes before the most expensive member");
  }
}
