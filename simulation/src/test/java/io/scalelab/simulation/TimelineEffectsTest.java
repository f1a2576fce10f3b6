package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the workload's shape and the remaining faults do over time: spikes, a zone outage, a
 * slowdown, a lag spike, and a network override.
 */
class TimelineEffectsTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(10), Duration.ZERO)
          .withReplications(2, 2)
          .withResolution(Duration.ofSeconds(10));

  private static final String SERVICE =
      """
      scalelab: 1
      name: timeline
      regions: [us-east-1]
      workload:
        users: 1000
        requestsPerUserPerSecond: 0.1
        readShare: 0.5
        %s
      components:
        - {id: users, type: users, region: us-east-1}
        - {id: alb, type: load-balancer, region: us-east-1, zones: [us-east-1a, us-east-1b]}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          zones: [us-east-1a, us-east-1b]
          autoscaling: {min: 2, max: 6}
          concurrencyPerInstance: 50
          serviceTime: {distribution: constant, value: 10ms}
        - id: db
          type: database
          engine: postgres
          region: us-east-1
          zones: [us-east-1b]
          instanceClass: db.r6g.xlarge
          readReplicas: 1
          writeTime: {distribution: constant, value: 1ms}
      connections:
        - {from: users, to: alb}
        - {from: alb, to: api}
        - {from: api, to: db}
      faults:
      %s
      """;

  private static double mean(List<Double> xs, List<Double> seconds, double from, double to) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < xs.size(); i++) {
      if (seconds.get(i) > from && seconds.get(i) <= to) {
        sum += xs.get(i);
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void aSpikeMultipliesTheOfferedLoadForItsDuration() throws Exception {
    SimulationResult r =
        Simulator.run(
            TestDesigns.parse(
                SERVICE.formatted("spikes: [{at: 3m, duration: 2m, multiplier: 3}]", "  []")),
            OPTIONS);

    var seconds = r.timeSeries().seconds();
    var rate = r.timeSeries().endToEnd().get("throughputPerSecond");
    assertThat(mean(rate, seconds, 60, 180)).isCloseTo(100, within(5.0));
    assertThat(mean(rate, seconds, 190, 300)).isCloseTo(300, within(15.0));
    assertThat(mean(rate, seconds, 310, 600)).isCloseTo(100, within(5.0));
  }

  @Test
  void aZoneOutageCostsOnlyTheAlbDetectionWindowAndTheGroupRefillsTheOtherZone() throws Exception {
    SimulationResult r =
        Simulator.run(
            TestDesigns.parse(
                SERVICE.formatted(
                    "", "  - {type: az-outage, zone: us-east-1a, at: 2m, duration: 5m}")),
            OPTIONS);

    var outage = r.faults().get(0);
    // The database sits in zone b. The api instance in zone a is lost; the ALB sends to it until 2
    // checks 30 s apart fail.
    assertThat(outage.recoverySeconds()).isCloseTo(60, within(5.0));
    // Its replacement starts in zone b after the detection and the 180 s warm-up.
    var instances = r.timeSeries().components().get("api").get("instances");
    var seconds = r.timeSeries().seconds();
    assertThat(instances.get(seconds.indexOf(170.0))).isEqualTo(1.0);
    assertThat(instances.get(seconds.indexOf(420.0))).isEqualTo(2.0);
  }

  @Test
  void aSlowdownMultipliesServiceTimesAndALagSpikeAddsToReplicaLag() throws Exception {
    SimulationResult r =
        Simulator.run(
            TestDesigns.parse(
                SERVICE.formatted(
                    "",
                    """
                      - {type: dependency-slowdown, component: api, at: 2m, duration: 2m, multiplier: 3}
                      - {type: replica-lag-spike, component: db, at: 6m, duration: 2m, extraLag: 30s}
                    """)),
            OPTIONS);

    var seconds = r.timeSeries().seconds();
    var apiLatency = r.timeSeries().components().get("api").get("meanLatencyMs");
    double normal = mean(apiLatency, seconds, 60, 120);
    double slow = mean(apiLatency, seconds, 130, 240);
    // 10 ms of service becomes 30 ms; the database call (about 1.5 ms with hops) is unchanged.
    assertThat(slow - normal).isCloseTo(20, within(1.0));
    // For a quarter of the run every write's lag includes 30 s more.
    var lag = r.components().get("db").replicaLagMs().orElseThrow();
    assertThat(lag.p99()).isGreaterThan(30_000);
    assertThat(lag.p50()).isLessThan(100);
  }

  @Test
  void aNetworkOverrideReplacesTheCitedRoundTrip() throws Exception {
    String design =
        """
        scalelab: 1
        name: far
        regions: [ap-south-1, us-east-1]
        workload: {users: 100, requestsPerUserPerSecond: 1}
        components:
          - {id: india, type: users, region: ap-south-1}
          - id: api
            type: service
            platform: ec2
            region: us-east-1
            concurrencyPerInstance: 1000
            serviceTime: {distribution: constant, value: 1ms}
        connections:
          - {from: india, to: api}
        network:
          regions: [{from: ap-south-1, to: us-east-1, rtt: 100ms}]
        """;
    SimulationResult r = Simulator.run(TestDesigns.parse(design), OPTIONS);

    assertThat(r.endToEnd().latencyMs().mean()).isCloseTo(100 + 20 + 1, within(0.5));
  }
}
