package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against closed-form queueing results computed here, independently of the code under
 * test: M/M/1, M/M/c (Erlang C from its textbook sum), M/D/1 (Pollaczek–Khinchine and Erlang's
 * waiting-time distribution), and overload. Means within 5%, 95th percentiles within 10%.
 */
class QueueingClosedFormTest {

  /** Long enough for ~1M requests per case at these rates, in four replications on two threads. */
  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(5), Duration.ofSeconds(10))
          .withReplications(4, 2);

  @ParameterizedTest(name = "M/M/1 at rho = {0}")
  @CsvSource({"0.5", "0.9"})
  void mm1MatchesTheExponentialSojournTime(double rho) throws Exception {
    double mu = 1000; // per second: 1 ms mean service
    double lambda = rho * mu;
    ComponentResult api =
        run(TestDesigns.singleStation(lambda, 1, "{distribution: exponential, mean: 1ms}"));

    // M/M/1 FIFO sojourn time is exponential with rate mu - lambda.
    double meanMs = 1000 / (mu - lambda);
    double p95Ms = -Math.log(0.05) * meanMs;
    assertThat(api.latencyMs().mean()).isCloseTo(meanMs, within(0.05 * meanMs));
    assertThat(api.latencyMs().p95()).isCloseTo(p95Ms, within(0.10 * p95Ms));
    assertThat(api.utilization()).isCloseTo(rho, within(0.01));
    assertThat(api.queueWaitMs().mean()).isCloseTo(rho * meanMs, within(0.05 * rho * meanMs));
  }

  @Test
  void mmcWithFourServersAtRho08MatchesErlangC() throws Exception {
    int c = 4;
    double mu = 1000;
    double lambda = 0.8 * c * mu;
    ComponentResult api =
        run(TestDesigns.singleStation(lambda, c, "{distribution: exponential, mean: 1ms}"));

    double erlangC = erlangC(c, lambda / mu);
    double meanWaitMs = 1000 * erlangC / (c * mu - lambda);
    // P(Wq > t) = C exp(-(c mu - lambda) t)
    double p95WaitMs = 1000 * Math.log(erlangC / 0.05) / (c * mu - lambda);
    assertThat(api.queueWaitMs().mean()).isCloseTo(meanWaitMs, within(0.05 * meanWaitMs));
    assertThat(api.queueWaitMs().p95()).isCloseTo(p95WaitMs, within(0.10 * p95WaitMs));
    double meanSojournMs = meanWaitMs + 1;
    assertThat(api.latencyMs().mean()).isCloseTo(meanSojournMs, within(0.05 * meanSojournMs));
    assertThat(api.analytic().orElseThrow().meanWaitMs().getAsDouble())
        .isCloseTo(meanWaitMs, within(0.05 * meanWaitMs));
  }

  @Test
  void md1MatchesPollaczekKhinchineAndErlangsWaitingTimeDistribution() throws Exception {
    double d = 1; // ms
    double lambda = 800; // per second
    double rho = lambda * d / 1000;
    ComponentResult api =
        run(TestDesigns.singleStation(lambda, 1, "{distribution: constant, value: 1ms}"));

    double meanWaitMs = rho * d / (2 * (1 - rho));
    assertThat(api.queueWaitMs().mean()).isCloseTo(meanWaitMs, within(0.05 * meanWaitMs));
    assertThat(api.latencyMs().mean()).isCloseTo(meanWaitMs + d, within(0.05 * (meanWaitMs + d)));
    double p95WaitMs = md1WaitQuantile(0.95, lambda / 1000, d);
    assertThat(api.queueWaitMs().p95()).isCloseTo(p95WaitMs, within(0.10 * p95WaitMs));
  }

  @Test
  void overloadFillsTheQueueRefusesTheExcessAndNamesTheBottleneck() throws Exception {
    // 150 requests/s offered to one server of 100/s, with the default queue of 100 per instance.
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: overload
            regions: [us-east-1]
            workload: {users: 1500, requestsPerUserPerSecond: 0.1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: api
                type: service
                platform: ec2
                region: us-east-1
                instances: 1
                serviceTime: {distribution: exponential, mean: 10ms}
            connections:
              - {from: users, to: api}
            """);
    SimulationResult r = Simulator.run(design, OPTIONS);
    ComponentResult api = r.components().get("api");

    assertThat(api.utilization()).isGreaterThan(0.99);
    assertThat(api.throughputPerSecond()).isCloseTo(100, within(5.0));
    assertThat(r.endToEnd().errorRate()).isCloseTo(50.0 / 150, within(0.03));
    assertThat(api.errorsByCause()).containsKey("queue-full");
    assertThat(api.meanQueueLength()).isGreaterThan(90);
    assertThat(api.analytic().orElseThrow().meanWaitMs()).isEmpty();
    assertThat(r.bottlenecks().get(0).component()).isEqualTo("api");
    assertThat(r.bottlenecks().get(0).reason())
        .contains("api: 100% utilised")
        .contains("queue-full");
    // The queue grows from empty: its length in the first bucket is below that of the last.
    var queue = r.timeSeries().components().get("api").get("queueLength");
    assertThat(queue.get(0)).isLessThan(queue.get(queue.size() - 1));
  }

  private static ComponentResult run(io.scalelab.model.Design design) throws Exception {
    return Simulator.run(design, OPTIONS).components().get("api");
  }

  /** Erlang C by its textbook definition: the M/M/c probability of waiting. */
  static double erlangC(int c, double a) {
    double sum = 0;
    double term = 1;
    for (int k = 0; k < c; k++) {
      sum += term;
      term = term * a / (k + 1);
    }
    double top = term * c / (c - a); // a^c / c! · c / (c − a)
    return top / (sum + top);
  }

  /**
   * The q-quantile of the M/D/1 waiting time by bisection on Erlang's distribution (1909): P(W ≤ t)
   * = (1 − ρ) Σ_{k=0}^{⌊t/D⌋} (λ(kD − t))^k / k! · e^{−λ(kD − t)}, λ per ms, D in ms.
   */
  static double md1WaitQuantile(double q, double lambdaPerMs, double d) {
    double lo = 0;
    double hi = 20 * d; // the 95th percentile at rho = 0.8 is well inside; keeps the sum stable
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (md1WaitCdf(mid, lambdaPerMs, d) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Summed in BigDecimal: the terms alternate in sign and grow large before they cancel. */
  static double md1WaitCdf(double t, double lambda, double d) {
    var mc = java.math.MathContext.DECIMAL128;
    double rho = lambda * d;
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    java.math.BigDecimal factorial = java.math.BigDecimal.ONE;
    for (int k = 0; k <= Math.floor(t / d); k++) {
      if (k > 0) {
        factorial = factorial.multiply(java.math.BigDecimal.valueOf(k));
      }
      double x = lambda * (k * d - t);
      java.math.BigDecimal term =
          new java.math.BigDecimal(x)
              .pow(k, mc)
              .divide(factorial, mc)
              .multiply(new java.math.BigDecimal(Math.exp(-x)), mc);
      sum = sum.add(term, mc);
    }
    return (1 - rho) * sum.doubleValue();
  }
}
