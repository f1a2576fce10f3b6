package io.scalelab.phases;

import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The five phases of a platform's growth, as in the product design: each architecture carries its
 * own load and breaks at the next phase's, for a reason the simulation shows.
 */
public enum Phase {
  MVP(
      0,
      "MVP",
      "phase-0-mvp.yaml",
      1,
      100,
      "A product starts on one box: cheap and simple.",
      "One instance is a single point of failure (its crash takes everything down and loses the"
          + " writes since the last backup), and the app and its database fight for the same CPU"
          + " as users grow."),
  HIGH_AVAILABILITY(
      1,
      "High availability",
      "phase-1-high-availability.yaml",
      100,
      10_000,
      "Survives an instance crash and a zone outage: the load balancer and the Auto Scaling group"
          + " replace instances, RDS Multi-AZ fails over.",
      "The monolith scales as one: instances added for service A also carry service B, which"
          + " pays for B's idle capacity."),
  MICROSERVICES(
      2,
      "Microservices",
      "phase-2-microservices.yaml",
      10_000,
      100_000,
      "Service A and service B scale independently on EKS with their own autoscalers.",
      "Every read still goes to one RDS primary, which saturates first; users far from Mumbai"
          + " wait the ocean's round trip on every request."),
  PERFORMANCE(
      3,
      "Performance",
      "phase-3-performance.yaml",
      100_000,
      500_000,
      "A Redis cache takes most reads, CloudFront answers cacheable requests at the edge, and read"
          + " replicas take the rest: the database cools down and p99 falls.",
      "Everything lives in one region: a regional outage takes 100% of users down for as long as"
          + " it lasts."),
  GLOBAL(
      4,
      "Global",
      "phase-4-global.yaml",
      500_000,
      10_000_000,
      "The regional stack is stamped in two regions behind Route 53 latency routing with health"
          + " checks: losing a region costs only the failover window.",
      "Watch the cross-region replica's lag and the cross-region transfer on the bill; losing the"
          + " primary's region still needs a manual promotion.");

  private final int number;
  private final String title;
  private final String resource;
  private final long fromUsers;
  private final long users;
  private final String fixes;
  private final String breaksNext;

  Phase(
      int number,
      String title,
      String resource,
      long fromUsers,
      long users,
      String fixes,
      String breaksNext) {
    this.number = number;
    this.title = title;
    this.resource = resource;
    this.fromUsers = fromUsers;
    this.users = users;
    this.fixes = fixes;
    this.breaksNext = breaksNext;
  }

  /** 0 to 4. */
  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** The preset's file name, in this package's resources and in {@code examples/}. */
  public String fileName() {
    return resource;
  }

  /** The bottom of the phase's range of users. */
  public long fromUsers() {
    return fromUsers;
  }

  /** The top of the phase's range: the users its preset's workload has. */
  public long users() {
    return users;
  }

  /** What the phase fixes, in a sentence. */
  public String fixes() {
    return fixes;
  }

  /** What breaks next, in a sentence. */
  public String breaksNext() {
    return breaksNext;
  }

  /** The next phase, if any. */
  public Optional<Phase> next() {
    return number + 1 < values().length ? Optional.of(values()[number + 1]) : Optional.empty();
  }

  /**
   * The load to try the phase at beyond its own: the next phase's users, or twice its own for the
   * last phase.
   */
  public long nextUsers() {
    return next().map(Phase::users).orElse(2 * users);
  }

  /**
   * The phase's characteristic faults, starting {@code at} into a run, each lasting {@code outage}:
   * an instance crash for the MVP, a zone and then a region outage for phases 1 to 3, the outage of
   * the second region for the global phase.
   */
  public List<Fault> faults(Duration at, Duration outage) {
    AvailabilityZone zoneA = new AvailabilityZone("ap-south-1a");
    Region mumbai = new Region("ap-south-1");
    return switch (this) {
      case MVP -> List.of(new Fault.InstanceCrash("box", at, Optional.of(outage)));
      case HIGH_AVAILABILITY, MICROSERVICES, PERFORMANCE ->
          List.of(
              new Fault.AzOutage(zoneA, at, outage),
              new Fault.RegionOutage(mumbai, at.plus(outage).plus(outage), outage));
      case GLOBAL -> List.of(new Fault.RegionOutage(new Region("us-east-1"), at, outage));
    };
  }

  /** The phase with this number. */
  public static Phase of(int number) {
    if (number < 0 || number >= values().length) {
      throw new IllegalArgumentException("phases are numbered 0 to 4: " + number);
    }
    return values()[number];
  }
}
