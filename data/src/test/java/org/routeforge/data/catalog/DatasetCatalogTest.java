package org.routeforge.data.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Rounding;

/** The catalogue resolves every row to its files and the right solution per objective. */
class DatasetCatalogTest {
  @Test
  void resolvesRowsFilesAndBestKnownValues() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DataDir.resolve().resolve("vrp/catalog.csv")),
        "shared catalogue " + DataDir.resolve().resolve("vrp/catalog.csv") + " is missing");
    DatasetCatalog c = DatasetCatalog.load();
    assertFalse(c.entries().isEmpty());
    assertEquals(List.of(), c.missingFiles());
    assertTrue(c.sets().containsAll(List.of("X", "GH200", "Solomon-hier", "Solomon-dimacs")), c.sets().toString());
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
    // every X row has its best-known solution file, whatever else the catalogue lists
    long xRows = 0;
    for (DatasetCatalog.Entry e : c.entries()) {
      if (e.set().equals("X")) {
        xRows++;
        assertTrue(e.solution() != null && Files.isRegularFile(e.solution()), e.name());
      }
    }
    assertTrue(xRows > 0, "no X row was checked");
  }

  @Test
  void splitsQuotedCsvFields() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), DatasetCatalog.csvFields("a,\"b,c\",\"d\"\"e\","));
  }

  @Test
  void resolvesTheLiLimAndCordeauRows() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DataDir.resolve().resolve("vrp/catalog.csv")),
        "shared catalogue " + DataDir.resolve().resolve("vrp/catalog.csv") + " is missing");
    DatasetCatalog c = DatasetCatalog.load();
    DatasetCatalog.Entry pdp = c.find(DatasetCatalog.LI_LIM, "lc101").orElseThrow();
    assertTrue(pdp.solution().toString().endsWith("lc101.sol"), pdp::toString);
    assertEquals(Rounding.EXACT, pdp.rounding());
    DatasetCatalog.Entry md = c.find(DatasetCatalog.CORDEAU, "p01").orElseThrow();
    assertTrue(md.instance().endsWith(java.nio.file.Path.of("mdvrp", "cordeau", "p01")), md::toString);
    assertNull(md.solution());
    assertEquals(Rounding.EXACT, md.rounding());
    long pdpRows = 0;
    for (DatasetCatalog.Entry e : c.entries()) {
      if (e.set().equals(DatasetCatalog.LI_LIM)) {
        pdpRows++;
        assertTrue(e.solution() != null, () -> e.name() + " has a .sol with its BKS");
      }
    }
    assertTrue(pdpRows > 0, "no Li & Lim row was checked");
  }
}
