package org.routeforge.cli.graph;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.routeforge.data.io.InputException;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.EdgeListReader.Loaded;
import org.routeforge.graph.paths.EdgeListReader.LoadStats;

/** Loads a graph file for the graph commands and reports load time and memory on stderr. */
final class GraphFiles {
  private GraphFiles() {}

  static Loaded load(Path file, boolean symmetrize, PrintWriter err)
      throws IOException, InputException {
    err.printf("loading %s ...%n", file);
    err.flush();
    Loaded loaded = EdgeListReader.read(file, symmetrize);
    LoadStats s = loaded.stats();
    err.printf(
        "loaded %,d nodes, %,d edges (%s; %,d edge lines, %,d self-loops and %,d duplicates"
            + " dropped) in %.2f s = %.2f s per million edges; CSR %,d bytes = %.1f MB per"
            + " million edges%n",
        s.nodes(),
        s.edges(),
        s.format(),
        s.pairs(),
        s.selfLoops(),
        s.duplicates(),
        s.seconds(),
        s.secondsPerMillionEdges(),
        s.csrBytes(),
        s.bytesPerMillionEdges() / 1e6);
    err.flush();
    return loaded;
  }
}
