package org.routeforge.cli.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InputException.Problem;
import org.routeforge.graph.paths.BidirectionalBfs;
import org.routeforge.graph.paths.BidirectionalDijkstra;
import org.routeforge.graph.paths.CoreHubTree;
import org.routeforge.graph.paths.CoreLabels;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.PathMethod;
import org.routeforge.graph.paths.PathResult;
import org.routeforge.graph.paths.Wormhole;
import org.routeforge.graph.paths.WormholeCommandOptions;
import org.routeforge.graph.paths.WormholeIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code routeforge graph path}: one s–t query ({@code --from/--to}) or a batch
 * ({@code --pairs FILE}, one {@code src dst} a line) on a graph loaded once. Prints one line per
 * pair: {@code src dst length v0 v1 ... vk}, with {@code -1} and no path for a disconnected pair.
 * Vertex ids are the ids of the file.
 */
@Command(
    name = "path",
    mixinStandardHelpOptions = true,
    description = {
      "Shortest (or WormHole-approximate) paths between vertex pairs.",
      "Output, one line per pair: src dst length v0 v1 ... vk (length -1 and no path when"
          + " disconnected)."
    })
public final class GraphPathCommand implements Callable<Integer> {

  /** The names of {@link PathMethod}, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (PathMethod m : PathMethod.values()) {
        names.add(m.wireName());
      }
      return names.iterator();
    }
  }

  /** Reads a {@link PathMethod} by its name. */
  static final class MethodConverter implements ITypeConverter<PathMethod> {
    @Override
    public PathMethod convert(String value) {
      return PathMethod.byName(value).orElseThrow(() -> new TypeConversionException(
          "unknown method '" + value + "'; one of " + String.join(", ", new MethodNames())));
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--graph", required = true, description = "Edge list (SNAP, .gr DIMACS; .gz ok).")
  Path graphFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Queries queries;

  static final class Queries {
    @ArgGroup(exclusive = false)
    Single single;

    @Option(names = "--pairs", description = "File with one 'src dst' pair a line ('#' comments).")
    Path pairs;
  }

  static final class Single {
    @Option(names = "--from", required = true, description = "Source vertex id.")
    long from;

    @Option(names = "--to", required = true, description = "Target vertex id.")
    long to;
  }

  @Option(
      names = "--method",
      defaultValue = "wormhole",
      converter = MethodConverter.class,
      completionCandidates = MethodNames.class,
      description =
          "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}). wormhole* and bidirectional-bfs"
              + " use hop distance; dijkstra and bidirectional-dijkstra use the weights of a"
              + " weighted graph.")
  PathMethod method;

  @Mixin WormholeCommandOptions wormholeOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CsrGraph g = GraphFiles.load(graphFile, wormholeOptions.symmetrize(), err).graph();
    List<long[]> pairs = new ArrayList<>();
    if (queries.pairs != null) {
      pairs = readPairs(queries.pairs, g);
    } else {
      long[] p = {queries.single.from, queries.single.to};
      List<String> bad = new ArrayList<>();
      for (long id : p) {
        if (g.indexOf(id) < 0) {
          bad.add(Long.toString(id));
        }
      }
      if (!bad.isEmpty()) {
        throw new IllegalArgumentException(
            "vertex id "
                + String.join(" and ", bad)
                + " not in graph "
                + graphFile
                + " ("
                + g.nodeCount()
                + " vertices)");
      }
      pairs.add(p);
    }
    Query query = prepare(g, err);
    long start = System.nanoTime();
    StringBuilder line = new StringBuilder();
    for (long[] p : pairs) {
      PathResult r = query.run(g.indexOf(p[0]), g.indexOf(p[1]));
      line.setLength(0);
      line.append(p[0]).append(' ').append(p[1]).append(' ').append(r.length());
      for (int v : r.path()) {
        line.append(' ').append(g.idOf(v));
      }
      out.println(line);
    }
    out.flush();
    err.printf(
        "%d %s %s in %.3f s%n",
        pairs.size(),
        pairs.size() == 1 ? "query" : "queries",
        method,
        (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** One query function over dense indices. */
  private interface Query {
    PathResult run(int s, int t);
  }

  private Query prepare(CsrGraph g, PrintWriter err) {
    switch (method) {
      case BIDIRECTIONAL_BFS:
        return new BidirectionalBfs(g.unweighted())::query;
      case DIJKSTRA:
        return new BidirectionalDijkstra(g)::dijkstra;
      case BIDIRECTIONAL_DIJKSTRA:
        return new BidirectionalDijkstra(g)::query;
      default:
        break;
    }
    if (g.weighted()) {
      err.println("note: WormHole works on hop distances; the edge weights are ignored");
    }
    WormholeIndex index = WormholeIndex.build(g.unweighted(), wormholeOptions.options());
    err.printf(
        "WormHole index: L0 %d, L1 %d vertices, %.3f s, %d bytes%n",
        index.coreSize(), index.ringSize(), index.buildSeconds(), index.bytes());
    Wormhole.Variant variant =
        method == PathMethod.WORMHOLE_H
            ? Wormhole.Variant.H
            : method == PathMethod.WORMHOLE_M ? Wormhole.Variant.M : Wormhole.Variant.E;
    CoreLabels labels = variant == Wormhole.Variant.M ? CoreLabels.build(index) : null;
    CoreHubTree hub = variant == Wormhole.Variant.H ? CoreHubTree.build(index) : null;
    Wormhole wh = new Wormhole(index, labels, hub);
    return (s, t) -> wh.query(s, t, variant);
  }

  private static List<long[]> readPairs(Path file, CsrGraph g) throws IOException, InputException {
    List<long[]> pairs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String name = file.toString();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        String s = text.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\\s+");
        if (f.length < 2) {
          problems.add(Problem.atLine(name, line, "pair", "expected 'src dst', found '" + s + "'"));
          continue;
        }
        long[] p = new long[2];
        boolean ok = true;
        for (int i = 0; i < 2; i++) {
          String field = i == 0 ? "src" : "dst";
          try {
            p[i] = Long.parseLong(f[i]);
          } catch (NumberFormatException e) {
            problems.add(Problem.atLine(name, line, field, "not an integer: '" + f[i] + "'"));
            ok = false;
            continue;
          }
          if (g.indexOf(p[i]) < 0) {
            problems.add(
                Problem.atLine(name, line, field, "vertex id " + p[i] + " is not in the graph"));
            ok = false;
          }
        }
        if (ok) {
          pairs.add(p);
        }
        if (problems.size() >= 20) {
          break;
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException(Problem.atLine(name, 0, "file", "no such file"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return pairs;
  }
}
