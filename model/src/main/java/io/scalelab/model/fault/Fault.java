package io.scalelab.model.fault;

import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A fault on the design's timeline: what fails, when (after the start of the run) and for how long.
 */
public sealed interface Fault
    permits Fault.InstanceCrash,
        Fault.AzOutage,
        Fault.RegionOutage,
        Fault.CacheFlush,
        Fault.ReplicaLagSpike,
        Fault.DependencySlowdown {

  /** The names used for the {@code type} key of faults in design files. */
  List<String> TYPES =
      List.of(
          "instance-crash",
          "az-outage",
          "region-outage",
          "cache-flush",
          "replica-lag-spike",
          "dependency-slowdown");

  /** The fault's name in design files. */
  String type();

  /** When the fault starts, measured from the start of the run. */
  Duration at();

  /** What the fault hits: a component id, a zone name or a region code. */
  String target();

  /** How long the fault lasts, for faults that last (a cache flush is instant). */
  Optional<Duration> span();

  /**
   * One instance of a service (or the database host) crashes. An Auto Scaling group or Deployment
   * replaces it; without one, it is down for {@code downFor} (manual restore) or until the run
   * ends.
   */
  record InstanceCrash(String component, Duration at, Optional<Duration> downFor) implements Fault {
    public InstanceCrash {
      Faults.requireTiming(at, downFor.orElse(Duration.ofNanos(1)));
    }

    @Override
    public String type() {
      return "instance-crash";
    }

    @Override
    public String target() {
      return component;
    }

    @Override
    public Optional<Duration> span() {
      return downFor;
    }
  }

  /** Everything in one availability zone is down. */
  record AzOutage(AvailabilityZone zone, Duration at, Duration duration) implements Fault {
    public AzOutage {
      Faults.requireTiming(at, duration);
    }

    @Override
    public String type() {
      return "az-outage";
    }

    @Override
    public String target() {
      return zone.name();
    }

    @Override
    public Optional<Duration> span() {
      return Optional.of(duration);
    }
  }

  /** Every component of one region is down. */
  record RegionOutage(Region region, Duration at, Duration duration) implements Fault {
    public RegionOutage {
      Faults.requireTiming(at, duration);
    }

    @Override
    public String type() {
      return "region-outage";
    }

    @Override
    public String target() {
      return region.code();
    }

    @Override
    public Optional<Duration> span() {
      return Optional.of(duration);
    }
  }

  /** A cache (or CDN) loses all its entries at once. */
  record CacheFlush(String component, Duration at) implements Fault {
    public CacheFlush {
      Faults.requireTiming(at, Duration.ofNanos(1));
    }

    @Override
    public String type() {
      return "cache-flush";
    }

    @Override
    public String target() {
      return component;
    }

    @Override
    public Optional<Duration> span() {
      return Optional.empty();
    }
  }

  /** A database's replicas fall behind by {@code extraLag} more than their own lag. */
  record ReplicaLagSpike(String component, Duration at, Duration duration, Duration extraLag)
      implements Fault {
    public ReplicaLagSpike {
      Faults.requireTiming(at, duration);
      if (extraLag.isNegative() || extraLag.isZero()) {
        throw new IllegalArgumentException("extraLag must be > 0: " + extraLag);
      }
    }

    @Override
    public String type() {
      return "replica-lag-spike";
    }

    @Override
    public String target() {
      return component;
    }

    @Override
    public Optional<Duration> span() {
      return Optional.of(duration);
    }
  }

  /** A component's service times are multiplied by {@code multiplier} (> 1 slows it down). */
  record DependencySlowdown(String component, Duration at, Duration duration, double multiplier)
      implements Fault {
    public DependencySlowdown {
      Faults.requireTiming(at, duration);
      if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be > 0: " + multiplier);
      }
    }

    @Override
    public String type() {
      return "dependency-slowdown";
    }

    @Override
    public String target() {
      return component;
    }

    @Override
    public Optional<Duration> span() {
      return Optional.of(duration);
    }
  }
}
