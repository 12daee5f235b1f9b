package org.routeforge.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Settings of the HTTP service, resolved from three layers (later wins): the built-in defaults, one
 * properties file ({@code routeforge.properties} in the data directory, or {@code --config FILE}),
 * environment variables {@code ROUTEFORGE_<KEY>} (upper case, e.g. {@code ROUTEFORGE_PORT},
 * {@code ROUTEFORGE_DATABASE_URL}), and command-line flags.
 *
 * <p>Units: bytes, seconds, requests per second. An empty {@code database_url} means the embedded H2
 * database file in the data directory; a {@code jdbc:postgresql:} URL lets several servers share one
 * job queue. {@code graphs} names edge-list files loaded for {@code POST /v1/paths}
 * ({@code name=path,name2=path2}); {@code roads_osm} is an OpenStreetMap extract opened with
 * GraphHopper for {@code POST /v1/matrix} and for requests with coordinates only (otherwise routed on
 * the great circle; {@code serve --roads FILE} sets it). {@code workers=0} makes an API-only server that queues
 * jobs for the worker servers sharing its database. Ended jobs and their results are deleted
 * {@code job_ttl_days} after they end. {@code max_connections} bounds the open HTTP connections
 * (beyond it new ones wait in the accept queue). A {@code jdbc:h2:} URL names another H2 database; one
 * that would open H2's network server ({@code AUTO_SERVER}, {@code tcp:}, {@code ssl:}) is refused
 * unless {@code database_allow_network=true}.
 *
 * @implNote immutable and thread-safe.
 */
public record ServiceConfig(
    String host,
    int port,
    Path dataDir,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    int workers,
    long maxBodyBytes,
    int maxStops,
    int maxVehicles,
    int maxTimeLimitSeconds,
    int defaultTimeLimitSeconds,
    int syncMaxStops,
    int syncMaxTimeLimitSeconds,
    double rateLimitPerSecond,
    int rateLimitBurst,
    int maxQueuedJobs,
    int pollIntervalSeconds,
    String graphs,
    String roadsOsm,
    int maxWsnNodes,
    int maxMatrixPoints,
    int jobTtlDays,
    int maxConnections,
    boolean databaseAllowNetwork) {

  /** Every key the file, the environment and the flags understand, with its default. */
  public static final Map<String, String> DEFAULTS = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("host", "127.0.0.1");
    d.put("port", "8080");
    d.put("data_dir", "");
    d.put("database_url", "");
    d.put("database_user", "");
    d.put("database_password", "");
    d.put("workers", Integer.toString(Runtime.getRuntime().availableProcessors()));
    d.put("max_body_bytes", Long.toString(32L * 1024 * 1024));
    d.put("max_stops", "5000");
    d.put("max_vehicles", "1000");
    d.put("max_time_limit_s", "600");
    d.put("default_time_limit_s", "10");
    d.put("sync_max_stops", "2000");
    d.put("sync_max_time_limit_s", "30");
    d.put("rate_limit_per_s", "50");
    d.put("rate_limit_burst", "200");
    d.put("max_queued_jobs", "10000");
    d.put("poll_interval_s", "5");
    d.put("graphs", "");
    d.put("roads_osm", "");
    d.put("max_wsn_nodes", "2000");
    d.put("max_matrix_points", "500");
    d.put("job_ttl_days", "30");
    d.put("max_connections", "2000");
    d.put("database_allow_network", "false");
    return Map.copyOf(d);
  }

  /**
   * Resolves the configuration.
   *
   * @param configFile an explicit properties file, or null to use {@code routeforge.properties} in
   *     the data directory when it exists
   * @param env the environment (normally {@link System#getenv()})
   * @param flags values from the command line, by key; they override everything else
   * @throws IllegalArgumentException naming the key and its source when a value is invalid or a key
   *     is unknown
   * @throws IOException when the configuration file cannot be read
   */
  public static ServiceConfig resolve(Path configFile, Map<String, String> env, Map<String, String> flags)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Map<String, String> source = new LinkedHashMap<>();
    DEFAULTS.keySet().forEach(k -> source.put(k, "default"));
    Map<String, String> fromEnv = new LinkedHashMap<>();
    for (String key : DEFAULTS.keySet()) {
      String v = env.get("ROUTEFORGE_" + key.toUpperCase(Locale.ROOT));
      if (v != null) {
        fromEnv.put(key, v);
      }
    }
    String dataDirHint = firstNonNull(flags.get("data_dir"), fromEnv.get("data_dir"));
    Path file = configFile;
    if (file == null) {
      Path dir = dataDirHint == null || dataDirHint.isBlank() ? defaultDataDir() : Path.of(dataDirHint);
      Path candidate = dir.resolve("routeforge.properties");
      file = Files.isRegularFile(candidate) ? candidate : null;
    }
    if (file != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      }
      for (String k : p.stringPropertyNames()) {
        if (!DEFAULTS.containsKey(k)) {
          throw new IllegalArgumentException(file + ": unknown key '" + k + "' (known: " + new TreeSet<>(DEFAULTS.keySet()) + ")");
        }
        values.put(k, p.getProperty(k).trim());
        source.put(k, file.toString());
      }
    }
    fromEnv.forEach((k, v) -> {
      values.put(k, v);
      source.put(k, "environment variable ROUTEFORGE_" + k.toUpperCase(Locale.ROOT));
    });
    for (Map.Entry<String, String> e : flags.entrySet()) {
      if (!DEFAULTS.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown setting '" + e.getKey() + "'");
      }
      values.put(e.getKey(), e.getValue());
      source.put(e.getKey(), "command line");
    }
    Parser p = new Parser(values, source);
    String dd = values.get("data_dir");
    ServiceConfig c = new ServiceConfig(
        values.get("host"),
        p.integer("port", 0, 65535),
        dd.isBlank() ? defaultDataDir() : Path.of(dd).toAbsolutePath(),
        values.get("database_url"),
        values.get("database_user"),
        values.get("database_password"),
        p.integer("workers", 0, 1024),
        p.longValue("max_body_bytes", 1024, 1L << 31),
        p.integer("max_stops", 1, 10_000_000),
        p.integer("max_vehicles", 1, 10_000_000),
        p.integer("max_time_limit_s", 1, 7 * 24 * 3600),
        p.integer("default_time_limit_s", 1, 7 * 24 * 3600),
        p.integer("sync_max_stops", 1, 10_000_000),
        p.integer("sync_max_time_limit_s", 1, 3600),
        p.decimal("rate_limit_per_s", 0.001, 1e9),
        p.integer("rate_limit_burst", 1, 1_000_000_000),
        p.integer("max_queued_jobs", 1, Integer.MAX_VALUE),
        p.integer("poll_interval_s", 5, 3600),
        values.get("graphs").trim(),
        values.get("roads_osm").trim(),
        p.integer("max_wsn_nodes", 1, 1_000_000),
        p.integer("max_matrix_points", 1, 100_000),
        p.integer("job_ttl_days", 1, 36_500),
        p.integer("max_connections", 16, 1_000_000), p.bool("database_allow_network"));
    if (c.defaultTimeLimitSeconds > c.maxTimeLimitSeconds) {
      throw new IllegalArgumentException("default_time_limit_s (" + c.defaultTimeLimitSeconds
          + ") is above max_time_limit_s (" + c.maxTimeLimitSeconds + ")");
    }
    checkDatabaseUrl(c, source.get("database_url"));
    return c;
  }

  private static void checkDatabaseUrl(ServiceConfig c, String source) {
    String url = c.databaseUrl;
    if (c.embeddedDatabase() || url.startsWith("jdbc:postgresql:")) {
      return;
    }
    if (!url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException("database_url (from " + source + ") must be empty (embedded H2), "
          + "start with jdbc:h2: or with jdbc:postgresql:");
    }
    String network = h2NetworkFeature(url);
    if (network != null && !c.databaseAllowNetwork) {
      throw new IllegalArgumentException("database_url (from " + source + ") uses " + network
          + ", which opens the database to other processes over the network (H2's server has its own, "
          + "weaker authentication than the API); remove it, or set database_allow_network=true if that is "
          + "really wanted");
    }
  }

  /**
   * The H2 network feature an H2 JDBC URL asks for ({@code AUTO_SERVER=TRUE}, a {@code tcp:} or
   * {@code ssl:} server URL), or null when it opens the database in this process only.
   */
  public static String h2NetworkFeature(String url) {
    String u = url.toUpperCase(Locale.ROOT).replace(" ", "");
    if (u.startsWith("JDBC:H2:TCP:") || u.startsWith("JDBC:H2:SSL:")) {
      return "an H2 TCP server (" + url.substring(0, url.indexOf(':', 8) + 1) + ")";
    }
    if (u.contains(";AUTO_SERVER=TRUE") || u.contains(";AUTO_SERVER_PORT=")) {
      return "H2 AUTO_SERVER";
    }
    return null;
  }

  /** Defaults only, with the given data directory and port (tests and embedding). */
  public static ServiceConfig defaultsWith(Path dataDir, int port) {
    try {
      return resolve(null, Map.of(), Map.of("data_dir", dataDir.toString(), "port", Integer.toString(port)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether jobs live in the embedded H2 database (rather than a shared PostgreSQL). */
  public boolean embeddedDatabase() {
    return databaseUrl == null || databaseUrl.isBlank();
  }

  /** {@code ~/.routeforge} when the home directory is writable, else {@code ./.routeforge}. */
  public static Path defaultDataDir() {
    String home = System.getProperty("user.home");
    if (home != null && !home.isBlank() && Files.isWritable(Path.of(home))) {
      return Path.of(home, ".routeforge").toAbsolutePath();
    }
    return Path.of(".routeforge").toAbsolutePath();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  /** Parses values, naming the key and where the bad value came from. */
  private record Parser(Map<String, String> values, Map<String, String> source) {
    int integer(String key, int min, int max) {
      return (int) longValue(key, min, max);
    }

    long longValue(String key, long min, long max) {
      String v = values.get(key).trim();
      try {
        long x = Long.parseLong(v);
        if (x < min || x > max) {
          throw bad(key, v, "must be between " + min + " and " + max);
        }
        return x;
      } catch (NumberFormatException e) {
        throw bad(key, v, "is not an integer");
      }
    }

    boolean bool(String key) {
      String v = values.get(key).trim().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw bad(key, v, "must be true or false");
      }
      return v.equals("true");
    }

    double decimal(String key, double min, double max) {
      String v = values.get(key).trim();
      try {
        double x = Double.parseDouble(v);
        if (!(x >= min && x <= max)) {
          throw bad(key, v, "must be between " + min + " and " + max);
        }
        return x;
      } catch (NumberFormatException e) {
        throw bad(key, v, "is not a number");
      }
    }

    private IllegalArgumentException bad(String key, String v, String why) {
      return new IllegalArgumentException(key + "='" + v + "' (from " + source.get(key) + ") " + why);
    }
  }
}
