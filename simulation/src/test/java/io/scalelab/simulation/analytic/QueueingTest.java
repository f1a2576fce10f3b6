package io.scalelab.simulation.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.distribution.Distribution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueueingTest {

  @Test
  void erlangCMatchesTextbookValues() {
    // c = 2, a = 1: C = 1/3 (Kleinrock vol. 1, M/M/2 at rho = 0.5).
    assertThat(Queueing.erlangC(2, 1)).isCloseTo(1.0 / 3, within(1e-12));
    // c = 1: C = rho.
    assertThat(Queueing.erlangC(1, 0.7)).isCloseTo(0.7, within(1e-12));
    // Large c stays finite and in (0, 1) thanks to the Erlang B recursion.
    assertThat(Queueing.erlangC(2000, 1950)).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void oneServerWaitIsPollaczekKhinchine() {
    // M/D/1, rho = 0.8, D = 1: Wq = rho D / (2 (1 - rho)) = 2.
    assertThat(Queueing.meanWait(0.8, 1, 0, 1)).isCloseTo(2, within(1e-12));
    // M/M/1: Wq = rho / (mu - lambda) = 0.5 / 0.5 = 1.
    assertThat(Queueing.meanWait(0.5, 1, 1, 1)).isCloseTo(1, within(1e-12));
    assertThat(Queueing.meanWait(1.2, 1, 1, 1)).isInfinite();
  }

  @Test
  void squaredCoefficientsOfVariationFollowTheDistributions() {
    Duration ms = Duration.ofMillis(10);
    assertThat(Queueing.scv(new Distribution.Exponential(ms))).isEqualTo(1);
    assertThat(Queueing.scv(new Distribution.Constant(ms))).isEqualTo(0);
    assertThat(Queueing.scv(new Distribution.Erlang(ms, 4))).isEqualTo(0.25);
    assertThat(Queueing.scv(new Distribution.Gamma(ms, 2))).isEqualTo(0.5);
    assertThat(Queueing.scv(new Distribution.LogNormal(ms, 0.5)))
        .isCloseTo(Math.exp(0.25) - 1, within(1e-12));
    // Uniform(0, 2m): variance (2m)^2/12, mean m -> 1/3.
    assertThat(Queueing.scv(new Distribution.Uniform(Duration.ZERO, Duration.ofMillis(20))))
        .isCloseTo(1.0 / 3, within(1e-12));
  }
}
