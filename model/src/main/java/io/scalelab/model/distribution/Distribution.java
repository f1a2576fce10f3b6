package io.scalelab.model.distribution;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

/**
 * A distribution of a non-negative duration: a service time or a think time. Every parameter that
 * is a time carries its unit. The {@link #mean()} feeds the analytic cross-checks (M/M/c, M/G/c).
 */
public sealed interface Distribution
    permits Distribution.Exponential,
        Distribution.Constant,
        Distribution.Uniform,
        Distribution.LogNormal,
        Distribution.Gamma,
        Distribution.Erlang,
        Distribution.Empirical {

  /** The names used for the {@code distribution} key of design files. */
  List<String> NAMES =
      List.of("exponential", "constant", "uniform", "lognormal", "gamma", "erlang", "empirical");

  /** The name of this distribution in design files. */
  String name();

  /** The mean of this distribution. */
  Duration mean();

  /** Exponential (memoryless) with the given mean: the M in M/M/c. */
  record Exponential(Duration mean) implements Distribution {
    public Exponential {
      requirePositive("mean", mean);
    }

    @Override
    public String name() {
      return "exponential";
    }
  }

  /** Always the same value: the D in M/D/1. */
  record Constant(Duration value) implements Distribution {
    public Constant {
      requireNonNegative("value", value);
    }

    @Override
    public String name() {
      return "constant";
    }

    @Override
    public Duration mean() {
      return value;
    }
  }

  /** Uniform between {@code min} and {@code max}, both included. */
  record Uniform(Duration min, Duration max) implements Distribution {
    public Uniform {
      requireNonNegative("min", min);
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("max < min: " + max + " < " + min);
      }
    }

    @Override
    public String name() {
      return "uniform";
    }

    @Override
    public Duration mean() {
      return min.plus(max).dividedBy(2);
    }
  }

  /**
   * Log-normal with the given mean and shape {@code sigma} (the standard deviation of the
   * logarithm): a long right tail, as measured service times usually have.
   */
  record LogNormal(Duration mean, double sigma) implements Distribution {
    public LogNormal {
      requirePositive("mean", mean);
      if (!(sigma > 0) || !Double.isFinite(sigma)) {
        throw new IllegalArgumentException("sigma must be > 0: " + sigma);
      }
    }

    @Override
    public String name() {
      return "lognormal";
    }
  }

  /** Gamma with the given mean and shape {@code k > 0}; squared coefficient of variation is 1/k. */
  record Gamma(Duration mean, double shape) implements Distribution {
    public Gamma {
      requirePositive("mean", mean);
      if (!(shape > 0) || !Double.isFinite(shape)) {
        throw new IllegalArgumentException("shape must be > 0: " + shape);
      }
    }

    @Override
    public String name() {
      return "gamma";
    }
  }

  /** Erlang: the sum of {@code phases} exponential stages, with the given overall mean. */
  record Erlang(Duration mean, int phases) implements Distribution {
    public Erlang {
      requirePositive("mean", mean);
      if (phases < 1) {
        throw new IllegalArgumentException("phases must be >= 1: " + phases);
      }
    }

    @Override
    public String name() {
      return "erlang";
    }
  }

  /**
   * Empirical, from a percentile table (e.g. measured p0, p50, p90, p99, p100), sampled by linear
   * interpolation of the inverse CDF between the listed points.
   *
   * @param percentiles from percentile (0–100, must include 0 and 100) to value, values
   *     non-decreasing
   */
  record Empirical(SortedMap<Double, Duration> percentiles) implements Distribution {
    public Empirical {
      percentiles =
          java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(percentiles));
      if (!percentiles.containsKey(0.0) || !percentiles.containsKey(100.0)) {
        throw new IllegalArgumentException("percentiles must include p0 and p100: " + percentiles);
      }
      Duration previous = Duration.ZERO;
      for (var e : percentiles.entrySet()) {
        if (e.getKey() < 0 || e.getKey() > 100) {
          throw new IllegalArgumentException("percentile out of 0..100: " + e.getKey());
        }
        if (e.getValue().compareTo(previous) < 0) {
          throw new IllegalArgumentException("values must not decrease: " + percentiles);
        }
        previous = e.getValue();
      }
    }

    @Override
    public String name() {
      return "empirical";
    }

    /** The mean of the piecewise-linear inverse CDF: the trapezoid rule over the table. */
    @Override
    public Duration mean() {
      double nanos = 0;
      Double lastP = null;
      Duration lastV = null;
      for (var e : percentiles.entrySet()) {
        if (lastP != null) {
          double width = (e.getKey() - lastP) / 100.0;
          nanos += width * (lastV.toNanos() + e.getValue().toNanos()) / 2.0;
        }
        lastP = e.getKey();
        lastV = e.getValue();
      }
      return Duration.ofNanos(Math.round(nanos));
    }
  }

  private static void requirePositive(String name, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0: " + d);
    }
  }

  private static void requireNonNegative(String name, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0: " + d);
    }
  }
}
