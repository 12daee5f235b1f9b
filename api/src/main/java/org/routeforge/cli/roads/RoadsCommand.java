package org.routeforge.cli.roads;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge roads}: road networks from OpenStreetMap with GraphHopper — road-derived VRP
 * instances and travel-time/distance matrices in OSRM {@code table} shape (the matrix benchmark is
 * {@code routeforge bench roads}).
 */
@Command(
    name = "roads",
    mixinStandardHelpOptions = true,
    description = "Road networks (GraphHopper, OSM): road instances, OSRM-style matrices.",
    subcommands = {RoadsInstanceCommand.class, RoadsMatrixCommand.class})
public final class RoadsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: one of instance, matrix");
  }
}
