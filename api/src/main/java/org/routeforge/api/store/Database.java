package org.routeforge.api.store;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.routeforge.api.ServiceConfig;

/**
 * The service's relational store: an embedded H2 file in the data directory by default, or a
 * PostgreSQL database (shared by several servers) when {@code database_url} is set. Both hold the
 * JobRunr queue and RouteForge's own tables ({@code rf_jobs}, {@code rf_api_keys}), created on start.
 *
 * <p>The embedded database is private to one process: it opens no network port (no H2
 * {@code AUTO_SERVER}, no TCP server) and H2 locks the file, so a second process that opens the same
 * data directory, such as {@code routeforge keys create} while {@code serve} runs, gets a
 * {@link DatabaseInUseException} telling it to stop the server or to use the HTTP API (an admin key
 * manages keys through {@code /v1/keys}). The data directory is created 0700 and the database files
 * 0600 ({@link OwnerOnlyFiles}). An H2 URL from the settings that asks for a network server
 * ({@code AUTO_SERVER=TRUE}, {@code jdbc:h2:tcp:}, {@code jdbc:h2:ssl:}) is refused unless
 * {@code database_allow_network=true}. An embedded file that was not closed cleanly is first brought
 * to its newest complete state ({@link UncleanShutdownRecovery}: H2's own quick recovery can drop
 * the last acknowledged commits after a {@code kill -9}).
 *
 * <p>Connections come from H2's {@link JdbcConnectionPool}, which pools any JDBC
 * {@code ConnectionPoolDataSource} (H2's own or pgjdbc's).
 *
 * @implNote thread-safe; close it once, after the JobRunr server has stopped.
 */
public final class Database implements AutoCloseable {
  /** Base name of the embedded database in the data directory ({@value}.mv.db). */
  public static final String FILE_NAME = "routeforge";
  /** Seconds a caller of {@link #connection()} waits for a free connection before it gets an error. */
  private static final int CONNECTION_WAIT_SECONDS = 30;
  /** Connections kept for JobRunr, which takes them from {@link #dataSource()} directly. */
  private static final int JOBRUNR_RESERVE = 8;

  private final JdbcConnectionPool pool;
  /**
   * A fair queue in front of the pool for RouteForge's own queries: H2's pool makes a waiting caller
   * sleep and retry, so under a burst of requests most threads sleep while connections are free and
   * the latest arrivals overtake the earliest.
   */
  private final Semaphore slots;
  private final boolean postgres;
  private final String description;

  private Database(JdbcConnectionPool pool, boolean postgres, String description) {
    this.pool = pool;
    this.slots = new Semaphore(Math.max(1, pool.getMaxConnections() - JOBRUNR_RESERVE), true);
    this.postgres = postgres;
    this.description = description;
  }

  /**
   * Opens (and on first use creates) the database the configuration names.
   *
   * @throws DatabaseInUseException when the embedded database file is held by another process
   * @throws IllegalArgumentException when {@code database_url} is neither H2 nor PostgreSQL, or asks
   *     for an H2 network server without {@code database_allow_network=true}
   */
  public static Database open(ServiceConfig config) throws IOException, SQLException {
    JdbcConnectionPool pool;
    boolean pg;
    String description;
    Path embeddedFile = null;
    if (config.embeddedDatabase()) {
      OwnerOnlyFiles.directory(config.dataDir());
      embeddedFile = config.dataDir().resolve(FILE_NAME);
      Path mvFile = config.dataDir().resolve(FILE_NAME + ".mv.db");
      UncleanShutdownRecovery.recoverIfNeeded(mvFile, "H2 " + mvFile);
      OwnerOnlyFiles.createFile(mvFile);
      pool = h2Pool(h2Url("jdbc:h2:file:" + embeddedFile.toAbsolutePath()), "sa", "");
      pg = false;
      description = "H2 " + embeddedFile + ".mv.db";
    } else if (config.databaseUrl().startsWith("jdbc:postgresql:")) {
      PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
      ds.setURL(config.databaseUrl());
      if (!config.databaseUser().isBlank()) {
        ds.setUser(config.databaseUser());
      }
      if (!config.databasePassword().isBlank()) {
        ds.setPassword(config.databasePassword());
      }
      pool = JdbcConnectionPool.create(ds);
      pg = true;
      description = "PostgreSQL " + config.databaseUrl().replaceAll("password=[^&]*", "password=***");
    } else if (config.databaseUrl().startsWith("jdbc:h2:")) {
      String network = ServiceConfig.h2NetworkFeature(config.databaseUrl());
      if (network != null && !config.databaseAllowNetwork()) {
        throw new IllegalArgumentException("database_url uses " + network
            + ", which lets other processes connect over the network; set database_allow_network=true to allow it");
      }
      pool = h2Pool(h2Url(config.databaseUrl()),
          config.databaseUser().isBlank() ? "sa" : config.databaseUser(), config.databasePassword());
      pg = false;
      description = "H2 " + config.databaseUrl().replaceAll("(?i)password=[^;]*", "password=***");
    } else {
      throw new IllegalArgumentException("database_url must be empty (embedded H2), start with jdbc:h2: or "
          + "with jdbc:postgresql: but was '" + config.databaseUrl() + "'");
    }
    pool.setMaxConnections(Math.max(32, config.workers() * 4));
    Database db = new Database(pool, pg, description);
    try {
      db.createSchema();
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new DatabaseInUseException(description, e);
      }
      throw e;
    }
    if (embeddedFile != null) {
      // H2 creates its companion files (lock, trace, temporary results) with the process umask.
      OwnerOnlyFiles.restrictFiles(config.dataDir(), FILE_NAME + ".");
    }
    return db;
  }

  /**
   * The H2 settings every embedded database gets, unless the URL sets them itself: {@code
   * WRITE_DELAY=0} makes each commit write its MVStore chunk before the commit returns (H2's default
   * keeps commits in memory for up to 500 ms and stores them from a background thread, so a
   * {@code kill -9} lost the last acknowledged changes); {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing
   * to {@link #close()}, after the job server has stopped (H2's own shutdown hook would close the
   * database under the still running workers).
   */
  static String h2Url(String url) {
    StringBuilder sb = new StringBuilder(url);
    for (String setting : new String[] {"WRITE_DELAY=0", "DB_CLOSE_ON_EXIT=FALSE"}) {
      String key = setting.substring(0, setting.indexOf('=') + 1);
      if (!url.toUpperCase(Locale.ROOT).contains(";" + key)) {
        sb.append(';').append(setting);
      }
    }
    return sb.toString();
  }

  private static JdbcConnectionPool h2Pool(String url, String user, String password) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser(user);
    h2.setPassword(password);
    return JdbcConnectionPool.create(h2);
  }

  /** The pooled data source (for JobRunr and the stores). */
  public DataSource dataSource() {
    return pool;
  }

  /** Whether this is PostgreSQL (otherwise H2). */
  public boolean postgres() {
    return postgres;
  }

  /** Where the data lives, for logs (no password). */
  public String description() {
    return description;
  }

  /** A connection from the pool; close it to give it back. */
  public Connection connection() throws SQLException {
    try {
      if (!slots.tryAcquire(CONNECTION_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new SQLException("no database connection free within " + CONNECTION_WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", e);
    }
    try {
      return releasingOnClose(pool.getConnection());
    } catch (SQLException | RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** {@code c}, whose first {@code close()} also frees its place in {@link #slots}. */
  private Connection releasingOnClose(Connection c) {
    AtomicBoolean closed = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0 && closed.compareAndSet(false, true)) {
            try {
              return method.invoke(c);
            } finally {
              slots.release();
            }
          }
          try {
            return method.invoke(c, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void createSchema() throws SQLException {
    String text = postgres ? "TEXT" : "CLOB";
    String dbl = "DOUBLE PRECISION";
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS rf_api_keys ("
          + "key_id VARCHAR(32) PRIMARY KEY, "
          + "key_hash VARCHAR(64) NOT NULL UNIQUE, "
          + "tenant VARCHAR(128) NOT NULL, "
          + "admin BOOLEAN NOT NULL, "
          + "label VARCHAR(256), "
          + "created_at BIGINT NOT NULL)");
      // Marks the key taken from ROUTEFORGE_ADMIN_KEY, so that a changed variable retires the old one;
      // in a store from before the column, that key is the one labelled with the variable's name.
      if (!hasColumn(c, "rf_api_keys", "from_env")) {
        s.execute("ALTER TABLE rf_api_keys ADD COLUMN from_env BOOLEAN DEFAULT FALSE NOT NULL");
        s.execute("UPDATE rf_api_keys SET from_env = TRUE WHERE label = 'ROUTEFORGE_ADMIN_KEY'");
      }
      s.execute("CREATE TABLE IF NOT EXISTS rf_jobs ("
          + "id VARCHAR(36) PRIMARY KEY, "
          + "tenant VARCHAR(128) NOT NULL, "
          + "status VARCHAR(16) NOT NULL, "
          + "name VARCHAR(256), "
          + "input_format VARCHAR(16) NOT NULL, "
          + "input " + text + " NOT NULL, "
          + "stops INT NOT NULL, "
          + "vehicles INT NOT NULL, "
          + "time_limit_ms BIGINT NOT NULL, "
          + "seed BIGINT NOT NULL, "
          + "created_at BIGINT NOT NULL, "
          + "started_at BIGINT, "
          + "finished_at BIGINT, "
          + "heartbeat_at BIGINT, "
          + "server VARCHAR(64), "
          + "attempts INT NOT NULL, "
          + "cancel_requested BOOLEAN NOT NULL, "
          + "best_cost " + dbl + ", "
          + "best_feasible BOOLEAN, "
          + "best_routes INT, "
          + "iterations BIGINT, "
          + "progress " + dbl + ", "
          + "elapsed_ms BIGINT, "
          + "stop_reason VARCHAR(32), "
          + "error " + text + ", "
          + "solution " + text + ", "
          + "solution_sol " + text + ", "
          + "objective VARCHAR(32), "
          + "cpu_time_ms BIGINT)");
      // a store from before job objectives and CPU budgets: its jobs had neither
      if (!hasColumn(c, "rf_jobs", "objective")) {
        s.execute("ALTER TABLE rf_jobs ADD COLUMN objective VARCHAR(32)");
      }
      if (!hasColumn(c, "rf_jobs", "cpu_time_ms")) {
        s.execute("ALTER TABLE rf_jobs ADD COLUMN cpu_time_ms BIGINT");
      }
      s.execute("CREATE INDEX IF NOT EXISTS rf_jobs_tenant_created ON rf_jobs (tenant, created_at)");
      s.execute("CREATE INDEX IF NOT EXISTS rf_jobs_status ON rf_jobs (status)");
    }
  }

  private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.columns "
        + "WHERE LOWER(table_name) = ? AND LOWER(column_name) = ?")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
