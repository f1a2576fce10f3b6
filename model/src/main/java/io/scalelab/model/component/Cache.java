package io.scalelab.model.component;

import io.scalelab.model.unit.DataSize;
import java.time.Duration;
import java.util.Optional;

/**
 * ElastiCache used as a cache-aside cache: a connection to a database {@code via} this cache reads
 * here first and fills it on a miss.
 *
 * @param engine the cache engine
 * @param nodeType ElastiCache node type, e.g. {@code cache.r6g.large}
 * @param shards shards (node groups) in cluster mode; 1 without cluster mode
 * @param replicasPerShard read replicas per shard, 0–5
 * @param capacityItems how many items fit; empty to derive it from the node memory and item size
 * @param itemSize the typical size of a cached item
 * @param eviction what is evicted when the cache is full
 * @param ttl how long an item lives; empty for no expiry (only eviction and invalidation remove it)
 */
public record Cache(
    Basics basics,
    Engine engine,
    String nodeType,
    int shards,
    int replicasPerShard,
    Optional<Long> capacityItems,
    DataSize itemSize,
    Eviction eviction,
    Optional<Duration> ttl)
    implements Component {

  /** Default item size: 1 KiB, an assumption for a serialized row or small JSON document. */
  public static final DataSize DEFAULT_ITEM_SIZE = DataSize.ofKibibytes(1);

  /** Most replicas per shard ElastiCache allows (ElastiCache User Guide, "Quotas"). */
  public static final int MAX_REPLICAS_PER_SHARD = 5;

  /** Most shards of a cluster-mode replication group (ElastiCache User Guide, "Quotas"). */
  public static final int MAX_SHARDS = 500;

  public Cache {
    if (!nodeType.startsWith("cache.")) {
      throw new IllegalArgumentException("nodeType must start with 'cache.': " + nodeType);
    }
    Checks.inRange("shards", shards, 1, MAX_SHARDS);
    Checks.inRange("replicasPerShard", replicasPerShard, 0, MAX_REPLICAS_PER_SHARD);
    capacityItems.ifPresent(c -> Checks.atLeast("capacityItems", c, 1));
    ttl.ifPresent(t -> Checks.positive("ttl", t));
  }

  /** All nodes: each shard's primary and its replicas. */
  public int nodes() {
    return shards * (1 + replicasPerShard);
  }

  @Override
  public ComponentType type() {
    return ComponentType.CACHE;
  }

  /** ElastiCache engines. */
  public enum Engine implements Choice {
    REDIS,
    VALKEY,
    MEMCACHED
  }

  /** Eviction policies: Redis {@code allkeys-lru} and {@code allkeys-lfu}. */
  public enum Eviction implements Choice {
    LRU,
    LFU
  }
}
