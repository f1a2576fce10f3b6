package io.scalelab.simulation.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipfKeysTest {

  private static final int DRAWS = 2_000_000;
  private static final int TOP = 10;

  /** Euler-Mascheroni constant. */
  private static final double GAMMA = 0.5772156649015329;

  @ParameterizedTest(name = "N {0}, s {1}")
  @CsvSource({"100000, 0.8", "100000, 1.0", "1000, 1.5", "10, 0.0"})
  void topRanksAreDrawnWithTheirZipfProbabilities(long n, double s) {
    double norm = 0;
    for (long i = 1; i <= n; i++) {
      norm += Math.pow(i, -s);
    }
    assertTopRanks(new ZipfKeys(n, s, rng(7)), n, s, norm);
  }

  @Test
  void aBillionKeysFollowTheHarmonicLaw() {
    long n = 1_000_000_000L;
    // H_N = ln N + gamma + 1/(2N) - 1/(12 N^2) + ..., exact to far below the sampling noise here.
    double harmonic = Math.log(n) + GAMMA + 0.5 / n;
    assertTopRanks(new ZipfKeys(n, 1.0, rng(8)), n, 1.0, harmonic);
  }

  @Test
  void exponentTenPutsAlmostEveryDrawOnTheFirstKey() {
    var keys = new ZipfKeys(1_000_000, 10, rng(9));
    int first = 0;
    for (int i = 0; i < DRAWS; i++) {
      if (keys.next() == 0) {
        first++;
      }
    }
    // 1 / zeta(10) = 0.999006...
    assertThat((double) first / DRAWS).isCloseTo(1 / 1.000994575127818, within(2e-4));
  }

  @Test
  void drawsStayWithinTheKeys() {
    var one = new ZipfKeys(1, 0.8, rng(10));
    var all = new ZipfKeys(ZipfKeys.MAX_KEYS, 0, rng(11));
    for (int i = 0; i < 100_000; i++) {
      assertThat(one.next()).isZero();
      long k = all.next();
      assertThat(k).isBetween(0L, ZipfKeys.MAX_KEYS - 1);
    }
  }

  @Test
  void sameStreamGivesSameKeys() {
    var a = new ZipfKeys(1_000, 0.9, rng(12));
    var b = new ZipfKeys(1_000, 0.9, rng(12));
    for (int i = 0; i < 10_000; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Test
  void rejectsImpossibleSettings() {
    assertThatThrownBy(() -> new ZipfKeys(0, 1, rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numberOfKeys");
    assertThatThrownBy(() -> new ZipfKeys(ZipfKeys.MAX_KEYS + 1, 1, rng(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ZipfKeys(10, -0.1, rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exponent");
    assertThatThrownBy(() -> new ZipfKeys(10, 10.5, rng(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ZipfKeys(10, Double.NaN, rng(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The share of each of the top ranks is p_i = (i + 1)^-s / norm within 5%: at least 4 standard
   * errors of a 2-million draw count.
   */
  private static void assertTopRanks(ZipfKeys keys, long n, double s, double norm) {
    long[] counts = new long[TOP];
    for (int i = 0; i < DRAWS; i++) {
      long k = keys.next();
      assertThat(k).isBetween(0L, n - 1);
      if (k < TOP) {
        counts[(int) k]++;
      }
    }
    for (int k = 0; k < Math.min(TOP, n); k++) {
      double p = Math.pow(k + 1, -s) / norm;
      assertThat((double) counts[k] / DRAWS)
          .as("share of key %d", k)
          .isCloseTo(p, within(0.05 * p));
    }
  }

  private static UniformRandomProvider rng(long seed) {
    return RandomSource.XO_SHI_RO_256_PP.create(seed);
  }
}
