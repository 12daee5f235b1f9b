package org.routeforge.api.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.routeforge.api.ServiceConfig;

/**
 * The service's relational store: an embedded H2 file in the data directory by default, or a
 * PostgreSQL database (shared by several servers) when {@code database_url} is set. Both hold the
 * JobRunr queue and RouteForge's own tables ({@code rf_jobs}, {@code rf_api_keys}), created on start.
 *
 * <p>Connections come from H2's {@link JdbcConnectionPool}, which pools any JDBC
 * {@code ConnectionPoolDataSource} (H2's own or pgjdbc's).
 *
 * @implNote thread-safe; close it once, after the JobRunr server has stopped.
 */
public final class Database implements AutoCloseable {
  private final JdbcConnectionPool pool;
  private final boolean postgres;
  private final String description;

  private Database(JdbcConnectionPool pool, boolean postgres, String description) {
    this.pool = pool;
    this.postgres = postgres;
    this.description = description;
  }

  /** Opens (and on first use creates) the database the configuration names. */
  public static Database open(ServiceConfig config) throws IOException, SQLException {
    JdbcConnectionPool pool;
    boolean pg;
    String description;
    if (config.embeddedDatabase()) {
      Files.createDirectories(config.dataDir());
      Path file = config.dataDir().resolve("routeforge");
      JdbcDataSource h2 = new JdbcDataSource();
      // AUTO_SERVER lets `routeforge keys create` open the file while a server holds it. WRITE_DELAY=0
      // writes every commit at once: H2's default 500 ms delay loses the last commits (a job's
      // "running" claim, a finished result) when the process is killed.
      h2.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
      h2.setUser("sa");
      h2.setPassword("");
      pool = JdbcConnectionPool.create(h2);
      pg = false;
      description = "H2 " + file + ".mv.db";
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
    } else {
      throw new IllegalArgumentException("database_url must be empty (embedded H2) or start with "
          + "jdbc:postgresql: but was '" + config.databaseUrl() + "'");
    }
    pool.setMaxConnections(Math.max(32, config.workers() * 4));
    Database db = new Database(pool, pg, description);
    db.createSchema();
    return db;
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
    return pool.getConnection();
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
          + "solution_sol " + text + ")");
      s.execute("CREATE INDEX IF NOT EXISTS rf_jobs_tenant_created ON rf_jobs (tenant, created_at)");
      s.execute("CREATE INDEX IF NOT EXISTS rf_jobs_status ON rf_jobs (status)");
    }
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
