package org.routeforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code routeforge --help} lists every command, {@code bench} (run by the launcher) included. */
class RouteForgeCliHelpTest {
  @Test
  void helpListsBenchAmongTheCommands() {
    StringWriter out = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute("--help"));
    String help = out.toString();
    int commands = help.indexOf("Commands:");
    int serve = help.indexOf("\n  serve ");
    int bench = help.indexOf("\n  bench ");
    assertTrue(commands >= 0 && serve > commands, help);
    assertTrue(bench > serve, "bench is listed with the commands:\n" + help);
    assertTrue(help.indexOf("Exit codes:") > bench, help);
    int descServe = help.indexOf("Runs the RouteForge HTTP", serve) - serve;
    int descBench = help.indexOf("Runs the benchmark", bench) - bench;
    assertEquals(descServe, descBench, "bench's description is aligned with the others");
  }
}
