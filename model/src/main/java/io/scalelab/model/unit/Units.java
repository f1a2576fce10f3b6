package io.scalelab.model.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats the quantities of design files: durations ({@code 250ms}), data sizes ({@code
 * 64GiB}), rates ({@code 1500/s}) and money ({@code 1200 USD}).
 *
 * <p>Every quantity must carry its unit: a bare number is rejected, because {@code timeout: 30} is
 * as likely to mean milliseconds as seconds. Formatting picks the largest unit that states the
 * value exactly, so {@code format(parse(x))} reads back to the same value.
 */
public final class Units {

  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([A-Za-zµ$/]+)\\s*");
  private static final Pattern RATE =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*/\\s*([a-z]+)\\s*");

  private static final String DURATION_UNIT = "(ns|us|µs|ms|min|s|m|h|d)";
  private static final Pattern DURATION_PART =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*" + DURATION_UNIT);
  private static final Pattern COMPOUND_DURATION =
      Pattern.compile("\\s*(?:[0-9]+(?:\\.[0-9]+)?\\s*" + DURATION_UNIT + "\\s*)+");

  private static final Map<String, Long> NANOS_PER = new LinkedHashMap<>();
  private static final Map<String, Long> BYTES_PER = new LinkedHashMap<>();
  private static final Map<String, Double> SECONDS_PER = new LinkedHashMap<>();

  static {
    // Order matters for formatting: largest unit first.
    NANOS_PER.put("d", 86_400_000_000_000L);
    NANOS_PER.put("h", 3_600_000_000_000L);
    NANOS_PER.put("m", 60_000_000_000L);
    NANOS_PER.put("s", 1_000_000_000L);
    NANOS_PER.put("ms", 1_000_000L);
    NANOS_PER.put("us", 1_000L);
    NANOS_PER.put("ns", 1L);

    BYTES_PER.put("TiB", 1L << 40);
    BYTES_PER.put("GiB", 1L << 30);
    BYTES_PER.put("MiB", 1L << 20);
    BYTES_PER.put("KiB", 1L << 10);
    BYTES_PER.put("TB", 1_000_000_000_000L);
    BYTES_PER.put("GB", 1_000_000_000L);
    BYTES_PER.put("MB", 1_000_000L);
    BYTES_PER.put("kB", 1_000L);
    BYTES_PER.put("B", 1L);

    SECONDS_PER.put("s", 1.0);
    SECONDS_PER.put("min", 60.0);
    SECONDS_PER.put("h", 3600.0);
    SECONDS_PER.put("d", 86_400.0);
  }

  /** What a duration looks like, for error messages. */
  public static final String DURATION_EXPECTED =
      "a duration with a unit (ns, us, ms, s, m, h, d), like 250ms or 2m";

  /** What a data size looks like, for error messages. */
  public static final String DATA_SIZE_EXPECTED =
      "a size with a unit (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB), like 64GiB";

  /** What a rate looks like, for error messages. */
  public static final String RATE_EXPECTED = "a rate per time unit (/s, /min, /h, /d), like 1500/s";

  /** What money looks like, for error messages. */
  public static final String MONEY_EXPECTED = "an amount in US dollars, like 1200 USD";

  private Units() {}

  /**
   * Parses a duration such as {@code 250ms}, {@code 1.5s}, {@code 2m} (minutes) or {@code 1h};
   * {@code min} and {@code µs} are accepted too. Resolution is one nanosecond; finer values are
   * rejected.
   *
   * @throws UnitFormatException if the text is not a non-negative duration with a unit
   */
  public static Duration parseDuration(String text) {
    Matcher whole = COMPOUND_DURATION.matcher(text);
    if (!whole.matches()) {
      Matcher single = QUANTITY.matcher(text);
      if (single.matches() && !NANOS_PER.containsKey(normalUnit(single.group(2)))) {
        throw new UnitFormatException(
            DURATION_EXPECTED + "; '" + single.group(2) + "' is not a time unit");
      }
      throw new UnitFormatException(DURATION_EXPECTED);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher part = DURATION_PART.matcher(text);
    while (part.find()) {
      long nanosPerUnit = NANOS_PER.get(normalUnit(part.group(2)));
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit)));
    }
    try {
      return Duration.ofNanos(nanos.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    } catch (ArithmeticException e) {
      throw new UnitFormatException(
          DURATION_EXPECTED + "; it must be whole nanoseconds below 292 years");
    }
  }

  private static String normalUnit(String unit) {
    String u = unit.replace("µs", "us");
    return u.equals("min") ? "m" : u;
  }

  /**
   * Parses a data size such as {@code 512MiB} or {@code 2GB}. Decimal units are powers of 1,000,
   * binary units ({@code KiB}...) powers of 1,024; {@code KB} is read as {@code kB}.
   *
   * @throws UnitFormatException if the text is not a whole number of bytes with a unit
   */
  public static DataSize parseDataSize(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new UnitFormatException(DATA_SIZE_EXPECTED);
    }
    String unit = m.group(2).equals("KB") ? "kB" : m.group(2);
    Long bytesPerUnit = BYTES_PER.get(unit);
    if (bytesPerUnit == null) {
      throw new UnitFormatException(
          DATA_SIZE_EXPECTED + "; '" + m.group(2) + "' is not a size unit");
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(bytesPerUnit));
    try {
      return new DataSize(bytes.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    } catch (ArithmeticException e) {
      throw new UnitFormatException(DATA_SIZE_EXPECTED + "; it must be a whole number of bytes");
    }
  }

  /**
   * Parses a rate such as {@code 1500/s}, {@code 90/min}, {@code 2/h} or {@code 1/d}.
   *
   * @throws UnitFormatException if the text is not a non-negative count per time unit
   */
  public static Rate parseRate(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      throw new UnitFormatException(RATE_EXPECTED);
    }
    Double seconds = SECONDS_PER.get(m.group(2));
    if (seconds == null) {
      throw new UnitFormatException(RATE_EXPECTED + "; '/" + m.group(2) + "' is not a time unit");
    }
    double perSecond = Double.parseDouble(m.group(1)) / seconds;
    if (!Double.isFinite(perSecond)) {
      throw new UnitFormatException(RATE_EXPECTED + "; the number is too large");
    }
    return new Rate(perSecond);
  }

  /**
   * Parses money such as {@code 1200 USD} or {@code 0.25USD}. Only US dollars are accepted: they
   * are the currency of the AWS price list.
   *
   * @throws UnitFormatException if the text is not a non-negative amount in USD
   */
  public static Money parseMoney(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches() || !m.group(2).equals("USD")) {
      throw new UnitFormatException(MONEY_EXPECTED);
    }
    return new Money(new BigDecimal(m.group(1)));
  }

  /**
   * Formats a duration with the largest unit that states it exactly, e.g. {@code 90s}, {@code 2m}.
   */
  public static String format(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    for (Map.Entry<String, Long> unit : NANOS_PER.entrySet()) {
      if (nanos % unit.getValue() == 0) {
        return nanos / unit.getValue() + unit.getKey();
      }
    }
    throw new AssertionError("ns divides every duration");
  }

  /** Formats a data size with the largest binary, then decimal unit that states it exactly. */
  public static String format(DataSize size) {
    if (size.bytes() == 0) {
      return "0B";
    }
    for (Map.Entry<String, Long> unit : BYTES_PER.entrySet()) {
      if (size.bytes() % unit.getValue() == 0) {
        return size.bytes() / unit.getValue() + unit.getKey();
      }
    }
    throw new AssertionError("B divides every size");
  }

  /**
   * Formats a rate per second, e.g. {@code 1500/s}, with as many digits as it needs to read back.
   */
  public static String format(Rate rate) {
    return plain(BigDecimal.valueOf(rate.perSecond())) + "/s";
  }

  /** Formats money, e.g. {@code 1200 USD}. */
  public static String format(Money money) {
    return plain(money.usd()) + " USD";
  }

  private static String plain(BigDecimal value) {
    String s = value.stripTrailingZeros().toPlainString();
    return s.toLowerCase(Locale.ROOT);
  }
}
