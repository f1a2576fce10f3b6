package io.scalelab.model.component;

import java.time.Duration;
import java.util.Optional;

/**
 * An SQS queue. Connections into it are producers; connections out of it are consumers that poll.
 *
 * @param ordering standard or FIFO
 * @param visibilityTimeout how long a received message stays hidden before it is delivered again
 * @param maxReceives receives before a message moves to the dead-letter queue; empty for no DLQ
 * @param retention how long an unconsumed message is kept
 */
public record Queue(
    Basics basics,
    Ordering ordering,
    Duration visibilityTimeout,
    Optional<Integer> maxReceives,
    Duration retention)
    implements Component {

  /** Default visibility timeout: 30 s, the SQS default (SQS Developer Guide). */
  public static final Duration DEFAULT_VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

  /** Default retention: 4 days, the SQS default (SQS Developer Guide). */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(4);

  /** Longest visibility timeout SQS allows: 12 hours. */
  public static final Duration MAX_VISIBILITY_TIMEOUT = Duration.ofHours(12);

  /** Retention limits SQS allows: 60 s to 14 days. */
  public static final Duration MIN_RETENTION = Duration.ofSeconds(60);

  /** See {@link #MIN_RETENTION}. */
  public static final Duration MAX_RETENTION = Duration.ofDays(14);

  public Queue {
    if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(MAX_VISIBILITY_TIMEOUT) > 0) {
      throw new IllegalArgumentException("visibilityTimeout out of 0s..12h: " + visibilityTimeout);
    }
    maxReceives.ifPresent(m -> Checks.inRange("maxReceives", m, 1, 1000));
    if (retention.compareTo(MIN_RETENTION) < 0 || retention.compareTo(MAX_RETENTION) > 0) {
      throw new IllegalArgumentException("retention out of 60s..14d: " + retention);
    }
  }

  @Override
  public ComponentType type() {
    return ComponentType.QUEUE;
  }

  /** Standard (at-least-once, best-effort order) or FIFO. */
  public enum Ordering implements Choice {
    STANDARD,
    FIFO
  }
}
