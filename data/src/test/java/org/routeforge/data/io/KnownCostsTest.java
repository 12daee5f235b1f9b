package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;

/**
 * Reads real benchmark files with their best-known solutions and recomputes the stated cost: this
 * checks the readers' node numbering, rounding and matrix layout against vrpcheck.py's verdicts.
 */
class KnownCostsTest {
  static double cost(CompactInstance c, VrplibSolution sol) {
    double total = 0;
    for (int[] r : sol.routes()) {
      int prev = 0;
      for (int node : r) {
        total += c.dist(prev, node);
        prev = node;
      }
      total += c.dist(prev, 0);
    }
    return total;
  }

  @ParameterizedTest
  @CsvSource({
      "vrp/cvrp/X/X-n101-k25.vrp, vrp/cvrp/X/X-n101-k25.sol, NINT, 100, 100",
      "vrp/cvrp/X/X-n1001-k43.vrp, vrp/cvrp/X/X-n1001-k43.sol, NINT, 1000, 1000",
      "vrp/vrptw/solomon/C101.txt, vrp/vrptw/solomon/C101.dimacs.sol, TRUNC1, 100, 25",
      "vrp/vrptw/solomon/RC208.txt, vrp/vrptw/solomon/RC208.dimacs.sol, TRUNC1, 100, 25",
      "vrp/vrptw/homberger200/c1_2_1.txt, vrp/vrptw/homberger200/c1_2_1.sol, EXACT, 200, 50",
      "vrp/real/ortec-euro-neurips-2022/ORTEC-VRPTW-ASYM-114d6c71-d1-n238-k30.txt.gz,"
          + " vrp/real/ortec-euro-neurips-2022/ORTEC-VRPTW-ASYM-114d6c71-d1-n238-k30.sol, , 238, 30",
      "vrp/real/osrm/OSRM-Malta-U-n200.vrp.gz, vrp/real/osrm/OSRM-Malta-U-n200.hgs60.sol, , 200, 200",
      "vrp/real/osrm/OSRM-Andorra-C-n100-TW.vrp.gz, vrp/real/osrm/OSRM-Andorra-C-n100-TW.pyvrp60.sol, , 100, 100",
  })
  void recomputedCostMatchesStatedCost(String inst, String sol, Rounding rounding, int stops, int vehicles)
      throws Exception {
    Path dir = DataDir.resolve();
    Instance in = InstanceFiles.read(dir.resolve(inst));
    if (rounding != null) {
      in = in.withRounding(rounding);
    }
    assertEquals(stops, in.stops().size());
    assertEquals(vehicles, in.vehicleCount());
    VrplibSolution s = VrplibSolution.read(dir.resolve(sol));
    assertEquals(s.cost(), cost(CompactInstance.of(in), s), 0.01 + 1e-6 * s.cost(), inst);
  }

  @Test
  void solutionFormatRoundTrips(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path src = DataDir.resolve().resolve("vrp/cvrp/X/X-n101-k25.sol");
    VrplibSolution s = VrplibSolution.read(src);
    Path out = tmp.resolve("x.sol");
    s.write(out);
    assertEquals(s, VrplibSolution.read(out));
    assertTrue(Files.readString(out).startsWith("Route #1: 31 46 35\n"));
    assertTrue(Files.readString(out).endsWith("Cost 27591\n"));
  }
}
