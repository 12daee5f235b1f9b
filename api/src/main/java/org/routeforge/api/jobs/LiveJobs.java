package org.routeforge.api.jobs;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;

/**
 * The jobs this server process is solving right now: their cancel tokens and every new best solution
 * cost as it happens, so that server-sent events can stream each improvement without waiting for the
 * (throttled) database write. Jobs on other servers are followed through the database instead.
 *
 * @implNote thread-safe.
 */
public final class LiveJobs {
  private final ConcurrentHashMap<String, Live> running = new ConcurrentHashMap<>();

  /** One running job. */
  public static final class Live {
    final CancelToken token = new CancelToken();
    final CopyOnWriteArrayList<Progress> improvements = new CopyOnWriteArrayList<>();
    volatile boolean userCancelled;

    /** Every improvement so far, oldest first. */
    public List<Progress> improvements() {
      return improvements;
    }

    /** Records a progress event if it improves on the best so far; returns whether it did. */
    boolean offer(Progress p) {
      int n = improvements.size();
      if (n > 0) {
        Progress last = improvements.get(n - 1);
        boolean better = (p.feasible() && !last.feasible()) || (p.feasible() == last.feasible() && p.cost() < last.cost());
        if (!better) {
          return false;
        }
      }
      improvements.add(p);
      return true;
    }
  }

  Live start(String id) {
    Live l = new Live();
    running.put(id, l);
    return l;
  }

  void end(String id) {
    running.remove(id);
  }

  /** The live state of a job running here, or null. */
  public Live get(String id) {
    return running.get(id);
  }

  /** Asks a job running here to stop (the user cancelled it); returns whether it runs here. */
  public boolean cancel(String id) {
    Live l = running.get(id);
    if (l == null) {
      return false;
    }
    l.userCancelled = true;
    l.token.cancel();
    return true;
  }

  /** Stops every job running here (the server is shutting down; they will run again elsewhere). */
  public void cancelAll() {
    running.values().forEach(l -> l.token.cancel());
  }

  /** Number of jobs running here. */
  public int size() {
    return running.size();
  }
}
