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
    DatasetCatalog c = DatasetCatalog.load();
    assertEquals(311, c.entries().size());
    assertEquals(List.of(), c.missingFiles());
    assertEquals(List.of("X", "GH200", "Solomon-hier", "Solomon-dimacs", "ORTEC-EURO-NeurIPS-2022", "OSRM-Malta",
        "OSRM-Andorra", "OSRM-Malta-TW", "OSRM-Andorra-TW"), c.sets());
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
    long withSol = c.entries().stream().filter(e -> e.solution() != null).count();
    assertEquals(100 + 60 + 55 + 15 + 24, withSol);
  }

  @Test
  void splitsQuotedCsvFields() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), DatasetCatalog.csvFields("a,\"b,c\",\"d\"\"e\","));
  }
}
