package io.scalelab.simulation.engine;

/**
 * The token buckets that refuse work beyond a rate: API Gateway's throttle, Kinesis's per-shard
 * limit, provisioned DynamoDB capacity with its burst, and DynamoDB's per-partition limit.
 */
final class Throttles {

  private final Model m;
  private final double[] tokens;
  private final double[] writeTokens;
  private final long[] refilled;
  private final double[][] partitionTokens;
  private final long[][] partitionRefilled;

  Throttles(Model m) {
    this.m = m;
    int n = m.size;
    tokens = m.throttleBurst.clone();
    writeTokens = m.writeBurst.clone();
    refilled = new long[n];
    partitionTokens = new double[n][];
    partitionRefilled = new long[n][];
    for (int s = 0; s < n; s++) {
      partitionTokens[s] = new double[2 * m.partitions[s]];
      partitionRefilled[s] = new long[m.partitions[s]];
      for (int p = 0; p < m.partitions[s]; p++) {
        partitionTokens[s][2 * p] = Catalog.PARTITION_RCU;
        partitionTokens[s][2 * p + 1] = Catalog.PARTITION_WCU;
      }
    }
  }

  /** Whether station {@code s} takes a read or write of {@code key} at {@code now}. */
  boolean admit(int s, boolean write, long key, long now) {
    if (m.throttleRate[s] > 0 && !bucket(s, write, now)) {
      return false;
    }
    return m.partitions[s] == 0 || partition(s, write, key, now);
  }

  /**
   * Token buckets, refilled at their rate up to their size: API Gateway and Kinesis take one token
   * per request or record; provisioned DynamoDB takes a read's RCU or a write's WCU.
   */
  private boolean bucket(int s, boolean write, long now) {
    double seconds = (now - refilled[s]) / 1e9;
    refilled[s] = now;
    tokens[s] = Math.min(m.throttleBurst[s], tokens[s] + seconds * m.throttleRate[s]);
    if (m.writeRate[s] > 0) {
      writeTokens[s] = Math.min(m.writeBurst[s], writeTokens[s] + seconds * m.writeRate[s]);
      if (write) {
        if (writeTokens[s] < m.writeCost[s]) {
          return false;
        }
        writeTokens[s] -= m.writeCost[s];
        return true;
      }
    }
    if (tokens[s] < m.readCost[s]) {
      return false;
    }
    tokens[s] -= m.readCost[s];
    return true;
  }

  /**
   * A DynamoDB partition's own limit: the key's partition (hash of the key) refills 3,000 RCU and
   * 1,000 WCU per second, with no burst of its own.
   */
  private boolean partition(int s, boolean write, long key, long now) {
    int p = (int) Long.remainderUnsigned(key * 0x9E37_79B9_7F4A_7C15L, m.partitions[s]);
    double[] tokens = partitionTokens[s];
    double seconds = (now - partitionRefilled[s][p]) / 1e9;
    partitionRefilled[s][p] = now;
    tokens[2 * p] =
        Math.min(Catalog.PARTITION_RCU, tokens[2 * p] + seconds * Catalog.PARTITION_RCU);
    tokens[2 * p + 1] =
        Math.min(Catalog.PARTITION_WCU, tokens[2 * p + 1] + seconds * Catalog.PARTITION_WCU);
    int k = write ? 2 * p + 1 : 2 * p;
    double cost = write ? Math.max(1, m.writeCost[s]) : m.readCost[s];
    if (tokens[k] < cost) {
      return false;
    }
    tokens[k] -= cost;
    return true;
  }
}
