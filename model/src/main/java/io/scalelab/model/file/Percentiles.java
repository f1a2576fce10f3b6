package io.scalelab.model.file;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Percentile keys of design files: {@code p50}, {@code p99.9}, {@code p100}. */
final class Percentiles {

  private static final Pattern KEY = Pattern.compile("p([0-9]{1,3}(\\.[0-9]+)?)");

  private Percentiles() {}

  /**
   * The percentile of a key such as {@code p99.9}; empty when the key has another form or is over
   * 100.
   */
  static Optional<Double> parse(String key) {
    var m = KEY.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    double p = Double.parseDouble(m.group(1));
    return p > 100 ? Optional.empty() : Optional.of(p);
  }

  /** The key of a percentile: {@code p99.9}, {@code p50}. */
  static String key(double percentile) {
    return "p" + new BigDecimal(Double.toString(percentile)).stripTrailingZeros().toPlainString();
  }
}
