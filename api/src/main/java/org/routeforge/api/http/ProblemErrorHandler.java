package org.routeforge.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as RFC 9457 problems: the errors Jetty answers itself, before a request
 * reaches the application (431 headers too large, 400 for an unparsable request line or URI, 414,
 * 408 for a body slower than the minimum data rate, 413), get {@code application/problem+json}
 * instead of Jetty's HTML page, for every method and whatever the client accepts.
 *
 * @implNote stateless and thread-safe.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    Problem p = Problem.ofStatus(code, detail(code, message));
    try {
      p.at(request.getHttpURI() == null ? null : request.getHttpURI().getPath());
    } catch (RuntimeException e) {
      // an unparsable URI has no path to name
    }
    byte[] body = JSON.writeValueAsBytes(p);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String detail(int code, String jettyMessage) {
    String why = jettyMessage == null || jettyMessage.isBlank() ? "" : " (" + jettyMessage + ")";
    switch (code) {
      case 431:
        return "the request headers are larger than this server accepts" + why;
      case 414:
        return "the request URI is longer than this server accepts" + why;
      case 408:
        return "the request was not received in time: too slow or idle" + why;
      case 413:
        return "the request body is larger than this server accepts" + why;
      case 400:
        return "the request could not be parsed: bad request line, path or header" + why;
      default:
        return "the request failed" + why;
    }
  }
}
