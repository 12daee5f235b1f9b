package org.routeforge.api.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The limits that keep slow or numerous clients from taking the server down, applied to Javalin's
 * embedded Jetty: a bounded request thread pool with a bounded queue (a full queue refuses the
 * connection rather than growing without end), an idle timeout on every connection, a connection
 * limit (beyond it Jetty stops accepting and shortens the idle timeout of the connections it has),
 * an 8 KiB header limit (431), and {@link ProblemErrorHandler} for the errors Jetty answers itself.
 * The minimum body data rate is enforced where bodies are read ({@link Http#body}).
 *
 * <p>Slow headers hold no thread (Jetty parses them without blocking); they hold a connection until
 * the idle timeout, which is what the connection limit bounds.
 */
public final class ServerLimits {
  /** Most request threads. */
  public static final int MAX_THREADS = 200;
  /** Most requests waiting for a thread. */
  public static final int MAX_QUEUED = 2048;
  /** A connection with no traffic for this long is closed. */
  public static final long IDLE_TIMEOUT_MS = 30_000;
  /** Idle timeout of existing connections while the connection limit is reached. */
  public static final long IDLE_TIMEOUT_AT_LIMIT_MS = 5_000;
  /** Largest request line plus headers. */
  public static final int MAX_HEADER_BYTES = 8192;

  private ServerLimits() {}

  /**
   * Installs the limits on {@code c}, with one HTTP connector bound to {@code host:port} and at most
   * {@code maxConnections} open connections.
   */
  public static void apply(JavalinConfig c, String host, int port, int maxConnections) {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8, 60_000, -1,
        new BlockingArrayQueue<>(256, 256, MAX_QUEUED), null);
    pool.setName("routeforge-http");
    c.jetty.threadPool = pool;
    c.jetty.modifyHttpConfiguration(h -> configure(h));
    c.jetty.addConnector((server, http) -> {
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost(host);
      connector.setPort(port);
      connector.setIdleTimeout(IDLE_TIMEOUT_MS);
      return connector;
    });
    c.jetty.modifyServer(server -> {
      ConnectionLimit limit = new ConnectionLimit(maxConnections, server);
      limit.setIdleTimeout(IDLE_TIMEOUT_AT_LIMIT_MS);
      server.addBean(limit);
      server.setErrorHandler(new ProblemErrorHandler());
    });
    c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ProblemErrorHandler()));
  }

  private static void configure(HttpConfiguration h) {
    h.setIdleTimeout(IDLE_TIMEOUT_MS);
    h.setRequestHeaderSize(MAX_HEADER_BYTES);
    h.setSendServerVersion(false);
    h.setSendXPoweredBy(false);
  }
}
