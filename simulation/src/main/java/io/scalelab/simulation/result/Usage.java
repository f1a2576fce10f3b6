package io.scalelab.simulation.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one component used after the warm-up, per second of simulated time averaged over
 * replications: what the bill is computed from. Every call carries the workload's request payload
 * and every answer its response payload; bytes are counted against the component that sends them.
 *
 * @param readsPerSecond calls admitted that read (throttled and refused calls are not billed)
 * @param writesPerSecond calls admitted that write
 * @param internetBytesPerSecond answers sent to users over the internet, per user origin id
 * @param crossAzBytesPerSecond bytes sent to a component in another zone of the same region
 * @param interRegion bytes sent to other regions, by source and destination region
 */
public record Usage(
    double readsPerSecond,
    double writesPerSecond,
    Map<String, Double> internetBytesPerSecond,
    double crossAzBytesPerSecond,
    List<Transfer> interRegion) {

  public Usage {
    internetBytesPerSecond =
        Collections.unmodifiableMap(new LinkedHashMap<>(internetBytesPerSecond));
    interRegion = List.copyOf(interRegion);
  }

  /** Calls admitted per second, reads and writes. */
  public double callsPerSecond() {
    return readsPerSecond + writesPerSecond;
  }

  /** Bytes per second sent to users, all origins together. */
  public double internetBytesPerSecondTotal() {
    return internetBytesPerSecond.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Bytes per second sent from one region to another.
   *
   * @param from source region code
   * @param to destination region code
   * @param bytesPerSecond bytes per second
   */
  public record Transfer(String from, String to, double bytesPerSecond) {}
}
