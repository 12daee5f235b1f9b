package org.routeforge.solver.rich;

/**
 * The fitness of one member of the rich memetic population: the objective keys compared
 * lexicographically (see {@link Objective}) and the decoded solution they belong to.
 *
 * @param unservedWeight priority-weighted count of unserved stops
 * @param makespan latest route end (0 unless the objective is min–max)
 * @param cost total cost
 * @param state the decoded (and improved) solution; never modified once wrapped
 */
record RichIndividual(double unservedWeight, double makespan, double cost, RichSearch.State state)
    implements Comparable<RichIndividual> {
  private static final double EPS = 1e-7;

  @Override
  public int compareTo(RichIndividual o) {
    int c = compare(unservedWeight, o.unservedWeight);
    if (c != 0) {
      return c;
    }
    c = compare(makespan, o.makespan);
    return c != 0 ? c : compare(cost, o.cost);
  }

  private static int compare(double a, double b) {
    if (a < b - EPS * Math.max(1, Math.abs(b))) {
      return -1;
    }
    return a > b + EPS * Math.max(1, Math.abs(b)) ? 1 : 0;
  }
}
