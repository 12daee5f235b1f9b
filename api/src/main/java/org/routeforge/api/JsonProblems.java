package org.routeforge.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;

/**
 * Turns Jackson's parse and binding errors into 400 problems: malformed JSON names the line and
 * column; a wrong type or an unknown field names its JSON Pointer (RFC 6901).
 */
final class JsonProblems {
  private JsonProblems() {}

  static ApiException of(JacksonException e) {
    String pointer = "";
    if (e instanceof JsonMappingException) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        sb.append('/');
        if (r.getFieldName() != null) {
          sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else {
          sb.append(r.getIndex());
        }
      }
      pointer = sb.toString();
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String detail = "unknown field '" + u.getPropertyName() + "'; known fields: " + u.getKnownPropertyIds();
      return new ApiException(new Problem(400, "unknown_field", "Unknown field", detail)
          .errors(List.of(new Problem.FieldError(pointer, null, u.getPropertyName(), detail))));
    }
    String msg = e.getOriginalMessage();
    JsonLocation loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    String detail = "invalid JSON" + where + ": " + (msg == null ? e.getClass().getSimpleName() : msg.split("\n")[0]);
    return new ApiException(new Problem(400, "invalid_json", "Invalid JSON", detail)
        .errors(List.of(new Problem.FieldError(pointer, loc == null || loc.getLineNr() < 1 ? null : loc.getLineNr(), null, detail))));
  }
}
