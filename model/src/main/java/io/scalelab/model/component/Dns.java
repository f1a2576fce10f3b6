package io.scalelab.model.component;

import java.time.Duration;

/**
 * Route 53: a hosted zone whose records route users to the endpoints it is connected to.
 *
 * @param routing the routing policy of the records
 * @param ttl how long resolvers and clients cache an answer; clients keep using a dead endpoint
 *     until it expires
 * @param healthCheck how Route 53 decides an endpoint is unhealthy
 */
public record Dns(Basics basics, Routing routing, Duration ttl, HealthCheck healthCheck)
    implements Component {

  /**
   * Default record TTL: 60 s, the value Route 53 recommends for records with health checks ("Values
   * that you specify when you create or edit records", Amazon Route 53 Developer Guide).
   */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

  public Dns {
    Checks.positive("ttl", ttl);
  }

  @Override
  public ComponentType type() {
    return ComponentType.DNS;
  }

  /** Route 53 routing policies. */
  public enum Routing implements Choice {
    SIMPLE,
    LATENCY,
    FAILOVER,
    WEIGHTED
  }

  /**
   * A Route 53 health check: an endpoint is unhealthy after {@code failureThreshold} consecutive
   * failed checks, one every {@code interval}.
   */
  public record HealthCheck(Duration interval, int failureThreshold) {
    /**
     * Defaults: the standard 30 s interval and a failure threshold of 3 ("How Amazon Route 53
     * determines whether a health check is healthy", Route 53 Developer Guide).
     */
    public static final HealthCheck DEFAULT = new HealthCheck(Duration.ofSeconds(30), 3);

    public HealthCheck {
      if (!interval.equals(Duration.ofSeconds(10)) && !interval.equals(Duration.ofSeconds(30))) {
        throw new IllegalArgumentException("Route 53 checks every 10s or 30s: " + interval);
      }
      Checks.inRange("failureThreshold", failureThreshold, 1, 10);
    }
  }
}
