package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.api.store.Database;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;

/**
 * Job store transitions never move a job backwards (a cancelled job cannot be claimed or completed),
 * tenants only see their own rows, and ended jobs are evicted after their time to live.
 */
class JobStoreTest {
  @Test
  void transitionsScopesAndEviction(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir, 0))) {
      JobStore s = new JobStore(db);
      s.insert(new JobStore.NewJob("a", "t1", "n", "vrplib", "x", 1, 1, 1000, 1));
      s.insert(new JobStore.NewJob("b", "t1", "n", "vrplib", "x", 1, 1, 1000, 1));
      assertTrue(s.find("a", "t2").isEmpty(), "another tenant sees nothing");
      assertEquals(JobStatus.QUEUED, s.cancel("a", "t1").orElseThrow());
      assertFalse(s.markRunning("a", "srv"), "a cancelled job is not claimed");
      assertTrue(s.markRunning("b", "srv"));
      assertFalse(s.heartbeat("b", new JobStore.Snapshot(10, true, 1, 5, 0.5, 100)), "no cancel requested");
      assertTrue(s.complete("b", new JobStore.Result(JobStatus.FINISHED, null, "TIME_LIMIT", "{}", "Cost 10")));
      assertFalse(s.complete("b", new JobStore.Result(JobStatus.CANCELLED, null, "CANCELLED", null, null)),
          "a finished job stays finished");
      assertEquals(2, s.list("t1", false, 10, 0).total());
      assertEquals(0, s.deleteEndedBefore(System.currentTimeMillis() - 60_000));
      assertEquals(2, s.deleteEndedBefore(System.currentTimeMillis() + 1000));
      assertTrue(s.find("b", "t1").isEmpty());
    }
  }

  /** A store from before job objectives gets the columns on start; its jobs read as the defaults. */
  @Test
  void olderStoreGetsTheObjectiveColumns(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir, 0))) {
      try (java.sql.Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
        st.execute("ALTER TABLE rf_jobs DROP COLUMN objective");
        st.execute("ALTER TABLE rf_jobs DROP COLUMN cpu_time_ms");
        st.execute("INSERT INTO rf_jobs (id, tenant, status, name, input_format, input, stops, vehicles, time_limit_ms,"
            + " seed, created_at, attempts, cancel_requested) VALUES ('old', 't', 'queued', 'n', 'vrplib', 'x', 1, 1,"
            + " 1000, 1, 0, 0, FALSE)");
      }
    }
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir, 0))) {
      JobStore s = new JobStore(db);
      assertEquals(null, s.find("old", "t").orElseThrow().objective());
      assertEquals(null, s.find("old", "t").orElseThrow().cpuTimeMs());
      s.insert(new JobStore.NewJob("new", "t", "n", "json", "{}", 1, 1, 1000, 1, "min-max", 1500L));
      assertEquals("min-max", s.find("new", "t").orElseThrow().objective());
      assertEquals(1500L, s.find("new", "t").orElseThrow().cpuTimeMs());
    }
  }
}
