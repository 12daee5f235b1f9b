package org.routeforge.benchmarks.vrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent checker of shared/tools ({@code vrpcheck.py}, {@code pdpcheck.py} for Li &amp; Lim,
 * {@code mdcheck.py} for Cordeau) on a written {@code .sol} file, so every reported number is confirmed
 * by code that shares nothing with the solver.
 */
public final class VrpCheck {
  private final Path script;

  /** @param script path of the checker script */
  public VrpCheck(Path script) {
    this.script = script;
  }

  /**
   * The checker's verdict.
   *
   * @param verdict FEASIBLE, INVALID (the checker's INVALID or INFEASIBLE), or ERROR when the checker could
   *     not run or could not read its input
   * @param line the checker's last output line (or what went wrong)
   */
  public record Verdict(String verdict, String line) {}

  /** Checks {@code solution} against {@code instance} with the set's flags. */
  public Verdict check(Path instance, Path solution, List<String> flags) {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), instance.toString(),
        solution.toString()));
    cmd.addAll(flags);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroy();
        return new Verdict("ERROR", script.getFileName() + " did not finish within 60 s");
      }
      String[] lines = out.split("\n");
      String last = lines[lines.length - 1].strip();
      boolean unreadable = last.contains("unreadable input") || p.exitValue() == 2;
      String word = last.startsWith("FEASIBLE") ? "FEASIBLE"
          : !unreadable && (last.startsWith("INVALID") || last.startsWith("INFEASIBLE")) ? "INVALID" : "ERROR";
      if (!"FEASIBLE".equals(word) && lines.length > 1) {
        last = last + " | " + lines[0].strip();
      }
      return new Verdict(word, last);
    } catch (IOException e) {
      return new Verdict("ERROR", "could not run python3 " + script + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict("ERROR", "interrupted");
    }
  }
}
