package org.routeforge.api.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jobs, their inputs, progress and results in {@code rf_jobs}. Every read that serves a request is
 * scoped to a tenant, so one tenant can never see another's job (it gets "not found").
 *
 * <p>Status changes are conditional updates ({@code ... WHERE status IN (...)}) so that concurrent
 * servers, a cancel racing a finish, or a re-run after a crash cannot move a job backwards.
 *
 * @implNote thread-safe: each call uses its own pooled connection.
 */
public final class JobStore {
  private static final String COLUMNS = "id, tenant, status, name, input_format, stops, vehicles, "
      + "time_limit_ms, seed, created_at, started_at, finished_at, heartbeat_at, server, attempts, "
      + "cancel_requested, best_cost, best_feasible, best_routes, iterations, progress, elapsed_ms, "
      + "stop_reason, error, objective, cpu_time_ms";

  private final Database db;

  public JobStore(Database db) {
    this.db = db;
  }

  /**
   * A new job's fields.
   *
   * @param objective what the solve minimizes (its wire name), or null for the default
   * @param cpuTimeMs CPU-time budget of the search, or null for none
   */
  public record NewJob(String id, String tenant, String name, String inputFormat, String input,
      int stops, int vehicles, long timeLimitMs, long seed, String objective, Long cpuTimeMs) {
    /** A job with the default objective and no CPU budget. */
    public NewJob(String id, String tenant, String name, String inputFormat, String input, int stops, int vehicles,
        long timeLimitMs, long seed) {
      this(id, tenant, name, inputFormat, input, stops, vehicles, timeLimitMs, seed, null, null);
    }
  }

  /** A progress snapshot written by the worker. */
  public record Snapshot(double bestCost, boolean feasible, int routes, long iterations, double progress,
      long elapsedMs) {}

  /** A finished solve's result. */
  public record Result(JobStatus status, Snapshot best, String stopReason, String solutionJson,
      String solutionSol) {}

  /** One page of a tenant's jobs, newest first. */
  public record Page(List<JobRow> jobs, long total) {}

  public void insert(NewJob j) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO rf_jobs (id, tenant, status, name, "
            + "input_format, input, stops, vehicles, time_limit_ms, seed, created_at, objective, cpu_time_ms, "
            + "attempts, cancel_requested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE)")) {
      ps.setString(1, j.id);
      ps.setString(2, j.tenant);
      ps.setString(3, JobStatus.QUEUED.wire());
      ps.setString(4, j.name);
      ps.setString(5, j.inputFormat);
      ps.setString(6, j.input);
      ps.setInt(7, j.stops);
      ps.setInt(8, j.vehicles);
      ps.setLong(9, j.timeLimitMs);
      ps.setLong(10, j.seed);
      ps.setLong(11, System.currentTimeMillis());
      ps.setString(12, j.objective);
      if (j.cpuTimeMs == null) {
        ps.setNull(13, Types.BIGINT);
      } else {
        ps.setLong(13, j.cpuTimeMs);
      }
      ps.executeUpdate();
    }
  }

  /** The job if it exists and belongs to the tenant (any tenant when {@code tenant} is null). */
  public Optional<JobRow> find(String id, String tenant) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM rf_jobs WHERE id = ?" + (tenant == null ? "" : " AND tenant = ?");
    try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      if (tenant != null) {
        ps.setString(2, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  /** Input format of WSN simulation jobs (they share the table with VRP jobs). */
  public static final String WSN = "wsn";

  /** A tenant's jobs of one kind (WSN simulations or VRP solves), newest first. */
  public Page list(String tenant, boolean wsn, int limit, long offset) throws SQLException {
    String kind = wsn ? " AND input_format = '" + WSN + "'" : " AND input_format <> '" + WSN + "'";
    List<JobRow> out = new ArrayList<>();
    long total;
    try (Connection c = db.connection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
          + " FROM rf_jobs WHERE tenant = ?" + kind + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
        ps.setString(1, tenant);
        ps.setInt(2, limit);
        ps.setLong(3, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rf_jobs WHERE tenant = ?" + kind)) {
        ps.setString(1, tenant);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
    }
    return new Page(out, total);
  }

  /** Number of jobs waiting for a worker. */
  public long countQueued() throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rf_jobs WHERE status = ?")) {
      ps.setString(1, JobStatus.QUEUED.wire());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The stored input text and its format. */
  public Optional<String[]> input(String id) throws SQLException {
    return texts(id, "input_format, input");
  }

  /** The stored solution JSON and VRPLIB text (either may be null). */
  public Optional<String[]> solution(String id) throws SQLException {
    return texts(id, "solution, solution_sol");
  }

  private Optional<String[]> texts(String id, String cols) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT " + cols + " FROM rf_jobs WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
      }
    }
  }

  /**
   * Claims a queued (or re-run) job for a worker. Returns false when the job is gone or already
   * terminal.
   */
  public boolean markRunning(String id, String server) throws SQLException {
    long now = System.currentTimeMillis();
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET status = ?, server = ?, "
            + "attempts = attempts + 1, heartbeat_at = ?, started_at = COALESCE(started_at, ?), "
            + "error = NULL WHERE id = ? AND status IN (?, ?)")) {
      ps.setString(1, JobStatus.RUNNING.wire());
      ps.setString(2, server);
      ps.setLong(3, now);
      ps.setLong(4, now);
      ps.setString(5, id);
      ps.setString(6, JobStatus.QUEUED.wire());
      ps.setString(7, JobStatus.RUNNING.wire());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Writes the worker's progress and heartbeat; returns whether a cancel was requested meanwhile.
   */
  public boolean heartbeat(String id, Snapshot s) throws SQLException {
    try (Connection c = db.connection()) {
      if (s != null) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET heartbeat_at = ?, "
            + "best_cost = ?, best_feasible = ?, best_routes = ?, iterations = ?, progress = ?, "
            + "elapsed_ms = ? WHERE id = ? AND status = ?")) {
          ps.setLong(1, System.currentTimeMillis());
          ps.setDouble(2, s.bestCost);
          ps.setBoolean(3, s.feasible);
          ps.setInt(4, s.routes);
          ps.setLong(5, s.iterations);
          ps.setDouble(6, s.progress);
          ps.setLong(7, s.elapsedMs);
          ps.setString(8, id);
          ps.setString(9, JobStatus.RUNNING.wire());
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE rf_jobs SET heartbeat_at = ? WHERE id = ? AND status = ?")) {
          ps.setLong(1, System.currentTimeMillis());
          ps.setString(2, id);
          ps.setString(3, JobStatus.RUNNING.wire());
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT cancel_requested FROM rf_jobs WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getBoolean(1);
        }
      }
    }
  }

  /** Deletes jobs that ended before {@code cutoffMillis} (epoch ms); returns how many. */
  public int deleteEndedBefore(long cutoffMillis) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM rf_jobs WHERE finished_at IS NOT NULL AND finished_at < ? AND status IN (?, ?, ?)")) {
      ps.setLong(1, cutoffMillis);
      ps.setString(2, JobStatus.FINISHED.wire());
      ps.setString(3, JobStatus.FAILED.wire());
      ps.setString(4, JobStatus.CANCELLED.wire());
      return ps.executeUpdate();
    }
  }

  /** Records the fraction done of a running job (WSN simulations, which have no cost). */
  public void progress(String id, double fraction) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE rf_jobs SET progress = ?, heartbeat_at = ? WHERE id = ? AND status = ?")) {
      ps.setDouble(1, fraction);
      ps.setLong(2, System.currentTimeMillis());
      ps.setString(3, id);
      ps.setString(4, JobStatus.RUNNING.wire());
      ps.executeUpdate();
    }
  }

  /** Stores the final result of a running job. Returns false if the job was no longer running. */
  public boolean complete(String id, Result r) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET status = ?, finished_at = ?, "
            + "heartbeat_at = ?, best_cost = ?, best_feasible = ?, best_routes = ?, iterations = ?, "
            + "progress = ?, elapsed_ms = ?, stop_reason = ?, solution = ?, solution_sol = ? "
            + "WHERE id = ? AND status = ?")) {
      long now = System.currentTimeMillis();
      ps.setString(1, r.status.wire());
      ps.setLong(2, now);
      ps.setLong(3, now);
      if (r.best == null) {
        ps.setNull(4, Types.DOUBLE);
        ps.setNull(5, Types.BOOLEAN);
        ps.setNull(6, Types.INTEGER);
        ps.setNull(7, Types.BIGINT);
        ps.setNull(8, Types.DOUBLE);
        ps.setNull(9, Types.BIGINT);
      } else {
        ps.setDouble(4, r.best.bestCost);
        ps.setBoolean(5, r.best.feasible);
        ps.setInt(6, r.best.routes);
        ps.setLong(7, r.best.iterations);
        ps.setDouble(8, r.best.progress);
        ps.setLong(9, r.best.elapsedMs);
      }
      ps.setString(10, r.stopReason);
      ps.setString(11, r.solutionJson);
      ps.setString(12, r.solutionSol);
      ps.setString(13, id);
      ps.setString(14, JobStatus.RUNNING.wire());
      return ps.executeUpdate() == 1;
    }
  }

  /** Marks a job failed with a reason, unless it is already terminal. */
  public boolean fail(String id, String reason) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET status = ?, finished_at = ?, "
            + "error = ? WHERE id = ? AND status IN (?, ?)")) {
      ps.setString(1, JobStatus.FAILED.wire());
      ps.setLong(2, System.currentTimeMillis());
      ps.setString(3, reason);
      ps.setString(4, id);
      ps.setString(5, JobStatus.QUEUED.wire());
      ps.setString(6, JobStatus.RUNNING.wire());
      return ps.executeUpdate() == 1;
    }
  }

  /** Puts a running job back in the queue (its server is stopping); JobRunr runs it again. */
  public boolean requeue(String id, String note) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET status = ?, error = ? "
            + "WHERE id = ? AND status = ?")) {
      ps.setString(1, JobStatus.QUEUED.wire());
      ps.setString(2, note);
      ps.setString(3, id);
      ps.setString(4, JobStatus.RUNNING.wire());
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Cancels a job of the tenant: a queued job becomes cancelled at once; a running job gets its
   * cancel flag (its worker stops and keeps the best solution). Returns the status before the call,
   * or empty when the tenant has no such job.
   */
  public Optional<JobStatus> cancel(String id, String tenant) throws SQLException {
    Optional<JobRow> row = find(id, tenant);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    try (Connection c = db.connection()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE rf_jobs SET status = ?, finished_at = ?, "
          + "cancel_requested = TRUE, stop_reason = 'CANCELLED' WHERE id = ? AND status = ?")) {
        ps.setString(1, JobStatus.CANCELLED.wire());
        ps.setLong(2, System.currentTimeMillis());
        ps.setString(3, id);
        ps.setString(4, JobStatus.QUEUED.wire());
        if (ps.executeUpdate() == 1) {
          return Optional.of(JobStatus.QUEUED);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE rf_jobs SET cancel_requested = TRUE WHERE id = ? AND status = ?")) {
        ps.setString(1, id);
        ps.setString(2, JobStatus.RUNNING.wire());
        ps.executeUpdate();
      }
    }
    return Optional.of(row.get().status());
  }

  private static JobRow row(ResultSet rs) throws SQLException {
    return new JobRow(
        rs.getString(1), rs.getString(2), JobStatus.fromWire(rs.getString(3)), rs.getString(4),
        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
        longOrNull(rs, 11), longOrNull(rs, 12), longOrNull(rs, 13), rs.getString(14), rs.getInt(15),
        rs.getBoolean(16), doubleOrNull(rs, 17), boolOrNull(rs, 18), intOrNull(rs, 19),
        longOrNull(rs, 20), doubleOrNull(rs, 21), longOrNull(rs, 22), rs.getString(23), rs.getString(24),
        rs.getString(25), longOrNull(rs, 26));
  }

  private static Long longOrNull(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }

  private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  private static Boolean boolOrNull(ResultSet rs, int i) throws SQLException {
    boolean v = rs.getBoolean(i);
    return rs.wasNull() ? null : v;
  }
}
