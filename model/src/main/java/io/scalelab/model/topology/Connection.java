package io.scalelab.model.topology;

import io.scalelab.model.component.Choice;
import io.scalelab.model.unit.DataSize;
import java.util.Optional;

/**
 * A call from one component to another: an edge of the topology, with its own id so that two calls
 * between the same components stay two edges.
 *
 * @param id unique within the design; defaults to {@code from->to}
 * @param from id of the calling component
 * @param to id of the called component
 * @param mode synchronous calls add their time to the caller's; asynchronous ones do not
 * @param share share of the requests passing {@code from} that make this call, in [0, 1]
 * @param callsPerRequest calls made per request that makes the call, &gt; 0 (may be fractional)
 * @param operation whether the call reads, writes, or follows the workload's read share
 * @param via id of a cache read first (cache-aside) on the way to {@code to}
 * @param requestSize overrides the workload's request size for this call
 * @param responseSize overrides the workload's response size for this call
 * @param weight Route 53 weighted routing: this record's weight, 0–255
 * @param failover Route 53 failover routing: this record's role
 * @param concurrency consumers polling a queue or stream: messages in flight at once
 */
public record Connection(
    String id,
    String from,
    String to,
    CallMode mode,
    double share,
    double callsPerRequest,
    Operation operation,
    Optional<String> via,
    Optional<DataSize> requestSize,
    Optional<DataSize> responseSize,
    Optional<Integer> weight,
    Optional<FailoverRole> failover,
    Optional<Integer> concurrency) {

  public Connection {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in [0, 1]: " + share);
    }
    if (!(callsPerRequest > 0) || !Double.isFinite(callsPerRequest)) {
      throw new IllegalArgumentException("callsPerRequest must be > 0: " + callsPerRequest);
    }
    weight.ifPresent(
        w -> {
          if (w < 0 || w > 255) {
            throw new IllegalArgumentException("weight must be in 0..255: " + w);
          }
        });
    concurrency.ifPresent(
        c -> {
          if (c < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1: " + c);
          }
        });
  }

  /** A synchronous call of every request, once, following the workload's read share. */
  public static Connection of(String from, String to) {
    return new Connection(
        defaultId(from, to),
        from,
        to,
        CallMode.SYNC,
        1.0,
        1.0,
        Operation.MIXED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The id a connection gets when the file names none: {@code from->to}. */
  public static String defaultId(String from, String to) {
    return from + "->" + to;
  }

  /** Synchronous or asynchronous. */
  public enum CallMode implements Choice {
    SYNC,
    ASYNC
  }

  /** What a call does to the data it touches. */
  public enum Operation implements Choice {
    READ,
    WRITE,
    /** Reads with the workload's (or origin's) read share, writes otherwise. */
    MIXED
  }

  /** Route 53 failover roles. */
  public enum FailoverRole implements Choice {
    PRIMARY,
    SECONDARY
  }
}
