package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capacity that moves during a run: EC2 target tracking and the Kubernetes HPA with their delays,
 * and Lambda's concurrency limit (an Erlang loss system).
 */
class ScalingTest {

  private static final String DESIGN =
      """
      scalelab: 1
      name: autoscaling
      regions: [us-east-1]
      workload: {users: 2000, requestsPerUserPerSecond: 0.1}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: %s
          region: us-east-1
          autoscaling: {min: 1, max: 10, metric: cpu, target: 60}
          serviceTime: {distribution: constant, value: 10ms}
      connections:
        - {from: users, to: api}
      """;

  /** 200 requests/s × 10 ms is 2 erlangs: at a 60% target, ceil(2 / 0.6) = 4 instances. */
  private static final int NEEDED = 4;

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(20), Duration.ZERO)
          .withReplications(1, 1)
          .withResolution(Duration.ofSeconds(30));

  @Test
  void ec2TargetTrackingAddsInstancesOnlyAfterTheirWarmUpAndSettlesAtTheTarget() throws Exception {
    SimulationResult r = Simulator.run(TestDesigns.parse(DESIGN.formatted("ec2")), OPTIONS);
    List<Double> seconds = r.timeSeries().seconds();
    List<Double> instances = r.timeSeries().components().get("api").get("instances");
    List<Double> utilization = r.timeSeries().components().get("api").get("utilization");

    // First evaluation after one 60 s period, then 180 s before the new instance serves.
    for (int i = 0; i < seconds.size() && seconds.get(i) <= 240; i++) {
      assertThat(instances.get(i)).as("instances at %ss", seconds.get(i)).isEqualTo(1.0);
    }
    assertThat(instances.get(instances.size() - 1)).isEqualTo(NEEDED);
    assertThat(utilization.get(utilization.size() - 1)).isCloseTo(0.5, within(0.05));
    assertThat(r.components().get("api").instances().orElseThrow().max()).isEqualTo(NEEDED);
  }

  @Test
  void hpaReactsWithinItsSyncPeriodAndPodStartAndSettlesAtTheTarget() throws Exception {
    SimulationResult r = Simulator.run(TestDesigns.parse(DESIGN.formatted("eks")), OPTIONS);
    List<Double> instances = r.timeSeries().components().get("api").get("instances");

    // 15 s sync + 30 s pod start: a second pod serves before the end of the second bucket (60 s).
    assertThat(instances.get(1)).isGreaterThan(1.0);
    // Two minutes in, the HPA has reached the needed pods; it holds them to the end.
    assertThat(instances.subList(4, instances.size()))
        .allSatisfy(n -> assertThat(n).isEqualTo(4.0));
  }

  @Test
  void lambdaAtItsConcurrencyLimitThrottlesAsAnErlangLossSystem() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: lambda-limit
            regions: [us-east-1]
            workload: {users: 2000, requestsPerUserPerSecond: 0.1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: fn
                type: service
                platform: lambda
                region: us-east-1
                concurrencyLimit: 5
                serviceTime: {distribution: exponential, mean: 50ms}
            connections:
              - {from: users, to: fn}
            """);
    var r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(5), Duration.ofSeconds(10))
                .withReplications(4, 2));

    // Offered 200/s × 50 ms = 10 erlangs to 5 servers with no queue: Erlang B(5, 10).
    double blocked = erlangB(5, 10);
    assertThat(r.endToEnd().errorRate()).isCloseTo(blocked, within(0.05 * blocked));
    assertThat(r.components().get("fn").errorsByCause()).containsOnlyKeys("throttled");
    assertThat(r.components().get("fn").instances().orElseThrow().max()).isEqualTo(5);
  }

  @Test
  void aNewLambdaEnvironmentPaysItsColdStartOnce() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: lambda-cold
            regions: [us-east-1]
            workload: {users: 100, requestsPerUserPerSecond: 0.1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: fn
                type: service
                platform: lambda
                region: us-east-1
                serviceTime: {distribution: constant, value: 20ms}
            connections:
              - {from: users, to: fn}
            """);
    var fn =
        Simulator.run(
                design,
                SimulationOptions.defaults()
                    .withDuration(Duration.ofMinutes(2), Duration.ZERO)
                    .withReplications(1, 1))
            .components()
            .get("fn");

    // At 10 requests/s of 20 ms nearly every call is warm (20 ms); the first of each environment
    // also pays the 300 ms cold start. While the first ones start, new arrivals find no idle
    // environment and open more: a handful, far below the 0.2 erlangs' worth at steady state.
    assertThat(fn.latencyMs().p50()).isCloseTo(20, within(0.5));
    assertThat(fn.latencyMs().max()).isCloseTo(320, within(4.0));
    assertThat(fn.instances().orElseThrow().max()).isBetween(2, 12);
    assertThat(fn.latencyMs().p99()).isLessThan(320);
  }

  /** Erlang B by its textbook sum: a^c / c! over the sum of a^k / k!. */
  static double erlangB(int c, double a) {
    double term = 1;
    double sum = 1;
    for (int k = 1; k <= c; k++) {
      term = term * a / k;
      sum += term;
    }
    return term / sum;
  }
}
