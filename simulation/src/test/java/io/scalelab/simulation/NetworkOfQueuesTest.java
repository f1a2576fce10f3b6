package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.network.Latencies;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Networks of queues against closed forms: a Jackson tandem, round-robin splitting (E2/M/1), and
 * the network delays of the cited latency table.
 */
class NetworkOfQueuesTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(5), Duration.ofSeconds(10))
          .withReplications(4, 2);

  @Test
  void twoStationTandemIsTheSumOfTwoIndependentMm1Queues() throws Exception {
    double lambda = 500;
    double muA = 1000;
    double muB = 800;
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: tandem
            regions: [us-east-1]
            workload: {users: 1000, requestsPerUserPerSecond: 0.5}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: a
                type: service
                platform: ec2
                region: us-east-1
                zones: [us-east-1a]
                queueCapacityPerInstance: 1000000
                serviceTime: {distribution: exponential, mean: 1ms}
              - id: b
                type: service
                platform: ec2
                region: us-east-1
                zones: [us-east-1a]
                queueCapacityPerInstance: 1000000
                serviceTime: {distribution: exponential, mean: 1250us}
            connections:
              - {from: users, to: a}
              - {from: a, to: b}
            """);
    SimulationResult r = Simulator.run(design, OPTIONS);

    double wA = 1000 / (muA - lambda);
    double wB = 1000 / (muB - lambda);
    // Station b's own sojourn; a's latency includes its synchronous call to b and the hop both
    // ways.
    double hopMs = Latencies.DEFAULT_INTRA_AZ.toNanos() / 1e6;
    assertThat(r.components().get("b").latencyMs().mean()).isCloseTo(wB, within(0.05 * wB));
    double aMean = wA + 2 * hopMs + wB;
    assertThat(r.components().get("a").latencyMs().mean()).isCloseTo(aMean, within(0.05 * aMean));
    // End to end: users' access both ways plus the sum of two independent exponential sojourns
    // (Burke, Reich): its 95th percentile is that of a hypoexponential distribution.
    double networkMs = Latencies.DEFAULT_USER_ACCESS_RTT.toNanos() / 1e6 + 2 * hopMs;
    double e2eMean = networkMs + wA + wB;
    assertThat(r.endToEnd().latencyMs().mean()).isCloseTo(e2eMean, within(0.05 * e2eMean));
    double p95 =
        networkMs + hypoexponentialQuantile(0.95, (muA - lambda) / 1000, (muB - lambda) / 1000);
    assertThat(r.endToEnd().latencyMs().p95()).isCloseTo(p95, within(0.10 * p95));
    assertThat(r.endToEnd().analytic().meanLatencyMs().getAsDouble())
        .isCloseTo(e2eMean, within(0.05 * e2eMean));
  }

  @Test
  void roundRobinSplittingGivesEachInstanceErlang2ArrivalsAndTheE2M1Wait() throws Exception {
    double lambda = 1600; // split over two instances: 800/s each
    double mu = 1000;
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: round-robin
            regions: [us-east-1]
            workload: {users: 1000, requestsPerUserPerSecond: 1.6}
            components:
              - {id: users, type: users, region: us-east-1}
              - {id: alb, type: load-balancer, region: us-east-1, algorithm: round-robin}
              - id: api
                type: service
                platform: ec2
                region: us-east-1
                instances: 2
                queueCapacityPerInstance: 1000000
                serviceTime: {distribution: exponential, mean: 1ms}
            connections:
              - {from: users, to: alb}
              - {from: alb, to: api}
            """);
    var api = Simulator.run(design, OPTIONS).components().get("api");

    // GI/M/1: Wq = sigma / (mu (1 - sigma)), sigma the root in (0,1) of sigma = A*(mu (1 - sigma)),
    // with A*(s) = (2 l / (2 l + s))^2 for Erlang-2 interarrivals of rate l = lambda / 2.
    double l = lambda / 2;
    double sigma = 0.5;
    for (int i = 0; i < 10_000; i++) {
      double s = mu * (1 - sigma);
      sigma = Math.pow(2 * l / (2 * l + s), 2);
    }
    double waitMs = 1000 * sigma / (mu * (1 - sigma));
    assertThat(api.queueWaitMs().mean()).isCloseTo(waitMs, within(0.05 * waitMs));
  }

  @Test
  void usersInAnotherRegionPayTheCitedRoundTripBothWays() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: far-users
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
            """);
    var r = Simulator.run(design, OPTIONS);

    // CloudPing p50 ap-south-1 -> us-east-1: 189.7 ms (shared/data/aws-latency.csv), plus access.
    double expected = 189.7 + Latencies.DEFAULT_USER_ACCESS_RTT.toNanos() / 1e6 + 1;
    assertThat(r.endToEnd().latencyMs().mean()).isCloseTo(expected, within(0.5));
  }

  /**
   * Quantile of the sum of two independent exponentials with rates a != b (per ms), by bisection.
   */
  static double hypoexponentialQuantile(double q, double a, double b) {
    double lo = 0;
    double hi = 1000 / Math.min(a, b);
    for (int i = 0; i < 200; i++) {
      double t = (lo + hi) / 2;
      double cdf = 1 - (b * Math.exp(-a * t) - a * Math.exp(-b * t)) / (b - a);
      if (cdf < q) {
        lo = t;
      } else {
        hi = t;
      }
    }
    return (lo + hi) / 2;
  }
}
