package io.scalelab.simulation.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation found: the content of the result file. Figures pool every replication; {@code
 * ci95} intervals spread over them. Latencies and waits are milliseconds, rates per second,
 * utilisation and shares fractions 0–1.
 *
 * @param scalelab the result-file format version
 * @param design the design's name
 * @param seed the seed the run started from
 * @param replications independent replications run
 * @param simulatedSeconds simulated time per replication, warm-up included
 * @param warmupSeconds the start of each replication left out of every figure but the time series
 * @param endToEnd what users saw
 * @param components per component id, in design order
 * @param bottlenecks queueing components, worst first
 * @param faults what each fault of the timeline did, in timeline order
 * @param timeSeries figures over time, averaged over replications
 * @param cost what the design costs a month at the simulated load, when priced (see {@link
 *     #withCost})
 */
public record SimulationResult(
    int scalelab,
    String design,
    long seed,
    int replications,
    double simulatedSeconds,
    double warmupSeconds,
    EndToEnd endToEnd,
    Map<String, ComponentResult> components,
    List<Bottleneck> bottlenecks,
    List<FaultResult> faults,
    TimeSeries timeSeries,
    Optional<CostReport> cost) {

  /** The result-file format version. */
  public static final int FORMAT_VERSION = 1;

  public SimulationResult {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    bottlenecks = List.copyOf(bottlenecks);
    faults = List.copyOf(faults);
  }

  /** The same result with its cost. */
  public SimulationResult withCost(CostReport report) {
    return new SimulationResult(
        scalelab,
        design,
        seed,
        replications,
        simulatedSeconds,
        warmupSeconds,
        endToEnd,
        components,
        bottlenecks,
        faults,
        timeSeries,
        Optional.of(report));
  }
}
