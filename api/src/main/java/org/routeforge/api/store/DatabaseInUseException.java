package org.routeforge.api.store;

import java.io.IOException;

/**
 * The embedded database file is held by another process, normally a running {@code routeforge
 * serve} on the same data directory. The embedded store never listens on a port, so the message
 * points to the two safe ways on: stop that server, or manage keys through its HTTP API.
 */
public final class DatabaseInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  DatabaseInUseException(String database, Throwable cause) {
    super(database + " is in use by another process (a running `routeforge serve` on this data directory?): "
        + "stop that server first, or use its HTTP API with an admin key "
        + "(POST /v1/keys creates, GET /v1/keys lists, DELETE /v1/keys/{id} revokes)", cause);
  }
}
