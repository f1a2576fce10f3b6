package io.scalelab.model.topology;

import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Overrides of the network latencies the simulation takes from its cited defaults.
 *
 * @param intraAz one-way latency between two components in the same zone
 * @param crossAz one-way latency between two zones of a region
 * @param regions round-trip times between regions (and from user origins to regions)
 */
public record Network(
    Optional<Duration> intraAz, Optional<Duration> crossAz, List<RegionLatency> regions) {

  /** No overrides: every latency from the simulation's defaults. */
  public static final Network DEFAULTS = new Network(Optional.empty(), Optional.empty(), List.of());

  public Network {
    regions = List.copyOf(regions);
  }

  /**
   * The round-trip time between two regions, the same both ways.
   *
   * @param from one region
   * @param to the other region
   * @param rtt round-trip time
   */
  public record RegionLatency(Region from, Region to, Duration rtt) {
    public RegionLatency {
      if (rtt.isNegative() || rtt.isZero()) {
        throw new IllegalArgumentException("rtt must be > 0: " + rtt);
      }
    }
  }
}
