package org.routeforge.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the RouteForge version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = RouteForgeCli.class.getPackage().getImplementationVersion();
    return new String[] {
        "routeforge " + (v == null ? "0.1.0-SNAPSHOT" : v),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
