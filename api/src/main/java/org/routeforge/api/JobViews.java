package org.routeforge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStore;

/**
 * The JSON views of a job: {@code status}, its {@code objective} and {@code cpu_time}, {@code progress}, the best solution's key figures so far,
 * and {@code timings} (GraphHopper's {@code queued_ms} / {@code processing_ms}, plus timestamps).
 *
 * @implNote stateless and thread-safe.
 */
final class JobViews {
  private JobViews() {}

  static ObjectNode view(ObjectMapper m, JobRow r) {
    ObjectNode n = m.createObjectNode();
    n.put("id", r.id());
    n.put("status", r.status().wire());
    n.put("name", r.name());
    n.put("format", r.inputFormat());
    n.put("stops", r.stops());
    n.put("vehicles", r.vehicles());
    n.put("time_limit", r.timeLimitMs() / 1000.0);
    n.put("seed", r.seed());
    if (!JobStore.WSN.equals(r.inputFormat())) {
      n.put("objective", r.objective() == null ? "cost" : r.objective());
      if (r.cpuTimeMs() != null) {
        n.put("cpu_time", r.cpuTimeMs() / 1000.0);
      }
    }
    n.put("progress", r.status().terminal() ? 1.0 : r.progress() == null ? 0.0 : r.progress());
    if (r.bestCost() != null) {
      ObjectNode b = n.putObject("best");
      b.put("cost", r.bestCost());
      b.put("feasible", r.bestFeasible() != null && r.bestFeasible());
      b.put("routes", r.bestRoutes() == null ? 0 : r.bestRoutes());
      b.put("iterations", r.iterations() == null ? 0 : r.iterations());
    } else {
      n.putNull("best");
    }
    if (r.stopReason() != null) {
      n.put("stop_reason", r.stopReason().toLowerCase(java.util.Locale.ROOT));
    }
    n.put("cancel_requested", r.cancelRequested());
    n.put("attempts", r.attempts());
    if (r.server() != null) {
      n.put("server", r.server());
    }
    if (r.error() != null) {
      n.put(r.status().wire().equals("failed") ? "error" : "note", r.error());
    }
    ObjectNode t = n.putObject("timings");
    long now = System.currentTimeMillis();
    t.put("created_at", Instant.ofEpochMilli(r.createdAt()).toString());
    t.put("started_at", r.startedAt() == null ? null : Instant.ofEpochMilli(r.startedAt()).toString());
    t.put("finished_at", r.finishedAt() == null ? null : Instant.ofEpochMilli(r.finishedAt()).toString());
    long startedOrNow = r.startedAt() != null ? r.startedAt() : r.finishedAt() != null ? r.finishedAt() : now;
    t.put("queued_ms", Math.max(0, startedOrNow - r.createdAt()));
    if (r.startedAt() != null) {
      t.put("processing_ms", Math.max(0, (r.finishedAt() != null ? r.finishedAt() : now) - r.startedAt()));
    }
    if (r.elapsedMs() != null) {
      t.put("solver_ms", r.elapsedMs());
    }
    ObjectNode links = n.putObject("links");
    String self = "/v1/vrp/jobs/" + r.id();
    links.put("self", self);
    links.put("status", self + "/status");
    links.put("solution", self + "/solution");
    links.put("events", self + "/events");
    return n;
  }
}
