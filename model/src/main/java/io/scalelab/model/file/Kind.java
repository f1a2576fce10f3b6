package io.scalelab.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.scalelab.model.component.Choice;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import io.scalelab.model.unit.DataSize;
import io.scalelab.model.unit.Money;
import io.scalelab.model.unit.Rate;
import io.scalelab.model.unit.Units;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How to read one scalar of a design file. {@link #read} throws {@link IllegalArgumentException}
 * whose message says what was expected; the reader turns it into a problem at the value's line.
 */
@FunctionalInterface
interface Kind<T> {

  T read(JsonNode node);

  static Kind<String> text() {
    return n -> {
      if (!n.isTextual() || n.textValue().isBlank()) {
        throw new IllegalArgumentException("non-empty text");
      }
      return n.textValue();
    };
  }

  static Kind<String> matching(String pattern, String expected) {
    return n -> {
      String s = text().read(n);
      if (!s.matches(pattern)) {
        throw new IllegalArgumentException(expected);
      }
      return s;
    };
  }

  static Kind<Boolean> bool() {
    return n -> {
      if (!n.isBoolean()) {
        throw new IllegalArgumentException("true or false");
      }
      return n.booleanValue();
    };
  }

  /** A whole number in [min, max]; 1e3 is accepted as 1000, 2.5 is not. */
  static Kind<Long> wholeNumber(long min, long max) {
    String expected =
        max == Long.MAX_VALUE
            ? "a whole number >= " + min
            : "a whole number from " + min + " to " + max;
    return n -> {
      if (!n.isNumber()) {
        throw new IllegalArgumentException(expected);
      }
      BigDecimal d = n.decimalValue();
      try {
        long v = d.stripTrailingZeros().longValueExact();
        if (v < min || v > max) {
          throw new IllegalArgumentException(expected);
        }
        return v;
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(expected);
      }
    };
  }

  /** Exactly the whole number {@code value}. */
  static Kind<Integer> exactly(int value, String expected) {
    Kind<Long> whole = wholeNumber(value, value);
    return n -> {
      try {
        return whole.read(n).intValue();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(expected);
      }
    };
  }

  static Kind<Integer> integer(int min, int max) {
    Kind<Long> whole = wholeNumber(min, max);
    return n -> whole.read(n).intValue();
  }

  /** A finite number in [min, max]. */
  static Kind<Double> number(double min, double max, String expected) {
    return n -> {
      if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
        throw new IllegalArgumentException(expected);
      }
      double v = n.doubleValue();
      if (v < min || v > max) {
        throw new IllegalArgumentException(expected);
      }
      return v;
    };
  }

  /** A share in [0, 1], or in (0, 1] when {@code zeroAllowed} is false. */
  static Kind<Double> share(boolean zeroAllowed) {
    String expected =
        zeroAllowed ? "a share from 0 to 1, like 0.25" : "a share above 0 and at most 1, like 0.25";
    Kind<Double> inRange = number(0, 1, expected);
    return n -> {
      double v = inRange.read(n);
      if (!zeroAllowed && v == 0) {
        throw new IllegalArgumentException(expected);
      }
      return v;
    };
  }

  static Kind<Duration> duration() {
    return n -> Units.parseDuration(unitText(n, Units.DURATION_EXPECTED));
  }

  static Kind<Duration> positiveDuration() {
    return n -> {
      Duration d = duration().read(n);
      if (d.isZero()) {
        throw new IllegalArgumentException("a duration above zero, like 250ms or 2m");
      }
      return d;
    };
  }

  static Kind<DataSize> dataSize() {
    return n -> Units.parseDataSize(unitText(n, Units.DATA_SIZE_EXPECTED));
  }

  static Kind<Rate> rate() {
    return n -> Units.parseRate(unitText(n, Units.RATE_EXPECTED));
  }

  static Kind<Money> money() {
    return n -> Units.parseMoney(unitText(n, Units.MONEY_EXPECTED));
  }

  /** A region code; {@code global} is not one (see {@link #regionOrGlobal()}). */
  static Kind<Region> region() {
    return n -> {
      String code = text().read(n);
      if (!Region.KNOWN_CODES.contains(code)) {
        throw new IllegalArgumentException(
            "an AWS region code like us-east-1" + Suggest.didYouMean(code, Region.KNOWN_CODES));
      }
      return new Region(code);
    };
  }

  /** A region code or {@code global}: the place of Route 53, CloudFront and WAF. */
  static Kind<Region> regionOrGlobal() {
    Kind<Region> region = region();
    return n -> {
      if (n.isTextual() && n.textValue().equals(Region.GLOBAL.code())) {
        return Region.GLOBAL;
      }
      try {
        return region.read(n);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + ", or global");
      }
    };
  }

  /** A rate above zero. */
  static Kind<Rate> positiveRate() {
    return n -> {
      Rate r = rate().read(n);
      if (r.perSecond() == 0) {
        throw new IllegalArgumentException("a rate above zero, like 1500/s");
      }
      return r;
    };
  }

  /**
   * One of the given durations, compared by value: {@code 30s} and {@code 30000ms} are the same.
   */
  static Kind<Duration> oneOf(List<Duration> allowed) {
    String expected = "one of " + String.join(", ", allowed.stream().map(Units::format).toList());
    return n -> {
      Duration d;
      try {
        d = duration().read(n);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(expected);
      }
      if (!allowed.contains(d)) {
        throw new IllegalArgumentException(expected);
      }
      return d;
    };
  }

  static Kind<AvailabilityZone> zone() {
    return n -> {
      String name = text().read(n);
      if (!AvailabilityZone.isValidName(name)) {
        throw new IllegalArgumentException("an availability zone name like us-east-1a");
      }
      return new AvailabilityZone(name);
    };
  }

  /** One of an enum's design-file names. */
  static <E extends Enum<E> & Choice> Kind<E> choice(Class<E> type) {
    List<E> constants = Arrays.asList(type.getEnumConstants());
    return byName(constants, Choice::fileName);
  }

  /** One of the given values, by name. */
  static <E> Kind<E> byName(List<E> values, Function<E, String> name) {
    List<String> names = values.stream().map(name).toList();
    String expected = "one of " + names.stream().collect(Collectors.joining(", "));
    return n -> {
      if (n.isTextual()) {
        for (E v : values) {
          if (name.apply(v).equals(n.textValue())) {
            return v;
          }
        }
        throw new IllegalArgumentException(expected + Suggest.didYouMean(n.textValue(), names));
      }
      throw new IllegalArgumentException(expected);
    };
  }

  private static String unitText(JsonNode n, String expected) {
    if (!n.isTextual()) {
      throw new IllegalArgumentException(expected);
    }
    return n.textValue();
  }
}
