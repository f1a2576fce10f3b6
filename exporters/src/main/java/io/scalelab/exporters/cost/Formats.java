package io.scalelab.exporters.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are written in reports. Never the platform locale: a report made in Paris reads the
 * same as one made in Ohio ({@code $1,234.56} in HTML, {@code 1234.56} in CSV).
 */
final class Formats {

  /** Shown where a figure does not exist, such as a cost per user with no users. */
  static final String NONE = "—";

  private static final MathContext TWO_SIGNIFICANT = new MathContext(2, RoundingMode.HALF_UP);

  private Formats() {}

  /**
   * US dollars, en-US: {@code $1,234.56}; below a dollar two significant digits so a tiny unit cost
   * stays visible: {@code $0.42}, {@code $0.0042}.
   */
  static String money(double usd) {
    if (!Double.isFinite(usd)) {
      return NONE;
    }
    String sign = usd < 0 ? "-" : "";
    double abs = Math.abs(usd);
    if (abs == 0 || abs >= 0.995) {
      return sign + String.format(Locale.US, "$%,.2f", abs);
    }
    BigDecimal v = new BigDecimal(abs).round(TWO_SIGNIFICANT);
    if (v.scale() < 2) {
      v = v.setScale(2, RoundingMode.HALF_UP);
    }
    return sign + "$" + v.toPlainString();
  }

  /** Money on a chart axis whose ticks are {@code stepUsd} apart: no more decimals than needed. */
  static String axisMoney(double usd, double stepUsd) {
    if (stepUsd >= 1) {
      return String.format(Locale.US, "$%,.0f", usd);
    }
    int decimals = BigDecimal.valueOf(stepUsd).stripTrailingZeros().scale();
    BigDecimal v =
        BigDecimal.valueOf(usd).setScale(Math.min(Math.max(decimals, 2), 8), RoundingMode.HALF_UP);
    return "$" + v.toPlainString();
  }

  /** A share of a whole, as a percentage with one decimal: {@code 42.1%}, {@code <0.1%}. */
  static String percent(double share) {
    if (!Double.isFinite(share)) {
      return NONE;
    }
    if (share > 0 && share < 0.0005) {
      return "<0.1%";
    }
    return String.format(Locale.US, "%.1f%%", share * 100);
  }

  /** A count for people: grouped below a million, then {@code 263.4 million}. */
  static String count(double n) {
    if (!Double.isFinite(n)) {
      return NONE;
    }
    if (n >= 1e9) {
      return String.format(Locale.US, "%,.1f billion", n / 1e9);
    }
    if (n >= 1e6) {
      return String.format(Locale.US, "%,.1f million", n / 1e6);
    }
    return String.format(Locale.US, "%,.0f", n);
  }

  /** A quantity of billed units: whole above a thousand, three significant digits below one. */
  static String quantity(double q) {
    if (!Double.isFinite(q)) {
      return NONE;
    }
    if (Math.abs(q) >= 1000) {
      return String.format(Locale.US, "%,.0f", q);
    }
    if (Math.abs(q) >= 1 || q == 0) {
      return BigDecimal.valueOf(q)
          .setScale(2, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    return new BigDecimal(q).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /**
   * A plain decimal for machines: {@code .} as separator, no grouping, at least two and at most six
   * decimals ({@code 1234.50}, {@code 0.004213}); empty when the figure does not exist.
   */
  static String decimal(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.scale() < 2) {
      d = d.setScale(2, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString();
  }

  /** A cost kind's file name as a heading: {@code data-transfer} is {@code Data transfer}. */
  static String kindLabel(String kind) {
    String words = kind.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
