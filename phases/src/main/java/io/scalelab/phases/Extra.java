package io.scalelab.phases;

import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.Region;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The optional presets beside the five-phase journey (DESIGN.md, "Optional presets"): ready designs
 * that show one architecture and the behaviour that characterises it. They are not phases: the
 * journey stays the five phases, and {@link Journey} does not run these.
 *
 * <p>Each preset's narrative is its design file's {@code description}; {@link
 * Presets#design(Extra)} reads the file.
 */
public enum Extra {
  SERVERLESS(
      "serverless",
      "Serverless / event-driven",
      "serverless-event-driven.yaml",
      500_000,
      "API Gateway's throttle answers a spike with HTTP 429s, and a fulfilment Lambda whose"
          + " reserved concurrency is below what its queue's poller hands it throttles the"
          + " spike's orders, which return to the queue and, after 3 receives, go to the"
          + " dead-letter queue."),
  DISASTER_RECOVERY(
      "disaster-recovery",
      "Active-passive disaster recovery",
      "disaster-recovery.yaml",
      500_000,
      "Losing the primary region (Mumbai) fails requests for the Route 53 failover window only;"
          + " then the smaller warm standby in North Virginia carries the load, hotter and an"
          + " ocean further from Indian users, for a fraction of phase 4's bill.");

  /** The primary region of the disaster-recovery preset, whose loss is its fault. */
  static final Region DR_PRIMARY = new Region("ap-south-1");

  private final String id;
  private final String title;
  private final String resource;
  private final long users;
  private final String shows;

  Extra(String id, String title, String resource, long users, String shows) {
    this.id = id;
    this.title = title;
    this.resource = resource;
    this.users = users;
    this.shows = shows;
  }

  /** The short name the command line takes: {@code serverless}, {@code disaster-recovery}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The preset's file name, in this package's resources and in {@code examples/}. */
  public String fileName() {
    return resource;
  }

  /** The users its design's workload has. */
  public long users() {
    return users;
  }

  /** What the simulation of the preset shows, in a sentence or two. */
  public String shows() {
    return shows;
  }

  /**
   * The preset's characteristic fault, starting {@code at} into a run and lasting {@code outage}:
   * the outage of the primary region for disaster recovery; none for the serverless preset, whose
   * stress is the spike its workload already carries.
   */
  public List<Fault> faults(Duration at, Duration outage) {
    return this == DISASTER_RECOVERY
        ? List.of(new Fault.RegionOutage(DR_PRIMARY, at, outage))
        : List.of();
  }

  /** The preset with this {@link #id()}, if any. */
  public static Optional<Extra> byId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }
}
