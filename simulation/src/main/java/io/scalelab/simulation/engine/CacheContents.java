package io.scalelab.simulation.engine;

import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.simulation.cache.KeyCache;
import java.time.Duration;

/**
 * What each caching component holds and how often it is found: ElastiCache caches, DAX item caches,
 * and CloudFront's edge caches (one per region where users meet the edge). The engine decides when
 * to look; this class keeps the content, the hit counts and the bytes CloudFront sends.
 */
final class CacheContents {

  private final KeyCache[] caches;
  private final KeyCache[][] edges;
  private final double[] cacheableShare;
  private final long responseBytes;

  /** Lookups and hits per station since the warm-up, and since the start (for the time series). */
  final long[] gets;

  final long[] hits;
  final long[] getsCum;
  final long[] hitsCum;

  /** Bytes sent to users by each CloudFront distribution since the warm-up. */
  final long[] bytesOut;

  CacheContents(Model m) {
    int n = m.size;
    caches = new KeyCache[n];
    edges = new KeyCache[n][];
    cacheableShare = new double[n];
    responseBytes = m.design.workload().payload().response().bytes();
    gets = new long[n];
    hits = new long[n];
    getsCum = new long[n];
    hitsCum = new long[n];
    bytesOut = new long[n];
    long everyKey = Math.min(KeyCache.MAX_CAPACITY, m.design.workload().keys().count());
    for (int s = 0; s < n; s++) {
      var c = m.design.components().get(s);
      if (c instanceof Cache k) {
        caches[s] =
            new KeyCache(
                m.cacheCapacity[s], k.eviction(), k.ttl().map(Duration::toNanos).orElse(0L));
      } else if (c instanceof Cdn d) {
        // An edge keeps whatever users asked for within the TTL: at these key counts its size is
        // not the limit.
        edges[s] = new KeyCache[m.design.regions().size()];
        for (int r = 0; r < edges[s].length; r++) {
          edges[s][r] = new KeyCache(everyKey, Cache.Eviction.LRU, d.ttl().toNanos());
        }
        cacheableShare[s] = d.cacheableShare();
      } else if (c instanceof KeyValueStore kv && kv.dax().isPresent()) {
        caches[s] = new KeyCache(everyKey, Cache.Eviction.LRU, Catalog.DAX_TTL_NANOS);
      }
    }
  }

  /** Whether station {@code s} is an ElastiCache cache or a table with DAX. */
  boolean holds(int s) {
    return caches[s] != null;
  }

  /** Whether station {@code s} is a CloudFront distribution. */
  boolean isEdge(int s) {
    return edges[s] != null;
  }

  double cacheableShare(int s) {
    return cacheableShare[s];
  }

  /** Looks {@code key} up in station {@code s}'s cache; counts the lookup. */
  boolean get(int s, long key, long now, boolean measuring) {
    boolean hit = caches[s].get(key, now);
    count(s, hit, measuring);
    return hit;
  }

  void put(int s, long key, long now) {
    caches[s].put(key, now);
  }

  void invalidate(int s, long key) {
    caches[s].invalidate(key);
  }

  /** Looks {@code key} up at the edge of distribution {@code s} in {@code region}; counts it. */
  boolean edgeGet(int s, int region, long key, long now, boolean measuring) {
    boolean hit = edges[s][region].get(key, now);
    count(s, hit, measuring);
    return hit;
  }

  void edgePut(int s, int region, long key, long now) {
    edges[s][region].put(key, now);
  }

  /** A response left distribution {@code s} for a user. */
  void served(int s, boolean measuring) {
    if (measuring) {
      bytesOut[s] += responseBytes;
    }
  }

  /** A cache-flush fault: the cache, or every edge of a distribution, empties. */
  void flush(int s) {
    if (caches[s] != null) {
      caches[s].flush();
    }
    if (edges[s] != null) {
      for (KeyCache e : edges[s]) {
        e.flush();
      }
    }
  }

  /** The end of the warm-up: the counts start again. */
  void reset() {
    java.util.Arrays.fill(gets, 0);
    java.util.Arrays.fill(hits, 0);
    java.util.Arrays.fill(bytesOut, 0);
  }

  private void count(int s, boolean hit, boolean measuring) {
    getsCum[s]++;
    if (hit) {
      hitsCum[s]++;
    }
    if (measuring) {
      gets[s]++;
      if (hit) {
        hits[s]++;
      }
    }
  }
}
