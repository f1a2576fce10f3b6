package io.scalelab.simulation.engine;

/** Why a call failed. */
enum Cause {
  /** The station's queue was full: the request was refused at once. */
  QUEUE_FULL("queue-full"),
  /** The request waited or took longer than the station's timeout. */
  TIMEOUT("timeout"),
  /** Lambda refused the invocation: concurrency limit or scaling rate reached. */
  THROTTLED("throttled"),
  /** No instance was in service (all down, or still starting). */
  NO_CAPACITY("no-capacity"),
  /** The component was unreachable: its region or zone down, or a database failing over. */
  UNAVAILABLE("unavailable"),
  /** The instance serving or about to serve the call crashed. */
  INSTANCE_DOWN("instance-down"),
  /** A synchronous call it made failed. */
  DOWNSTREAM("downstream");

  private final String key;

  Cause(String key) {
    this.key = key;
  }

  /** The name used in result files. */
  String key() {
    return key;
  }
}
