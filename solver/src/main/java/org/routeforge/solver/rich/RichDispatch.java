package org.routeforge.solver.rich;

import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.ortools.OrToolsEngine;

/**
 * Decides which instances need the rich engines: those the single-depot compact view cannot express
 * or would silently ignore (several vehicle types, several depots or open routes, shipments, skills,
 * several windows per stop, breaks, priorities, several capacity dimensions, per-vehicle limits on
 * duration/distance/stops, fixed or time costs).
 */
public final class RichDispatch {
  private RichDispatch() {}

  /** Whether {@code inst} has a feature only the rich engines handle. */
  public static boolean isRich(Instance inst) {
    if (inst.vehicleTypes().size() != 1 || !inst.shipments().isEmpty() || inst.capacityDimensions() > 1) {
      return true;
    }
    VehicleType vt = inst.vehicleTypes().get(0);
    if (vt.startLocation() < 0 || vt.startLocation() != vt.endLocation() || !vt.breaks().isEmpty()
        || Double.isFinite(vt.maxDuration()) || Double.isFinite(vt.maxDistance()) || vt.maxStops() != Integer.MAX_VALUE
        || vt.fixedCost() != 0 || vt.costPerTime() != 0) {
      return true;
    }
    for (Stop s : inst.stops()) {
      if (!s.skills().isEmpty() || s.timeWindows().size() > 1 || s.priority() != 0) {
        return true;
      }
    }
    return false;
  }

  /** The rich engine of {@code kind}. */
  public static SolverEngine engine(SolveOptions.EngineKind kind) {
    return kind == SolveOptions.EngineKind.ORTOOLS ? new OrToolsEngine() : new RichMemeticEngine();
  }
}
