package org.routeforge.solver;

/**
 * One progress event: a new best solution.
 *
 * @param elapsedSeconds seconds since the solve started
 * @param cost objective value of the new best (total distance/travel cost)
 * @param feasible whether it satisfies every constraint
 * @param routes number of non-empty routes
 * @param iteration iteration (offspring generated, for the memetic search) at which it was found
 * @param fractionDone how much of the budget (time or iterations, whichever is further) is spent, in [0, 1]
 */
public record Progress(double elapsedSeconds, double cost, boolean feasible, int routes, long iteration,
    double fractionDone) {}
