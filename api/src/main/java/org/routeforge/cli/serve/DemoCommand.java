package org.routeforge.cli.serve;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.routeforge.api.ApiServer;
import org.routeforge.api.ServiceConfig;
import org.routeforge.data.catalog.DataDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge demo}: a first look in one command. Starts the service on the Malta extract
 * ({@code osm/malta-2018.osm.pbf} under {@code $ROUTEFORGE_DATA}), with a throw-away state folder and
 * an API key of its own, and prints (on stdout) the link that opens the web page, loads the Malta demo request
 * (200 tasks with skills, windows, shipments and breaks) and solves it on the roads. Without the
 * extract it says so and serves on great-circle distances (routes drawn as straight lines).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts the service with the Malta road network and prints a link to the web page "
        + "that solves a 200-task example (skills, time windows, shipments, breaks) on the roads and draws it.",
        "",
        "State lives in a temporary folder removed at exit; the road graph is cached in ~/.routeforge/graphs "
            + "(ROUTEFORGE_GRAPHS). Ctrl-C stops."})
public final class DemoCommand implements Callable<Integer> {
  /** The example the demo link solves (under the page's {@code /examples/}). */
  public static final String EXAMPLE = "malta-demo-200.vroom.json";
  /** The extract, relative to the data directory. */
  public static final String MALTA = "osm/malta-2018.osm.pbf";

  @Spec CommandSpec spec;

  @Option(names = "--osm", paramLabel = "FILE.osm.pbf",
      description = "Road network (default: $ROUTEFORGE_DATA/" + MALTA + "; the demo request lies on Malta).")
  Path osm;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080; 0 picks a free one).")
  int port;

  @Option(names = "--time-limit", defaultValue = "10", paramLabel = "SECONDS",
      description = "Solver time for the demo request, 1 to 600 (default 10).")
  double timeLimit;

  /** A started demo: the server, the link to open, and the folder to remove when it stops. */
  public record Running(ApiServer server, String url, boolean onRoads, Path stateDir) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
      try (Stream<Path> files = Files.walk(stateDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Running demo = start(err);
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("routeforge demo: stopping");
      err.flush();
      try {
        demo.close();
      } catch (IOException e) {
        err.println("routeforge demo: could not remove " + demo.stateDir() + ": " + e.getMessage());
      }
      done.countDown();
    }, "routeforge-demo-shutdown"));
    done.await();
    return 0;
  }

  /** Starts the server and prints what it runs on and the link; the caller closes it. */
  public Running start(PrintWriter err) throws Exception {
    if (!(timeLimit >= 1 && timeLimit <= 600)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--time-limit must be 1 to 600 seconds, not " + timeLimit);
    }
    Path roads = osm != null ? osm : DataDir.resolve().resolve(MALTA);
    boolean onRoads = Files.isRegularFile(roads);
    Map<String, String> settings = new LinkedHashMap<>();
    Path state = Files.createTempDirectory("routeforge-demo-");
    settings.put("data_dir", state.toString());
    settings.put("host", host);
    settings.put("port", Integer.toString(port));
    if (onRoads) {
      settings.put("roads_osm", roads.toAbsolutePath().toString());
      err.println("routeforge demo: loading the road network " + roads.toAbsolutePath().normalize() + " (imported once, then cached) ...");
    } else {
      err.println("routeforge demo: no road network at " + roads.toAbsolutePath().normalize() + " (set ROUTEFORGE_DATA to the "
          + "folder holding " + MALTA + ", or pass --osm FILE). Falling back to great-circle distances at 50 km/h: "
          + "the demo is solved, but its routes are drawn as straight lines.");
    }
    err.flush();
    ServiceConfig config = ServiceConfig.resolve(null, Map.of(), settings);
    ApiServer server;
    try {
      // the admin key of a throw-away database is of no use: not announced
      server = ApiServer.start(config, null, new PrintStream(PrintStream.nullOutputStream()));
    } catch (JavalinBindException e) {
      deleteQuietly(state);
      throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + "); choose another --port or stop the process using it", e);
    } catch (IOException | java.sql.SQLException | RuntimeException e) {
      deleteQuietly(state);
      throw e;
    }
    String key = server.keys().create("demo", false, "routeforge demo").key();
    String shownHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    String url = "http://" + shownHost + ":" + server.port() + "/?example=" + EXAMPLE + "&autostart=1&time_limit="
        + (timeLimit == Math.rint(timeLimit) ? Long.toString((long) timeLimit) : Double.toString(timeLimit)) + "#key=" + key;
    err.println("routeforge demo: serving on http://" + shownHost + ":" + server.port() + "/ "
        + (onRoads ? "routing on " + roads.getFileName() : "on great-circle distances") + "; Ctrl-C stops");
    err.println("routeforge demo: open this link to solve 200 tasks (skills, windows, shipments, breaks) and see them on the map:");
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(url);
    out.flush();
    return new Running(server, url, onRoads, state);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: left to the system
    }
  }
}
