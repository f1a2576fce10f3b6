package io.scalelab.simulation.engine;

/** How a component behaves as a station of the queueing network. */
enum StationKind {
  /** A user origin: requests start here; it takes no time and has no capacity limit. */
  ORIGIN,
  /** Route 53: sends each request down exactly one of its records, by its routing policy. */
  ROUTER,
  /** Infinite capacity with a delay: edges, gateways, queues' send path, object storage. */
  DELAY,
  /** Finite servers (instances × concurrency) with FIFO queues per instance. */
  QUEUE,
  /** Lambda: one execution environment per concurrent request, created on demand. */
  LAMBDA
}
