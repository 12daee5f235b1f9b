package org.routeforge.solver.rich;

/**
 * What a rich solve minimizes. Both objectives are lexicographic and put serving stops first:
 * <ol>
 *   <li>the priority-weighted number of unserved stops, {@code sum(1 + priority * (stops + 1))}, so one
 *       stop of a higher priority outweighs all stops of priority 0;</li>
 *   <li>for {@link #MIN_MAX} only: the latest route end (makespan, the time the last vehicle finishes);</li>
 *   <li>the total cost: per used vehicle {@code fixedCost + costPerDistance * distance + costPerTime *
 *       duration}.</li>
 * </ol>
 * The memetic engine compares exactly in this order; the OR-Tools engine folds the levels into one
 * integer objective with weights chosen so each level dominates the next in practice (drop penalties
 * far above the global span cost coefficient, itself above a unit of cost).
 */
public enum Objective {
  /** Minimize the total cost (the default). */
  COST,
  /** Minimize the latest route end first, then the total cost (min–max balancing). */
  MIN_MAX
}
