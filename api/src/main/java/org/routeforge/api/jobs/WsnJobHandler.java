package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;
import org.routeforge.wsn.engine.RoundEngine;
import org.routeforge.wsn.engine.SimulationResult;
import org.routeforge.wsn.protocol.Protocols;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one WSN lifetime simulation on a JobRunr worker: the wsn-sim {@link RoundEngine} with the
 * requested protocol, progress (rounds done / round cap) written each second, cancel honoured at the
 * next round end, and the lifetime metrics plus the alive-nodes series (at most
 * {@value #SERIES_POINTS} points) stored as the result. Restart behaviour as for VRP jobs.
 *
 * @implNote thread-safe; one instance serves all workers.
 */
public final class WsnJobHandler implements JobRequestHandler<WsnJobRequest> {
  static final int SERIES_POINTS = 500;
  private static final Logger LOG = LoggerFactory.getLogger(WsnJobHandler.class);

  private final JobStore store;
  private final ObjectMapper mapper;
  private final String serverId;
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean stopping;
  private final MeterRegistry metrics;

  public WsnJobHandler(JobStore store, ObjectMapper mapper, String serverId,
      ScheduledExecutorService ticker, AtomicBoolean stopping, MeterRegistry metrics) {
    this.store = store;
    this.mapper = mapper;
    this.serverId = serverId;
    this.ticker = ticker;
    this.stopping = stopping;
    this.metrics = metrics;
  }

  @Override
  @Job(name = "wsn %0", retries = SolveJobHandler.MAX_INTERRUPTIONS + 1)
  public void run(WsnJobRequest request) throws Exception {
    String id = request.jobId();
    Optional<JobRow> found = store.find(id, null);
    if (found.isEmpty() || found.get().status().terminal()) {
      return;
    }
    int interruptions = jobContext().amountOfFailures();
    if (interruptions >= SolveJobHandler.MAX_INTERRUPTIONS) {
      store.fail(id, "the simulation was interrupted " + interruptions + " times because the server running it stopped; giving up");
      return;
    }
    if (!store.markRunning(id, serverId)) {
      return;
    }
    WsnInput in;
    try {
      in = WsnInput.parse(mapper, store.input(id).orElseThrow()[1], Integer.MAX_VALUE);
    } catch (ApiException e) {
      store.fail(id, "the stored request no longer parses: " + e.getMessage());
      return;
    }
    AtomicInteger round = new AtomicInteger();
    AtomicBoolean cancel = new AtomicBoolean();
    int cap = in.config().maxRounds();
    ScheduledFuture<?> beat = ticker.scheduleAtFixedRate(() -> {
      try {
        store.progress(id, Math.min(1.0, round.get() / (double) cap));
        if (store.heartbeat(id, null) || stopping.get()) {
          cancel.set(true);
        }
      } catch (Exception e) {
        LOG.warn("heartbeat of WSN job {} failed: {}", id, e.toString());
      }
    }, 1, 1, TimeUnit.SECONDS);
    SimulationResult r;
    try {
      r = new RoundEngine(in.config()).run(Protocols.create(in.protocol(), in.config()), in.seed(), (k, net, plan) -> {
        round.set(k);
        if (cancel.get()) {
          throw new CancellationException("cancelled at round " + k);
        }
      });
    } catch (CancellationException e) {
      if (stopping.get()) {
        store.requeue(id, "the server stopped while simulating; the job will run again");
        LOG.info("job {} re-queued: this server is stopping", id);
        throw new RequeuedOnStop(serverId, id);
      }
      store.complete(id, new JobStore.Result(JobStatus.CANCELLED, null, "CANCELLED", null, null));
      return;
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.warn("WSN job {} failed", id, e);
      store.fail(id, "the simulation failed: " + e);
      return;
    } finally {
      beat.cancel(false);
    }
    store.complete(id, new JobStore.Result(JobStatus.FINISHED, null, "COMPLETED", mapper.writeValueAsString(result(r)), null));
    metrics.counter("routeforge.wsn.completed").increment();
  }

  private ObjectNode result(SimulationResult r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("protocol", r.protocol());
    n.put("seed", r.seed());
    n.put("nodes", r.nodes());
    n.put("rounds", r.rounds());
    n.put("fnd", r.fnd());
    n.put("hnd", r.hnd());
    n.put("lnd", r.lnd());
    n.put("censored", r.censored());
    n.put("packets_to_bs", r.packetsToBs());
    n.put("readings_to_bs", r.readingsToBs());
    n.put("energy_spent_j", r.energySpent());
    if (r.packetsToBs() > 0) {
      n.put("energy_per_packet_j", r.energyPerPacket());
    }
    if (!Double.isNaN(r.varianceAtHalfEnergy())) {
      n.put("energy_variance_at_half", r.varianceAtHalfEnergy());
    }
    n.put("seconds", r.seconds());
    int len = r.alive().length;
    int step = Math.max(1, (len + SERIES_POINTS - 1) / SERIES_POINTS);
    var rounds = n.putArray("series_round");
    var alive = n.putArray("series_alive");
    var energy = n.putArray("series_residual_energy_j");
    for (int i = 0; i < len; i += step) {
      rounds.add(i + 1);
      alive.add(r.alive()[i]);
      energy.add(r.residual()[i]);
    }
    return n;
  }
}
