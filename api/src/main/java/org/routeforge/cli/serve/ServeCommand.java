package org.routeforge.cli.serve;

import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.routeforge.api.ApiServer;
import org.routeforge.api.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code routeforge serve}: runs the HTTP service (API, web page, background solver jobs) until
 * interrupted. With no flags it binds 127.0.0.1:8080 and keeps its state in ~/.routeforge; the first
 * start prints an admin API key once (or takes it from {@code ROUTEFORGE_ADMIN_KEY}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Runs the RouteForge HTTP service: the /v1 API, the web page at /, OpenAPI at "
        + "/openapi.json (docs at /docs), metrics at /metrics.",
        "",
        "Settings come from defaults < the properties file < ROUTEFORGE_<KEY> environment variables "
            + "< flags. Keys: host, port, data_dir, database_url, database_user, database_password, "
            + "workers, max_body_bytes, max_stops, max_vehicles, max_time_limit_s, "
            + "default_time_limit_s, sync_max_stops, sync_max_time_limit_s, rate_limit_per_s, "
            + "rate_limit_burst, max_queued_jobs, poll_interval_s, graphs (name=edge-list-file,...), "
            + "roads_osm (an .osm.pbf routed on with GraphHopper: /v1/matrix, and requests with coordinates only), max_wsn_nodes, max_matrix_points, job_ttl_days, max_connections, database_allow_network (default false: an H2 "
            + "database_url with AUTO_SERVER or tcp: is refused)."})
public final class ServeCommand implements Callable<Integer> {
  @Mixin ServiceOptions service;

  @Option(names = "--host", description = "Interface to bind (default 127.0.0.1; 0.0.0.0 for all).")
  String host;

  @Option(names = "--port", description = "Port (default 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--workers", description = "Solver jobs run in parallel (default: number of cores; 0 = API only, jobs run on other servers sharing the database).")
  Integer workers;

  @Option(names = "--roads", paramLabel = "FILE.osm.pbf",
      description = "OpenStreetMap extract to route on (setting roads_osm): /v1/matrix, and VROOM or RouteForge JSON "
          + "requests with coordinates only get GraphHopper car durations and distances instead of great-circle ones.")
  Path roads;

  @Override
  public Integer call() throws Exception {
    Map<String, String> extra = new LinkedHashMap<>();
    if (roads != null) {
      extra.put("roads_osm", roads.toAbsolutePath().toString());
    }
    if (host != null) {
      extra.put("host", host);
    }
    if (port != null) {
      extra.put("port", port.toString());
    }
    if (workers != null) {
      extra.put("workers", workers.toString());
    }
    ServiceConfig config = service.resolve(extra);
    ApiServer server;
    try {
      server = ApiServer.start(config, System.getenv("ROUTEFORGE_ADMIN_KEY"), System.err);
    } catch (JavalinBindException e) {
      throw new IllegalArgumentException("cannot listen on " + config.host() + ":" + config.port()
          + " (" + e.getMessage() + "); choose another --port or stop the process using it", e);
    }
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("routeforge: stopping (running jobs go back to the queue)");
      server.close();
      done.countDown();
    }, "routeforge-shutdown"));
    System.err.println("routeforge: serving on http://" + config.host() + ":" + server.port()
        + "/ (state in " + config.dataDir() + "); Ctrl-C stops");
    done.await();
    return 0;
  }
}
