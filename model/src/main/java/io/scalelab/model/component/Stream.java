package io.scalelab.model.component;

import java.time.Duration;

/**
 * A Kinesis data stream in provisioned mode: each shard takes 1 MB/s or 1,000 records/s in.
 *
 * @param shards shards, at least 1
 * @param retention how long records are kept, 24 h to 365 days
 */
public record Stream(Basics basics, int shards, Duration retention) implements Component {

  /** Default retention: 24 hours, the Kinesis default (Kinesis Data Streams Developer Guide). */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  public Stream {
    Checks.atLeast("shards", shards, 1);
    if (retention.compareTo(Duration.ofHours(24)) < 0
        || retention.compareTo(Duration.ofDays(365)) > 0) {
      throw new IllegalArgumentException("retention out of 24h..365d: " + retention);
    }
  }

  @Override
  public ComponentType type() {
    return ComponentType.STREAM;
  }
}
