package io.scalelab.simulation.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Designs;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cache-aside in a whole simulation: the hit rate emerges from the key popularity and the cache
 * size, and a flush shows in the time series.
 */
class CacheAsideSimulationTest {

  private static final String DESIGN =
      """
      scalelab: 1
      name: cache-aside
      regions: [us-east-1]
      workload:
        users: 2000
        requestsPerUserPerSecond: 0.5
        readShare: 1
        keys: {count: 100000, zipf: %s}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          concurrencyPerInstance: 1000
          serviceTime: {distribution: constant, value: 1ms}
        - {id: cache, type: cache, region: us-east-1, nodeType: cache.r6g.large, capacityItems: %d, eviction: lru}
        - {id: db, type: database, engine: postgres, region: us-east-1, instanceClass: db.r6g.4xlarge}
      connections:
        - {from: users, to: api}
        - {from: api, to: db, via: cache}
      %s
      """;

  @Test
  void hitRateOfTheSimulatedCacheMatchesChesApproximation() throws Exception {
    var design = Designs.parse(DESIGN.formatted("0.8", 1000, ""), "cache.yaml", false);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(10), Duration.ofMinutes(1))
                .withReplications(2, 2));

    double che = CheApproximationTest.cheHitRate(100_000, 0.8, 1000);
    assertThat(r.components().get("cache").hitRate().getAsDouble()).isCloseTo(che, within(0.03));
    // Every miss reads the database: its throughput is the miss rate times the request rate.
    assertThat(r.components().get("db").throughputPerSecond())
        .isCloseTo(1000 * (1 - che), within(1000 * 0.03));
    // The queueing-network estimate takes the cache at its simulated hit rate and agrees.
    double mean = r.endToEnd().latencyMs().mean();
    assertThat(r.endToEnd().analytic().meanLatencyMs().getAsDouble())
        .isCloseTo(mean, within(0.05 * mean));
  }

  @Test
  void aFlushDropsTheHitRateToNothingAndTheDatabaseTakesTheLoadUntilItRefills() throws Exception {
    var design =
        Designs.parse(
            DESIGN.formatted(
                "1.0", 10000, "faults:\n  - {type: cache-flush, component: cache, at: 10m}"),
            "cache.yaml",
            false);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(15), Duration.ofMinutes(1))
                .withReplications(2, 2)
                .withResolution(Duration.ofSeconds(1)));

    List<Double> seconds = r.timeSeries().seconds();
    List<Double> hitRate = r.timeSeries().components().get("cache").get("hitRate");
    List<Double> dbRate = r.timeSeries().components().get("db").get("throughputPerSecond");
    int before = seconds.indexOf(600.0); // the second ending at the flush
    int after = before + 1; // the first second after it
    double steady = hitRate.get(before);
    assertThat(steady).isGreaterThan(0.6);
    // Emptied: the first second after the flush is as cold as the first second of the run ...
    assertThat(hitRate.get(after)).isLessThan(0.7 * steady);
    assertThat(hitRate.get(after)).isCloseTo(hitRate.get(0), within(0.05));
    // ... and every miss goes to the database.
    assertThat(dbRate.get(after)).isGreaterThan(1.5 * dbRate.get(before));
    // Refilled within five minutes: back near the steady hit rate at the end.
    assertThat(hitRate.get(hitRate.size() - 1)).isCloseTo(steady, within(0.05));
  }
}
