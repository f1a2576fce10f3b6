package io.scalelab.simulation.network;

import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Network;
import io.scalelab.simulation.SimulationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Network delays between the places a request passes: within a zone, across zones, between regions,
 * and from users to their nearest region. Defaults are cited below; a design's {@code network}
 * section overrides them.
 */
public final class Latencies {

  /**
   * Same-zone one-way delay: 150 µs, half the 0.26–0.41 ms same-AZ ping RTT measured between EC2
   * instances (orensol.com, 2009; see shared/data/aws-latency-notes.md).
   */
  public static final Duration DEFAULT_INTRA_AZ = Duration.ofNanos(150_000);

  /**
   * Cross-zone one-way delay: 450 µs, half the ~0.9 ms typical cross-AZ ping RTT (0.65–1.4 ms,
   * Imaoka 2019, us-east-1 and other regions).
   */
  public static final Duration DEFAULT_CROSS_AZ = Duration.ofNanos(450_000);

  /**
   * Users' access round trip to their nearest region: 20 ms, an assumption from the p50 of
   * residential ISPs in Indian cities to ap-south-1 (3–35 ms; techplained.aptechsolutions.io, April
   * 2026); the same figure stands for other continents, where no measurement was found.
   */
  public static final Duration DEFAULT_USER_ACCESS_RTT = Duration.ofMillis(20);

  private static final String RTT_RESOURCE = "region-rtt.csv";
  private static final Map<String, Double> DEFAULT_RTT_MS = loadDefaults();

  private final List<Region> regions;
  private final long[][] oneWayNanos;
  private final long intraAzNanos;
  private final long crossAzNanos;

  private Latencies(List<Region> regions, long[][] oneWay, long intra, long cross) {
    this.regions = regions;
    this.oneWayNanos = oneWay;
    this.intraAzNanos = intra;
    this.crossAzNanos = cross;
  }

  /**
   * The delays among {@code regions}, from the defaults and {@code overrides}.
   *
   * @throws SimulationException when two of the regions have no known round-trip time
   */
  public static Latencies of(List<Region> regions, Network overrides) throws SimulationException {
    Map<String, Double> rtt = new HashMap<>(DEFAULT_RTT_MS);
    for (Network.RegionLatency r : overrides.regions()) {
      double ms = r.rtt().toNanos() / 1e6;
      rtt.put(key(r.from(), r.to()), ms);
      rtt.put(key(r.to(), r.from()), ms);
    }
    int n = regions.size();
    long[][] oneWay = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        Double ms = rtt.get(key(regions.get(i), regions.get(j)));
        if (ms == null) {
          throw new SimulationException(
              "no round-trip time is known between "
                  + regions.get(i)
                  + " and "
                  + regions.get(j)
                  + "; add it under network.regions, e.g. {from: "
                  + regions.get(i)
                  + ", to: "
                  + regions.get(j)
                  + ", rtt: 80ms}");
        }
        oneWay[i][j] = Math.round(ms * 1e6 / 2);
      }
    }
    return new Latencies(
        List.copyOf(regions),
        oneWay,
        overrides.intraAz().orElse(DEFAULT_INTRA_AZ).toNanos(),
        overrides.crossAz().orElse(DEFAULT_CROSS_AZ).toNanos());
  }

  /** The regions, in the order of the indices used by the other methods. */
  public List<Region> regions() {
    return regions;
  }

  /** One-way delay between two regions (0 within one), nanoseconds. */
  public long betweenRegions(int from, int to) {
    return oneWayNanos[from][to];
  }

  /** One-way delay within a zone, nanoseconds. */
  public long intraAz() {
    return intraAzNanos;
  }

  /** One-way delay between zones of a region, nanoseconds. */
  public long crossAz() {
    return crossAzNanos;
  }

  /** One-way delay from users to their nearest region, nanoseconds. */
  public long userAccess() {
    return USER_ACCESS_NANOS;
  }

  private static final long USER_ACCESS_NANOS = DEFAULT_USER_ACCESS_RTT.toNanos() / 2;

  private static String key(Region a, Region b) {
    return a.code() + ">" + b.code();
  }

  private static Map<String, Double> loadDefaults() {
    Map<String, Double> out = new HashMap<>();
    var in =
        Objects.requireNonNull(Latencies.class.getResourceAsStream(RTT_RESOURCE), RTT_RESOURCE);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("from,") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        out.put(f[0] + ">" + f[1], Double.parseDouble(f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped latency table is unreadable", e);
    }
    return Map.copyOf(out);
  }
}
