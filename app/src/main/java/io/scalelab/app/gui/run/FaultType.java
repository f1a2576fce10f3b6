package io.scalelab.app.gui.run;

import io.scalelab.model.Design;
import io.scalelab.model.component.ComponentType;
import io.scalelab.model.component.Database;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kinds of fault the timeline editor offers: every fault of {@code io.scalelab.model.fault},
 * with what each targets and which settings it takes.
 */
public enum FaultType {
  REGION_OUTAGE("region outage", "region", true, ""),
  AZ_OUTAGE("zone outage", "zone", true, ""),
  INSTANCE_CRASH("instance crash", "component", true, ""),
  CACHE_FLUSH("cache flush", "component", false, ""),
  REPLICA_LAG_SPIKE("replica lag spike", "component", true, "extra lag"),
  DEPENDENCY_SLOWDOWN("slowdown", "component", true, "multiplier");

  private final String label;
  private final String targetKind;
  private final boolean lasts;
  private final String amountName;

  FaultType(String label, String targetKind, boolean lasts, String amountName) {
    this.label = label;
    this.targetKind = targetKind;
    this.lasts = lasts;
    this.amountName = amountName;
  }

  /** How the editor names it. */
  public String label() {
    return label;
  }

  /** What it hits: {@code region}, {@code zone} or {@code component}. */
  public String targetKind() {
    return targetKind;
  }

  /** Whether it lasts (a cache flush is instant; a crash without a time lasts to the end). */
  public boolean lasts() {
    return lasts;
  }

  /** The name of its extra setting ({@code extra lag}, {@code multiplier}); empty if none. */
  public String amountName() {
    return amountName;
  }

  @Override
  public String toString() {
    return label;
  }

  /** The type of a model fault. */
  public static FaultType of(Fault f) {
    if (f instanceof Fault.RegionOutage) {
      return REGION_OUTAGE;
    } else if (f instanceof Fault.AzOutage) {
      return AZ_OUTAGE;
    } else if (f instanceof Fault.InstanceCrash) {
      return INSTANCE_CRASH;
    } else if (f instanceof Fault.CacheFlush) {
      return CACHE_FLUSH;
    } else if (f instanceof Fault.ReplicaLagSpike) {
      return REPLICA_LAG_SPIKE;
    }
    return DEPENDENCY_SLOWDOWN;
  }

  /**
   * What this fault may hit in {@code design}, the same choice the design checks allow: regions,
   * zones, or ids of components of the right type.
   */
  public List<String> targets(Design design) {
    switch (this) {
      case REGION_OUTAGE:
        return design.regions().stream().map(Region::code).toList();
      case AZ_OUTAGE:
        Set<String> zones = new TreeSet<>();
        design.components().forEach(c -> c.zones().forEach(z -> zones.add(z.name())));
        return List.copyOf(zones);
      case INSTANCE_CRASH:
        return ids(
            design, EnumSet.of(ComponentType.SERVICE, ComponentType.DATABASE, ComponentType.CACHE));
      case CACHE_FLUSH:
        return ids(design, EnumSet.of(ComponentType.CACHE, ComponentType.CDN));
      case REPLICA_LAG_SPIKE:
        return design.components().stream()
            .filter(c -> c instanceof Database d && !d.readReplicas().isEmpty())
            .map(c -> c.id())
            .toList();
      default:
        return ids(design, EnumSet.complementOf(EnumSet.of(ComponentType.USERS)));
    }
  }

  private static List<String> ids(Design design, Set<ComponentType> types) {
    return design.components().stream()
        .filter(c -> types.contains(c.type()))
        .map(c -> c.id())
        .toList();
  }

  /**
   * The model fault.
   *
   * @param duration how long it lasts; for a crash, how long the instance stays down when nothing
   *     replaces it (empty: to the end); ignored by a cache flush
   * @param amount the extra lag (a duration) or the multiplier, as text already validated
   * @throws IllegalArgumentException naming the setting that does not fit
   */
  Fault toFault(String target, Duration at, Optional<Duration> duration, String amount) {
    switch (this) {
      case REGION_OUTAGE:
        return new Fault.RegionOutage(
            new Region(target), at, duration.orElseThrow(FaultType::noLength));
      case AZ_OUTAGE:
        return new Fault.AzOutage(
            new AvailabilityZone(target), at, duration.orElseThrow(FaultType::noLength));
      case INSTANCE_CRASH:
        return new Fault.InstanceCrash(target, at, duration);
      case CACHE_FLUSH:
        return new Fault.CacheFlush(target, at);
      case REPLICA_LAG_SPIKE:
        return new Fault.ReplicaLagSpike(
            target, at, duration.orElseThrow(FaultType::noLength), Parsers.duration(amount));
      default:
        return new Fault.DependencySlowdown(
            target, at, duration.orElseThrow(FaultType::noLength), Parsers.positive(amount));
    }
  }

  private static IllegalArgumentException noLength() {
    return new IllegalArgumentException("a duration is needed");
  }
}
