package org.routeforge.benchmarks.rich;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * The generated rich-dispatch suite (no public multi-depot / heterogeneous / pickup-delivery set is in
 * the shared data): {@code n} stops on a 100 x 100 square, Euclidean distances (exact, durations =
 * distances), horizon 600, three depots at (20, 20), (80, 20), (50, 80), and a heterogeneous fleet:
 * <ul>
 *   <li>{@code van-d} at each depot d: {@code ceil(n / 12)} vehicles, capacity [12, 6], fixed cost 50,
 *       cost 1 per distance and 0.1 per time unit, shift [0, 600], at most 12 stops, a 20-unit break
 *       starting in [200, 300];</li>
 *   <li>{@code fridge-truck} at depot 0: 2 vehicles, capacity [30, 15], fixed cost 120, 1.5 per
 *       distance, skill {@code fridge}, max duration 480;</li>
 *   <li>{@code courier} from depot 2 with an open end: 2 vehicles, capacity [6, 3], fixed cost 20, max
 *       distance 250.</li>
 * </ul>
 * Stops: 80 % single deliveries (demand [1..3, 0..2], service 5..10; 50 % one window of width 60..150
 * opening in [0, 450], 20 % two windows 100 apart, 30 % none; 15 % need {@code fridge}; 10 % priority 2)
 * and 20 % in pickup-delivery pairs (amount [1..3, 0], service 5). Same seed, same instance.
 */
public final class RichSuite {
  private RichSuite() {}

  /** The instance {@code rich-n<n>-s<seed>}. */
  public static Instance generate(int n, long seed) {
    Random rnd = new Random(seed);
    List<Location> locs = new ArrayList<>();
    locs.add(new Location("depot0", 20, 20));
    locs.add(new Location("depot1", 80, 20));
    locs.add(new Location("depot2", 50, 80));
    List<Stop> stops = new ArrayList<>();
    List<Shipment> shipments = new ArrayList<>();
    int pairs = n / 10;
    int singles = n - 2 * pairs;
    for (int i = 0; i < singles; i++) {
      int loc = addLoc(locs, rnd, "c" + i);
      List<TimeWindow> ws;
      double roll = rnd.nextDouble();
      double open = rnd.nextDouble() * 450;
      double width = 60 + rnd.nextDouble() * 90;
      if (roll < 0.5) {
        ws = List.of(new TimeWindow(open, open + width));
      } else if (roll < 0.7) {
        ws = List.of(new TimeWindow(open * 0.6, open * 0.6 + 50), new TimeWindow(open * 0.6 + 150, open * 0.6 + 200));
      } else {
        ws = List.of();
      }
      Set<String> skills = rnd.nextDouble() < 0.15 ? Set.of("fridge") : Set.of();
      int priority = rnd.nextDouble() < 0.1 ? 2 : 0;
      stops.add(new Stop("c" + i, loc, new int[] {1 + rnd.nextInt(3), rnd.nextInt(3)}, 5 + rnd.nextInt(6), ws,
          skills, priority));
    }
    for (int k = 0; k < pairs; k++) {
      int amount = 1 + rnd.nextInt(3);
      int p = addLoc(locs, rnd, "p" + k);
      int d = addLoc(locs, rnd, "d" + k);
      stops.add(new Stop("pickup-" + k, p, new int[] {amount, 0}, 5, List.of(), Set.of(), 0));
      stops.add(new Stop("delivery-" + k, d, new int[] {amount, 0}, 5, List.of(), Set.of(), 0));
      shipments.add(new Shipment(stops.size() - 2, stops.size() - 1));
    }
    Instance.Builder b = Instance.builder("rich-n" + n + "-s" + seed).locations(locs).euclidean(Rounding.EXACT)
        .stops(stops);
    for (Shipment s : shipments) {
      b.addShipment(s);
    }
    TimeWindow shift = new TimeWindow(0, 600);
    int vans = (n + 11) / 12;
    for (int d = 0; d < 3; d++) {
      b.addVehicleType(new VehicleType("van-" + d, vans, new int[] {12, 6}, d, d, shift, Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY, 12, 50, 1, 0.1, Set.of(),
          List.of(new DriverBreak("lunch", new TimeWindow(200, 300), 20))));
    }
    b.addVehicleType(new VehicleType("fridge-truck", 2, new int[] {30, 15}, 0, 0, shift, 480,
        Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 120, 1.5, 0, Set.of("fridge"), List.of()));
    b.addVehicleType(new VehicleType("courier", 2, new int[] {6, 3}, 2, -1, shift, Double.POSITIVE_INFINITY, 250,
        Integer.MAX_VALUE, 20, 1, 0, Set.of(), List.of()));
    return b.build();
  }

  private static int addLoc(List<Location> locs, Random rnd, String id) {
    locs.add(new Location(id, rnd.nextDouble() * 100, rnd.nextDouble() * 100));
    return locs.size() - 1;
  }
}
