package org.routeforge.cli.wsn;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge wsn}: the wireless-sensor-network lifetime simulator (direct transmission, LEACH,
 * HEED and the game-theoretic + reinforcement-learning protocol GTRL).
 */
@Command(
    name = "wsn",
    mixinStandardHelpOptions = true,
    description = "WSN lifetime simulation: direct, LEACH, HEED, GTRL (game theory + Q-learning).",
    subcommands = {WsnSimulateCommand.class, WsnCompareCommand.class, WsnSweepCommand.class})
public final class WsnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: one of simulate, compare, sweep");
  }
}
