package io.scalelab.model.component;

import java.time.Duration;

/**
 * CloudFront: edge caches in front of an origin.
 *
 * @param cacheableShare share of requests that may be served from the edge (static assets and
 *     cacheable API responses), in [0, 1]
 * @param ttl how long an edge keeps an object
 */
public record Cdn(Basics basics, double cacheableShare, Duration ttl) implements Component {

  /** Default cacheable share: 0.6, an assumption for a web app whose pages pull static assets. */
  public static final double DEFAULT_CACHEABLE_SHARE = 0.6;

  /**
   * Default TTL: 86,400 s, CloudFront's default TTL (CloudFront Developer Guide, "Default TTL").
   */
  public static final Duration DEFAULT_TTL = Duration.ofDays(1);

  public Cdn {
    Checks.inRange("cacheableShare", cacheableShare, 0, 1);
    Checks.positive("ttl", ttl);
  }

  @Override
  public ComponentType type() {
    return ComponentType.CDN;
  }
}
