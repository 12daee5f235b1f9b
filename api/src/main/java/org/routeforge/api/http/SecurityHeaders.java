package org.routeforge.api.http;

import io.javalin.http.Context;

/**
 * Browser hardening headers on every response. The page loads its script, styles and Leaflet from
 * this server only ({@code /vendor}); map tiles are the one outside source, and only when the user
 * ticks the tiles box. No inline script or style is allowed, the page may not be framed, and content
 * types are not sniffed.
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy of every response. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** Sets the headers on {@code ctx}'s response. */
  public static void add(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }
}
