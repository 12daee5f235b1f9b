package org.routeforge.graph.roads;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.shapes.BBox;
import com.graphhopper.routing.querygraph.QueryGraph;
import java.io.IOException;
import com.graphhopper.util.EdgeIterator;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A car road network imported from an OpenStreetMap extract with GraphHopper: the car profile (the
 * custom model {@code car.json} shipped in GraphHopper's jar), a node-based contraction hierarchy
 * prepared once and stored in a graph folder, and on later starts loaded from that folder.
 *
 * <p>On top of GraphHopper's CH graph it keeps an {@link UpwardGraph} (upward CH edges as primitive
 * arrays with travel time and distance per edge), which {@link BucketManyToMany} uses for matrices.
 *
 * @implNote after {@link #open} the network is read-only and may be shared by threads; each matrix or
 *     snapping call uses its own state.
 */
public final class RoadNetwork implements AutoCloseable {
  /** The GraphHopper profile name used for everything here. */
  public static final String PROFILE = "car";
  /** Changes whenever the import configuration changes, so old cache folders are not reused. */
  public static final String CONFIG_VERSION = "gh11-car-json-ch-v1";
  private static final String ENCODED_VALUES = "car_access, car_average_speed, road_access";

  private final GraphHopper hopper;
  private final RoutingCHGraph ch;
  private final Weighting weighting;
  private final EdgeFilter snapFilter;
  private final UpwardGraph upward;
  private final LoadReport report;

  /**
   * How the network came to be: imported (OSM parsing + CH preparation) or loaded from the cache.
   *
   * @param osm the OSM file
   * @param graphFolder the cache folder
   * @param imported true when this start imported and prepared the graph, false when it loaded it
   * @param ghSeconds wall time of GraphHopper's import + CH preparation, or of loading the folder
   * @param upwardSeconds wall time to build the upward arrays (edge times/distances) for matrices
   * @param nodes base graph nodes
   * @param edges base graph edges
   * @param shortcuts CH shortcuts
   */
  public record LoadReport(Path osm, Path graphFolder, boolean imported, double ghSeconds,
      double upwardSeconds, int nodes, int edges, int shortcuts) {
    /** One line for logs and progress output. */
    public String summary() {
      return String.format(java.util.Locale.ROOT,
          "%s %s in %.2f s (%d nodes, %d edges, %d shortcuts; folder %s); matrix arrays built in %.2f s",
          imported ? "imported + CH-prepared" : "loaded cached graph", osm.getFileName(), ghSeconds, nodes,
          edges, shortcuts, graphFolder, upwardSeconds);
    }
  }

  private RoadNetwork(GraphHopper hopper, LoadReport report0) {
    this.hopper = hopper;
    this.ch = hopper.getCHGraphs().get(PROFILE);
    this.weighting = ch.getWeighting();
    this.snapFilter = new DefaultSnapFilter(weighting,
        hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
    long t0 = System.nanoTime();
    this.upward = UpwardGraph.build(ch);
    double up = (System.nanoTime() - t0) / 1e9;
    this.report = new LoadReport(report0.osm(), report0.graphFolder(), report0.imported(), report0.ghSeconds(),
        up, ch.getBaseGraph().getNodes(), ch.getBaseGraph().getEdges(), ch.getShortcuts());
  }

  /**
   * Opens the network of an OSM extract, importing and contracting it into {@code graphFolder} the
   * first time and loading it from there afterwards.
   *
   * @param osm an OSM extract (.osm.pbf, .osm, .osm.gz)
   * @param graphFolder the cache folder, or {@code null} for {@link GraphFolders#cacheFolder}
   * @throws IllegalArgumentException if the file is missing or cannot be read as OSM
   */
  public static RoadNetwork open(Path osm, Path graphFolder) throws IOException {
    if (!Files.isRegularFile(osm)) {
      throw new IllegalArgumentException("OSM file not found: " + osm);
    }
    Path folder = graphFolder == null ? GraphFolders.cacheFolder(osm, null) : graphFolder.toAbsolutePath();
    GraphFolders.requireOutsideData(folder);
    Files.createDirectories(folder.getParent());
    boolean cached = Files.isRegularFile(folder.resolve("properties"));
    GraphHopper gh = new GraphHopper();
    gh.setOSMFile(osm.toString());
    gh.setGraphHopperLocation(folder.toString());
    gh.setEncodedValuesString(ENCODED_VALUES);
    gh.setProfiles(new Profile(PROFILE).setCustomModel(GHUtility.loadCustomModelFromJar("car.json")));
    gh.getCHPreparationHandler().setCHProfiles(new CHProfile(PROFILE));
    long t0 = System.nanoTime();
    try {
      gh.importOrLoad();
    } catch (RuntimeException e) {
      gh.close();
      throw new IllegalArgumentException("could not import " + osm + " with GraphHopper: " + e.getMessage(), e);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new RoadNetwork(gh, new LoadReport(osm, folder, !cached, secs, 0, 0, 0, 0));
  }

  /** How this network was opened, with timings. */
  public LoadReport report() {
    return report;
  }

  /** The GraphHopper instance (for point-to-point routes with {@code route()}). */
  public GraphHopper hopper() {
    return hopper;
  }

  /** GraphHopper's CH graph of the car profile. */
  public RoutingCHGraph chGraph() {
    return ch;
  }

  UpwardGraph upward() {
    return upward;
  }

  BaseGraph baseGraph() {
    return hopper.getBaseGraph();
  }

  Weighting weighting() {
    return weighting;
  }

  /** Bounding box of the road network, {@code [minLat, maxLat, minLon, maxLon]}. */
  public double[] bounds() {
    BBox b = hopper.getBaseGraph().getBounds();
    return new double[] {b.minLat, b.maxLat, b.minLon, b.maxLon};
  }

  /**
   * Snaps points to the car network with GraphHopper's location index (the same filter its router
   * uses: car-accessible edges of the main subnetworks).
   *
   * @param lat latitudes
   * @param lon longitudes
   * @param maxSnapMeters a point whose nearest road is farther away is unsnappable
   * @return every point's snap, with unsnappable points listed by index (never moved elsewhere)
   */
  public SnappedPoints snap(double[] lat, double[] lon, double maxSnapMeters) {
    if (lat.length != lon.length) {
      throw new IllegalArgumentException(lat.length + " latitudes but " + lon.length + " longitudes");
    }
    LocationIndex index = hopper.getLocationIndex();
    Snap[] snaps = new Snap[lat.length];
    for (int i = 0; i < lat.length; i++) {
      if (Double.isFinite(lat[i]) && Double.isFinite(lon[i]) && Math.abs(lat[i]) <= 90 && Math.abs(lon[i]) <= 180) {
        snaps[i] = index.findClosest(lat[i], lon[i], snapFilter);
      }
    }
    return SnappedPoints.of(lat, lon, snaps, maxSnapMeters);
  }

  /**
   * The square travel-time/distance matrix between all points (every point both source and target).
   *
   * @throws UnsnappablePointsException if a point is unsnappable (naming each by index)
   */
  public RoadMatrix matrix(SnappedPoints points) throws UnsnappablePointsException {
    return matrix(points, points);
  }

  /**
   * The travel-time/distance matrix from every source to every target, computed with the bucket
   * many-to-many algorithm ({@link BucketManyToMany}) on this network's contraction hierarchy.
   *
   * @throws UnsnappablePointsException if a source or target is unsnappable (naming each by index)
   */
  public RoadMatrix matrix(SnappedPoints sources, SnappedPoints targets) throws UnsnappablePointsException {
    sources.requireAllSnapped("sources");
    if (targets != sources) {
      targets.requireAllSnapped("targets");
    }
    long t0 = System.nanoTime();
    int ns = sources.size();
    int nt = targets.size();
    int[] srcEdge = new int[ns];
    int[] tgtEdge = srcEdge;
    BucketManyToMany.Starts[] sp = starts(sources, srcEdge);
    BucketManyToMany.Starts src = sp[0];
    BucketManyToMany.Starts tgt = sp[1];
    if (targets != sources) {
      tgtEdge = new int[nt];
      tgt = starts(targets, tgtEdge)[1];
    }
    BucketManyToMany algo = new BucketManyToMany(upward);
    int cells = Math.multiplyExact(ns, nt);
    double[] w = new double[cells];
    long[] ms = new long[cells];
    double[] d = new double[cells];
    algo.compute(src, tgt, w, ms, d);
    sameEdgePairs(sources, targets, srcEdge, tgtEdge, w, ms, d);
    double secs = (System.nanoTime() - t0) / 1e9;
    return new RoadMatrix(sources, targets, w, ms, d, secs, algo.settledTotal, algo.bucketEntries);
  }

  /**
   * The start nodes of each point, as a source ({@code [0]}) and as a target ({@code [1]}): a point
   * snapped onto an edge starts at both ends of that edge with the weight, time and distance of the
   * piece between (towards the ends for sources, from the ends for targets), computed on a one-point
   * GraphHopper query graph exactly as its router does; a point snapped onto a junction starts there.
   */
  private BucketManyToMany.Starts[] starts(SnappedPoints pts, int[] edgeOut) {
    int n = pts.size();
    int nBase = ch.getNodes();
    StartsBuilder fwd = new StartsBuilder(n);
    StartsBuilder bwd = new StartsBuilder(n);
    for (int i = 0; i < n; i++) {
      fwd.first[i] = fwd.k;
      bwd.first[i] = bwd.k;
      Snap s = pts.freshSnap(i);
      QueryGraph qg = QueryGraph.create(hopper.getBaseGraph(), s);
      int v = s.getClosestNode();
      if (v < nBase) {
        edgeOut[i] = -1;
        fwd.add(v, 0, 0, 0);
        bwd.add(v, 0, 0, 0);
        continue;
      }
      edgeOut[i] = s.getClosestEdge().getEdge();
      Weighting qw = qg.wrapWeighting(weighting);
      EdgeIterator it = qg.createEdgeExplorer().setBaseNode(v);
      while (it.next()) {
        if (it.getAdjNode() == v) {
          continue;
        }
        double wf = qw.calcEdgeWeight(it, false);
        if (Double.isFinite(wf)) {
          fwd.add(it.getAdjNode(), wf, weighting.calcEdgeMillis(it, false), it.getDistance());
        }
        double wb = qw.calcEdgeWeight(it, true);
        if (Double.isFinite(wb)) {
          bwd.add(it.getAdjNode(), wb, weighting.calcEdgeMillis(it, true), it.getDistance());
        }
      }
    }
    return new BucketManyToMany.Starts[] {fwd.build(), bwd.build()};
  }

  /** Growable CSR arrays for {@link BucketManyToMany.Starts}. */
  private static final class StartsBuilder {
    final int[] first;
    int[] node;
    double[] w;
    long[] ms;
    double[] d;
    int k;

    StartsBuilder(int n) {
      first = new int[n + 1];
      node = new int[2 * n + 2];
      w = new double[node.length];
      ms = new long[node.length];
      d = new double[node.length];
    }

    void add(int v, double weight, long millis, double dist) {
      if (k == node.length) {
        node = Arrays.copyOf(node, 2 * k);
        w = Arrays.copyOf(w, 2 * k);
        ms = Arrays.copyOf(ms, 2 * k);
        d = Arrays.copyOf(d, 2 * k);
      }
      node[k] = v;
      w[k] = weight;
      ms[k] = millis;
      d[k] = dist;
      k++;
    }

    BucketManyToMany.Starts build() {
      first[first.length - 1] = k;
      return new BucketManyToMany.Starts(first, node, w, ms, d);
    }
  }

  /**
   * Fixes the cells whose source and target lie on the same road edge (the diagonal included). The
   * searches start from the ends of each point's edge, so they miss the direct piece between two points
   * on one edge; it is read from a two-point GraphHopper query graph (where its router finds it) and
   * kept when lighter. Paths around through the rest of the network are already in the cell.
   */
  private void sameEdgePairs(SnappedPoints sources, SnappedPoints targets, int[] srcEdge, int[] tgtEdge,
      double[] w, long[] ms, double[] d) {
    int nt = tgtEdge.length;
    long[] byEdge = new long[nt];
    int m = 0;
    for (int j = 0; j < nt; j++) {
      if (tgtEdge[j] >= 0) {
        byEdge[m++] = ((long) tgtEdge[j] << 32) | j;
      }
    }
    byEdge = Arrays.copyOf(byEdge, m);
    Arrays.sort(byEdge);
    boolean square = sources == targets;
    for (int i = 0; i < srcEdge.length; i++) {
      if (square) {
        int cell = i * nt + i;
        w[cell] = 0;
        ms[cell] = 0;
        d[cell] = 0;
      }
      if (srcEdge[i] < 0) {
        continue;
      }
      int p = Arrays.binarySearch(byEdge, (long) srcEdge[i] << 32);
      for (p = p < 0 ? -p - 1 : p; p < m && (int) (byEdge[p] >>> 32) == srcEdge[i]; p++) {
        int j = (int) byEdge[p];
        if (square && i == j) {
          continue;
        }
        directPiece(sources.freshSnap(i), targets.freshSnap(j), i * nt + j, w, ms, d);
      }
    }
  }

  private void directPiece(Snap a, Snap b, int cell, double[] w, long[] ms, double[] d) {
    QueryGraph qg = QueryGraph.create(hopper.getBaseGraph(), List.of(a, b));
    int va = a.getClosestNode();
    int vb = b.getClosestNode();
    if (va == vb) {
      w[cell] = 0;
      ms[cell] = 0;
      d[cell] = 0;
      return;
    }
    Weighting qw = qg.wrapWeighting(weighting);
    EdgeIterator it = qg.createEdgeExplorer().setBaseNode(va);
    while (it.next()) {
      if (it.getAdjNode() != vb) {
        continue;
      }
      double ew = qw.calcEdgeWeight(it, false);
      if (ew < w[cell]) {
        w[cell] = ew;
        ms[cell] = weighting.calcEdgeMillis(it, false);
        d[cell] = it.getDistance();
      }
    }
  }

  /** Bytes of the upward-graph arrays kept for matrices (not counting GraphHopper's own storage). */
  public long matrixArraysBytes() {
    return upward.bytes();
  }

  @Override
  public void close() {
    hopper.close();
  }
}
