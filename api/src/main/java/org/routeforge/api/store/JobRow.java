package org.routeforge.api.store;

/**
 * One job as stored in {@code rf_jobs}, without its (possibly large) input and solution texts.
 * Times are epoch milliseconds; absent values are null.
 *
 * @param id job id (a UUID, also JobRunr's job id)
 * @param tenant owning tenant
 * @param status current status
 * @param name instance name
 * @param inputFormat json, vrplib or solomon
 * @param stops number of stops
 * @param vehicles number of vehicles
 * @param timeLimitMs solver time budget
 * @param seed solver seed
 * @param createdAt when it was submitted
 * @param startedAt when a worker first started it
 * @param finishedAt when it reached a terminal status
 * @param heartbeatAt last progress write by its worker
 * @param server the server that runs (or ran) it
 * @param attempts how many times a worker started it
 * @param cancelRequested whether DELETE was called while it was running
 * @param bestCost best cost so far
 * @param bestFeasible whether that best solution is feasible
 * @param bestRoutes routes in that best solution
 * @param iterations solver iterations so far
 * @param progress fraction of the time budget used (0..1)
 * @param elapsedMs solver time so far
 * @param stopReason why the solver stopped (TIME_LIMIT, CANCELLED, ...)
 * @param error why the job failed
 * @param objective what the solve minimizes (wire name), or null for the default ({@code cost})
 * @param cpuTimeMs CPU-time budget of the search, or null for none
 */
public record JobRow(
    String id,
    String tenant,
    JobStatus status,
    String name,
    String inputFormat,
    int stops,
    int vehicles,
    long timeLimitMs,
    long seed,
    long createdAt,
    Long startedAt,
    Long finishedAt,
    Long heartbeatAt,
    String server,
    int attempts,
    boolean cancelRequested,
    Double bestCost,
    Boolean bestFeasible,
    Integer bestRoutes,
    Long iterations,
    Double progress,
    Long elapsedMs,
    String stopReason,
    String error,
    String objective,
    Long cpuTimeMs) {}
