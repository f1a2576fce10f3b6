package io.scalelab.model.file;

import io.scalelab.model.distribution.Distribution;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads a distribution object: {@code {distribution: exponential, mean: 20ms}} and its kin. */
final class DistributionReader {

  static final String EXPECTED = "a distribution like {distribution: exponential, mean: 20ms}";

  private static final Map<String, List<String>> PARAMETERS =
      Map.of(
          "exponential", List.of("mean"),
          "constant", List.of("value"),
          "uniform", List.of("min", "max"),
          "lognormal", List.of("mean", "sigma"),
          "gamma", List.of("mean", "shape"),
          "erlang", List.of("mean", "phases"),
          "empirical", List.of("percentiles"));

  private DistributionReader() {}

  /** Reads the distribution in {@code field} of {@code parent}, if present. */
  static Optional<Distribution> read(Fields parent, String field) {
    return parent
        .object(field, Vocabulary.DISTRIBUTION, EXPECTED)
        .flatMap(DistributionReader::read);
  }

  private static Optional<Distribution> read(Fields d) {
    Optional<String> name =
        d.required(
            "distribution",
            Kind.byName(Distribution.NAMES, s -> s),
            "the distribution: " + String.join(", ", Distribution.NAMES));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<String> params = PARAMETERS.get(name.get());
    for (String p : Vocabulary.DISTRIBUTION) {
      if (!p.equals("distribution") && d.has(p) && !params.contains(p)) {
        d.notAllowed(p, "for " + name.get() + " (it takes: " + String.join(", ", params) + ")");
      }
    }
    Kind<Duration> positive = Kind.positiveDuration();
    return switch (name.get()) {
      case "exponential" ->
          d.required("mean", positive, "the mean, like 20ms").map(Distribution.Exponential::new);
      case "constant" ->
          d.required("value", Kind.duration(), "the value, like 20ms")
              .map(Distribution.Constant::new);
      case "uniform" -> {
        var min = d.required("min", Kind.duration(), "the minimum, like 10ms");
        var max = d.required("max", Kind.duration(), "the maximum, like 30ms");
        if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
          d.invalid("max", "found a maximum below the minimum; expected max >= min");
          yield Optional.empty();
        }
        yield min.flatMap(lo -> max.map(hi -> new Distribution.Uniform(lo, hi)));
      }
      case "lognormal" -> {
        var mean = d.required("mean", positive, "the mean, like 20ms");
        var sigma =
            d.required(
                "sigma",
                Kind.number(1e-6, 10, "a shape sigma from 0.000001 to 10, like 0.5"),
                "the shape sigma (standard deviation of the logarithm), like 0.5");
        yield mean.flatMap(m -> sigma.map(s -> new Distribution.LogNormal(m, s)));
      }
      case "gamma" -> {
        var mean = d.required("mean", positive, "the mean, like 20ms");
        var shape =
            d.required(
                "shape", Kind.number(1e-6, 1e6, "a shape above 0, like 2"), "the shape k, like 2");
        yield mean.flatMap(m -> shape.map(k -> new Distribution.Gamma(m, k)));
      }
      case "erlang" -> {
        var mean = d.required("mean", positive, "the mean, like 20ms");
        var phases = d.required("phases", Kind.integer(1, 1000), "the number of phases, like 4");
        yield mean.flatMap(m -> phases.map(k -> new Distribution.Erlang(m, k)));
      }
      case "empirical" -> empirical(d);
      default -> throw new AssertionError(name.get());
    };
  }

  private static Optional<Distribution> empirical(Fields d) {
    if (!d.has("percentiles")) {
      d.missing(
          "percentiles", "a percentile table like {p0: 1ms, p50: 10ms, p99: 80ms, p100: 200ms}");
      return Optional.empty();
    }
    TreeMap<Double, Duration> table = new TreeMap<>();
    boolean ok = true;
    for (var e :
        d.entries("percentiles", "a percentile table like {p0: 1ms, p50: 10ms, p100: 200ms}")) {
      Optional<Double> p = Percentiles.parse(e.getKey());
      if (p.isEmpty()) {
        d.context()
            .atKey(
                e.getValue().pointer(),
                "found '" + e.getKey() + "'; expected a percentile key from p0 to p100, like p99");
        ok = false;
        continue;
      }
      Optional<Duration> v =
          d.readValue(e.getValue().node(), e.getValue().pointer(), Kind.duration());
      if (v.isEmpty()) {
        ok = false;
      } else {
        table.put(p.get(), v.get());
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    if (!table.containsKey(0.0) || !table.containsKey(100.0)) {
      d.invalid(
          "percentiles", "found no p0 or no p100; expected both ends of the table, p0 and p100");
      return Optional.empty();
    }
    Duration previous = Duration.ZERO;
    for (var e : table.entrySet()) {
      if (e.getValue().compareTo(previous) < 0) {
        d.invalid(
            "percentiles",
            "found "
                + Percentiles.key(e.getKey())
                + " below a lower percentile; expected values that never decrease");
        return Optional.empty();
      }
      previous = e.getValue();
    }
    return Optional.of(new Distribution.Empirical(table));
  }
}
