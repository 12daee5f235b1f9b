package org.routeforge.cli.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routeforge.api.ServiceConfig;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code serve} and {@code keys}: where the configuration file, data directory and
 * database are. They override the file and {@code ROUTEFORGE_*} environment variables.
 */
public final class ServiceOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with settings (default: routeforge.properties in the data directory, if present).")
  Path config;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory for the embedded database and state (default: ~/.routeforge, or ./.routeforge when the home directory is not writable).")
  Path dataDir;

  @Option(names = "--database-url", paramLabel = "JDBC_URL",
      description = "PostgreSQL JDBC URL, so that several servers share one job queue (default: embedded H2 in the data directory).")
  String databaseUrl;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Any setting by its key (see `serve --help`), e.g. --set max_stops=2000.")
  List<String> settings = List.of();

  /** The flags as setting keys and values. */
  Map<String, String> flags() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set expects KEY=VALUE, not '" + s + "'");
      }
      m.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
    }
    if (dataDir != null) {
      m.put("data_dir", dataDir.toAbsolutePath().toString());
    }
    if (databaseUrl != null) {
      m.put("database_url", databaseUrl);
    }
    return m;
  }

  /** Resolves the configuration from defaults, file, environment and these flags (plus {@code extra}). */
  public ServiceConfig resolve(Map<String, String> extra) throws IOException {
    Map<String, String> f = flags();
    f.putAll(extra);
    return ServiceConfig.resolve(config, System.getenv(), f);
  }
}
