package org.routeforge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.jobs.WsnInput;
import org.routeforge.api.jobs.WsnJobRequest;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;

/**
 * The WSN endpoints: lifetime simulations of a wireless sensor network run as jobs in the same queue
 * as the VRP solves ({@code POST/GET /v1/wsn/simulations}, {@code GET/DELETE /v1/wsn/simulations/{id}}),
 * scoped to the caller's tenant like every job.
 *
 * @implNote thread-safe.
 */
final class WsnEndpoints {
  private final ServiceConfig config;
  private final JobStore jobs;
  private final ObjectMapper mapper;
  private final JobRequestScheduler scheduler;
  private final Runnable onQueued;

  WsnEndpoints(ServiceConfig config, JobStore jobs, ObjectMapper mapper, JobRequestScheduler scheduler, Runnable onQueued) {
    this.config = config;
    this.jobs = jobs;
    this.mapper = mapper;
    this.scheduler = scheduler;
    this.onQueued = onQueued;
  }

  void register(RoutesConfig r) {
    r.post("/v1/wsn/simulations", this::submitWsn);
    r.get("/v1/wsn/simulations", this::listWsn);
    r.get("/v1/wsn/simulations/{id}", this::getWsn);
    r.delete("/v1/wsn/simulations/{id}", this::cancelWsn);
  }

  private void submitWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    String body = Http.body(ctx, config.maxBodyBytes());
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!ct.startsWith("application/json")) {
      throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type", "send application/json"));
    }
    WsnInput in = WsnInput.parse(mapper, body, config.maxWsnNodes());
    UUID id = UUID.randomUUID();
    jobs.insert(new JobStore.NewJob(id.toString(), Authentication.principal(ctx).tenant(),
        in.protocol() + ", " + in.config().nodes() + " nodes", JobStore.WSN, body, in.config().nodes(), 0, 0, in.seed()));
    scheduler.enqueue(id, new WsnJobRequest(id.toString()));
    onQueued.run();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id.toString());
    n.put("status", JobStatus.QUEUED.wire());
    ctx.status(202).header("Location", "/v1/wsn/simulations/" + id).json(n);
  }

  private JobRow ownWsn(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    Optional<JobRow> r = VrpEndpoints.validId(id) ? jobs.find(id, Authentication.principal(ctx).tenant()) : Optional.empty();
    return r.filter(row -> JobStore.WSN.equals(row.inputFormat()))
        .orElseThrow(() -> ApiException.notFound("simulation " + (id.length() > 64 ? id.substring(0, 64) : id)));
  }

  private ObjectNode wsnView(JobRow r) {
    ObjectNode v = JobViews.view(mapper, r);
    v.remove(List.of("format", "stops", "vehicles", "time_limit", "best", "links"));
    v.put("nodes", r.stops());
    v.putObject("links").put("self", "/v1/wsn/simulations/" + r.id());
    return v;
  }

  private void listWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of("limit", "offset"));
    int limit = (int) Http.longParam(ctx, "limit", 50, 1, 200);
    long offset = Http.longParam(ctx, "offset", 0, 0, Long.MAX_VALUE / 2);
    JobStore.Page page = jobs.list(Authentication.principal(ctx).tenant(), true, limit, offset);
    ObjectNode n = mapper.createObjectNode();
    ArrayNode arr = n.putArray("simulations");
    for (JobRow r : page.jobs()) {
      arr.add(wsnView(r));
    }
    n.put("total", page.total());
    ctx.json(n);
  }

  private void getWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = ownWsn(ctx);
    ObjectNode v = wsnView(r);
    String result = jobs.solution(r.id()).map(s -> s[0]).orElse(null);
    if (result != null) {
      v.set("result", mapper.readTree(result));
    } else {
      v.putNull("result");
    }
    ctx.json(v);
  }

  private void cancelWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = ownWsn(ctx);
    jobs.cancel(r.id(), r.tenant());
    ctx.json(wsnView(jobs.find(r.id(), r.tenant()).orElse(r)));
  }
}
