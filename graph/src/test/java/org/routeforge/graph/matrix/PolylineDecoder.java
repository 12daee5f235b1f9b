package org.routeforge.graph.matrix;

import java.util.ArrayList;
import java.util.List;

/** Test oracle: decodes Google's encoded polylines (precision 5), written from the format's description. */
final class PolylineDecoder {
  private PolylineDecoder() {}

  /** The points as {@code [lat, lon]} pairs. */
  static List<double[]> decode(String s) {
    List<double[]> out = new ArrayList<>();
    int i = 0;
    long lat = 0;
    long lon = 0;
    while (i < s.length()) {
      long[] v = new long[2];
      for (int c = 0; c < 2; c++) {
        long result = 0;
        int shift = 0;
        int b;
        do {
          b = s.charAt(i++) - 63;
          result |= (long) (b & 0x1f) << shift;
          shift += 5;
        } while (b >= 0x20);
        v[c] = (result & 1) != 0 ? ~(result >> 1) : result >> 1;
      }
      lat += v[0];
      lon += v[1];
      out.add(new double[] {lat / 1e5, lon / 1e5});
    }
    return out;
  }
}
