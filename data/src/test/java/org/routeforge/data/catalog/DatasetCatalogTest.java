package org.routeforge.data.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Rounding;

/** The catalogue resolves every row to its files and the right solution per objective. */
class DatasetCatalogTest {
  @Test
  void resolvesRowsFilesAndBestKnownValues() throws Exception {
    java.nio.file.Path data = DataDir.resolve();
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(data.resolve("vrp/catalog.csv")),
        "shared catalogue " + data.resolve("vrp/catalog.csv") + " is absent");
    DatasetCatalog c = DatasetCatalog.load();
    assertFalse(c.entries().isEmpty());
    assertEquals(List.of(), c.missingFiles());
    assertTrue(c.sets().containsAll(List.of("X", "GH200", "Solomon-hier", "Solomon-dimacs", "ORTEC-EURO-NeurIPS-2022",
        "OSRM-Malta", "OSRM-Andorra", "OSRM-Malta-TW", "OSRM-Andorra-TW", "LiLim100", "Cordeau-MDVRP")), c.sets()::toString);
    assertEquals(27591.0, c.bks("X-n101-k25").orElseThrow());
    DatasetCatalog.Entry x = c.find("X", "X-n101-k25").orElseThrow();
    assertTrue(x.solution().toString().endsWith("X-n101-k25.sol"));
    assertEquals(Rounding.NINT, x.rounding());
    DatasetCatalog.Entry hier = c.find("Solomon-hier", "C101").orElseThrow();
    assertNull(hier.solution());
    assertEquals(828.94, hier.bks());
    DatasetCatalog.Entry dimacs = c.find("Solomon-dimacs", "C101").orElseThrow();
    assertTrue(dimacs.solution().toString().endsWith("C101.dimacs.sol"));
    assertEquals(Rounding.TRUNC1, dimacs.rounding());
    assertFalse(c.find("Solomon-dimacs", "C204").orElseThrow().hasBks());
    DatasetCatalog.Entry pdp = c.find(DatasetCatalog.LI_LIM, "lc101").orElseThrow();
    assertTrue(pdp.solution().toString().endsWith("lc101.sol"), pdp::toString);
    assertEquals(Rounding.EXACT, pdp.rounding());
    DatasetCatalog.Entry md = c.find(DatasetCatalog.CORDEAU, "p01").orElseThrow();
    assertTrue(md.instance().endsWith(java.nio.file.Path.of("mdvrp", "cordeau", "p01")), md::toString);
    assertEquals(Rounding.EXACT, md.rounding());
    for (DatasetCatalog.Entry e : c.entries()) {
      if (e.set().equals("X") || e.set().equals(DatasetCatalog.LI_LIM)) {
        assertTrue(e.solution() != null, () -> e.name() + " has a .sol with its BKS");
      }
    }
  }

  @Test
  void splitsQuotedCsvFields() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), DatasetCatalog.csvFields("a,\"b,c\",\"d\"\"e\","));
  }
}
