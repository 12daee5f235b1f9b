package org.routeforge.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.catalog.DataDir;
import picocli.CommandLine;

/**
 * {@code routeforge solve} end to end on Li &amp; Lim (pickup and delivery) and Cordeau (several depots)
 * input: the written {@code .sol} goes to the independent checkers {@code pdpcheck.py} and
 * {@code mdcheck.py} (shared/tools), which must call it feasible and recompute the distance we printed.
 * The committed fixtures always run; the public lc101 and p01 skip, naming the file, when the shared
 * data is absent. Budgets are bounded by iterations as well as time so that a loaded machine still gets
 * a solution.
 */
class SolvePdpMdvrpTest {
  private static final Pattern COST = Pattern.compile("cost=([0-9.]+) routes=(\\d+) feasible=true ");
  private static final Pattern CHECKED = Pattern.compile("^FEASIBLE \\S+: (?:vehicles|routes) (\\d+) distance ([0-9.]+)",
      Pattern.MULTILINE);

  private static Path fixture(String name) throws Exception {
    return Path.of(SolvePdpMdvrpTest.class.getResource("/fixtures/" + name).toURI());
  }

  private static Path shared(String rel) {
    Path p = DataDir.resolve().resolve(rel);
    assumeTrue(Files.exists(p), "shared data file " + p + " is absent");
    return p;
  }

  @Test
  void liLimFixtureSolvesAndPdpcheckAgrees(@TempDir Path tmp) throws Exception {
    solveAndCheck(fixture("ok/lt101.txt"), tmp.resolve("lt101.sol"), "pdpcheck.py", "2s", 0);
  }

  @Test
  void cordeauFixtureSolvesAndMdcheckAgrees(@TempDir Path tmp) throws Exception {
    Path sol = tmp.resolve("pt01.sol");
    solveAndCheck(fixture("ok/pt01"), sol, "mdcheck.py", "2s", 0);
    for (String line : Files.readAllLines(sol, StandardCharsets.UTF_8)) {
      assertTrue(line.startsWith("Cost") || line.matches("Route #\\d+ \\(depot [12]\\):( \\d+)+"), line);
    }
  }

  @Test
  void publicLiLimInstanceSolvesAndPdpcheckAgrees(@TempDir Path tmp) throws Exception {
    solveAndCheck(shared("vrp/pdptw/lilim100/lc101.txt"), tmp.resolve("lc101.sol"), "pdpcheck.py", "60s", 20);
  }

  @Test
  void publicCordeauInstanceSolvesAndMdcheckAgrees(@TempDir Path tmp) throws Exception {
    solveAndCheck(shared("vrp/mdvrp/cordeau/p01"), tmp.resolve("p01.sol"), "mdcheck.py", "60s", 20);
  }

  private static void solveAndCheck(Path instance, Path sol, String checker, String budget, int iterations)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("solve", instance.toString(), "--time-limit", budget, "--iterations",
        Integer.toString(iterations), "--out", sol.toString());
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("rounding exact"), err.toString());
    Matcher ours = COST.matcher(out.toString());
    assertTrue(ours.find(), out.toString());
    String verdict = runChecker(checker, instance, sol);
    Matcher theirs = CHECKED.matcher(verdict);
    assertTrue(theirs.find(), verdict);
    assertEquals(Integer.parseInt(ours.group(2)), Integer.parseInt(theirs.group(1)), verdict);
    assertEquals(Double.parseDouble(ours.group(1)), Double.parseDouble(theirs.group(2)), 1e-3, verdict);
  }

  private static String runChecker(String name, Path instance, Path sol) throws Exception {
    Path script = DataDir.resolve().resolve("../tools").resolve(name).normalize();
    assumeTrue(Files.exists(script), "checker " + script + " is absent");
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString(), instance.toString(), sol.toString())
          .redirectErrorStream(true).start();
    } catch (java.io.IOException noPython) {
      assumeTrue(false, "python3 is not available to run " + script);
      return "";
    }
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
    assertEquals(0, p.exitValue(), text);
    return text;
  }
}
