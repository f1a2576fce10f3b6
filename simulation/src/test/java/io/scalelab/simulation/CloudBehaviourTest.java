package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviours that must emerge from the simulation: Route 53 failover time from health checks and
 * TTL, total loss without a second region, API Gateway throttling, and replica lag.
 */
class CloudBehaviourTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(20), Duration.ofMinutes(1))
          .withReplications(2, 2)
          .withResolution(Duration.ofSeconds(10));

  private static final String TWO_REGIONS =
      """
      scalelab: 1
      name: two-regions
      regions: [ap-south-1, us-east-1]
      workload: {users: 1000, requestsPerUserPerSecond: 0.2}
      components:
        - {id: india, type: users, region: ap-south-1}
        - id: dns
          type: dns
          routing: latency
          ttl: 60s
          healthCheck: {interval: 30s, failureThreshold: 3}
        - {id: alb-mumbai, type: load-balancer, region: ap-south-1}
        - {id: alb-virginia, type: load-balancer, region: us-east-1}
        - id: api-mumbai
          type: service
          platform: ec2
          region: ap-south-1
          instances: 2
          concurrencyPerInstance: 50
          serviceTime: {distribution: exponential, mean: 10ms}
        - id: api-virginia
          type: service
          platform: ec2
          region: us-east-1
          instances: 2
          concurrencyPerInstance: 50
          serviceTime: {distribution: exponential, mean: 10ms}
      connections:
        - {from: india, to: dns}
        - {from: dns, to: alb-mumbai}
        - {from: dns, to: alb-virginia}
        - {from: alb-mumbai, to: api-mumbai}
        - {from: alb-virginia, to: api-virginia}
      faults:
        - {type: region-outage, region: ap-south-1, at: 5m10s, duration: 10m}
      """;

  @Test
  void regionOutageFailsOverWithinHealthChecksPlusTtl() throws Exception {
    SimulationResult r = Simulator.run(TestDesigns.parse(TWO_REGIONS), OPTIONS);

    FaultResult outage = r.faults().get(0);
    // Detection takes 3 failed checks 30 s apart (60–90 s after the outage starts), then clients
    // move over as their 60 s DNS caches expire: [90 s, 150 s], with 10% allowance.
    assertThat(outage.recoverySeconds()).isBetween(90.0, 165.0);
    assertThat(outage.failedRequests()).isPositive();
    // Nearly all traffic survives: only the failover window fails, ~2 minutes of 19.
    assertThat(r.endToEnd().availability()).isGreaterThan(0.85);
    // After failover the Indian users are served from Virginia, about 190 ms further away.
    List<Double> p50 = r.timeSeries().endToEnd().get("p50Ms");
    assertThat(p50.get(p50.size() - 30)).isGreaterThan(p50.get(20) + 150);
  }

  @Test
  void aOneRegionDesignLosesEveryRequestForTheOutage() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: one-region
            regions: [us-east-1]
            workload: {users: 1000, requestsPerUserPerSecond: 0.2}
            components:
              - {id: users, type: users, region: us-east-1}
              - {id: alb, type: load-balancer, region: us-east-1}
              - id: api
                type: service
                platform: ec2
                region: us-east-1
                instances: 2
                concurrencyPerInstance: 50
                serviceTime: {distribution: exponential, mean: 10ms}
            connections:
              - {from: users, to: alb}
              - {from: alb, to: api}
            faults:
              - {type: region-outage, region: us-east-1, at: 5m, duration: 5m}
            """);
    SimulationResult r = Simulator.run(design, OPTIONS);

    List<Double> seconds = r.timeSeries().seconds();
    List<Double> errorRate = r.timeSeries().endToEnd().get("errorRate");
    for (int i = 0; i < seconds.size(); i++) {
      double t = seconds.get(i);
      if (t > 310 && t <= 600) {
        assertThat(errorRate.get(i)).as("error rate at %ss", t).isEqualTo(1.0);
      } else if (t < 300 || t > 620) {
        assertThat(errorRate.get(i)).as("error rate at %ss", t).isZero();
      }
    }
    // 200 requests/s for 300 s.
    assertThat(r.faults().get(0).failedRequests()).isCloseTo(60_000, within(3_000.0));
    assertThat(r.endToEnd().errors()).containsKey("unavailable");
  }

  @Test
  void apiGatewayThrottlesWhatExceedsItsSteadyRate() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: throttled
            regions: [us-east-1]
            workload: {users: 12000, requestsPerUserPerSecond: 1}
            components:
              - {id: users, type: users, region: us-east-1}
              - {id: gw, type: api-gateway, region: us-east-1}
              - id: fn
                type: service
                platform: lambda
                region: us-east-1
                serviceTime: {distribution: constant, value: 5ms}
            connections:
              - {from: users, to: gw}
              - {from: gw, to: fn}
            """);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofSeconds(70), Duration.ofSeconds(10))
                .withReplications(2, 2));

    // 12,000/s offered to the default 10,000/s bucket: ~2,000/s refused once the burst is spent.
    var gw = r.components().get("gw");
    assertThat(gw.errorsByCause()).containsOnlyKeys("throttled");
    double throttledPerSecond = gw.errors() / 2.0 / 60;
    assertThat(throttledPerSecond).isCloseTo(2_000, within(100.0));
    assertThat(r.components().get("fn").throughputPerSecond()).isCloseTo(10_000, within(100.0));
  }

  private static final String REPLICATED =
      """
      scalelab: 1
      name: replicated
      regions: [us-east-1]
      workload: {users: %d, requestsPerUserPerSecond: 1, readShare: 0}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          concurrencyPerInstance: 10000
          queueCapacityPerInstance: 1000000
          serviceTime: {distribution: constant, value: 100us}
        - id: db
          type: database
          engine: postgres
          region: us-east-1
          instanceClass: db.r6g.4xlarge
          readReplicas: 1
          writeTime: {distribution: exponential, mean: 1ms}
      connections:
        - {from: users, to: api}
        - {from: api, to: db}
      """;

  @Test
  void replicaLagStaysNearTheShippingDelayBelowApplyCapacityAndGrowsAboveIt() throws Exception {
    var options =
        SimulationOptions.defaults()
            .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(10))
            .withReplications(2, 2);
    // One apply thread at 1 ms per write: 1,000 writes/s. At 500/s the lag is an M/M/1 sojourn
    // (mean 2 ms) plus the 0.45 ms zone hop.
    var below = Simulator.run(TestDesigns.parse(REPLICATED.formatted(500)), options);
    var lagBelow = below.components().get("db").replicaLagMs().orElseThrow();
    assertThat(lagBelow.mean()).isCloseTo(2.45, within(0.25));
    assertThat(lagBelow.p99()).isLessThan(20);

    // At 1,500/s the apply queue grows by 500 writes every second, without bound: its largest lag
    // doubles when the run does.
    var above = Simulator.run(TestDesigns.parse(REPLICATED.formatted(1500)), options);
    var longer =
        Simulator.run(
            TestDesigns.parse(REPLICATED.formatted(1500)),
            options.withDuration(Duration.ofMinutes(4), Duration.ofSeconds(10)));
    double maxLag = above.components().get("db").replicaLagMs().orElseThrow().max();
    assertThat(maxLag).isGreaterThan(30_000);
    assertThat(longer.components().get("db").replicaLagMs().orElseThrow().max())
        .isGreaterThan(1.8 * maxLag);
  }
}
