package io.scalelab.model.workload;

import io.scalelab.model.unit.DataSize;
import java.util.List;

/**
 * The load a design must carry: how many users, how many of them are online at the peak, how often
 * each sends a request, what the requests read and write, and how the load moves over a day.
 *
 * <p>The offered load at the peak is {@code users × onlineShareAtPeak × requestsPerUserPerSecond}
 * requests per second, split across the user origins by their share.
 *
 * @param users registered users, at least 1
 * @param onlineShareAtPeak share of the users online at the daily peak, in (0, 1]
 * @param requestsPerUserPerSecond requests per online user per second, at least 0
 * @param readShare share of requests that only read, in [0, 1]
 * @param keys the key space requests touch and its popularity
 * @param payload request and response sizes
 * @param dailyCurve load multipliers per hour of the day (24 values) or empty for a flat day
 * @param spikes short bursts of extra load on top of the curve
 */
public record Workload(
    long users,
    double onlineShareAtPeak,
    double requestsPerUserPerSecond,
    double readShare,
    KeySpace keys,
    Payload payload,
    List<Double> dailyCurve,
    List<Spike> spikes) {

  /** Default share online at the peak: everyone, so that {@code users} is the concurrent count. */
  public static final double DEFAULT_ONLINE_SHARE_AT_PEAK = 1.0;

  /** Default read share: 90% reads, the usual read-heavy web mix. */
  public static final double DEFAULT_READ_SHARE = 0.9;

  /** Hours in the daily curve. */
  public static final int HOURS_PER_DAY = 24;

  public Workload {
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1: " + users);
    }
    if (!(onlineShareAtPeak > 0 && onlineShareAtPeak <= 1)) {
      throw new IllegalArgumentException(
          "onlineShareAtPeak must be in (0, 1]: " + onlineShareAtPeak);
    }
    if (!(requestsPerUserPerSecond >= 0) || !Double.isFinite(requestsPerUserPerSecond)) {
      throw new IllegalArgumentException(
          "requestsPerUserPerSecond must be >= 0: " + requestsPerUserPerSecond);
    }
    if (!(readShare >= 0 && readShare <= 1)) {
      throw new IllegalArgumentException("readShare must be in [0, 1]: " + readShare);
    }
    dailyCurve = List.copyOf(dailyCurve);
    if (!dailyCurve.isEmpty() && dailyCurve.size() != HOURS_PER_DAY) {
      throw new IllegalArgumentException("dailyCurve needs 24 values: " + dailyCurve.size());
    }
    spikes = List.copyOf(spikes);
  }

  /** A workload with the given users and per-user rate and every other setting at its default. */
  public static Workload of(long users, double requestsPerUserPerSecond) {
    return new Workload(
        users,
        DEFAULT_ONLINE_SHARE_AT_PEAK,
        requestsPerUserPerSecond,
        DEFAULT_READ_SHARE,
        KeySpace.DEFAULT,
        Payload.DEFAULT,
        List.of(),
        List.of());
  }

  /**
   * The load of each hour of the day as a share of the peak hour's: the daily curve divided by its
   * largest value (24 ones for a flat day, or a curve of zeros). The load moves linearly from one
   * hour's value to the next.
   */
  public double[] hourFactors() {
    double[] f = new double[HOURS_PER_DAY];
    double max = dailyCurve.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (int h = 0; h < HOURS_PER_DAY; h++) {
      f[h] = max == 0 ? 1 : dailyCurve.get(h) / max;
    }
    return f;
  }

  /** The hour of the day whose load is the peak (the first, on a tie): where a run starts. */
  public int peakHour() {
    double[] f = hourFactors();
    int argmax = 0;
    for (int h = 0; h < f.length; h++) {
      if (f[h] > f[argmax]) {
        argmax = h;
      }
    }
    return argmax;
  }

  /**
   * The daily curve's factor on the peak load at {@code seconds} after the start of a run, which
   * starts at the peak hour: linear between hours, spikes left out.
   */
  public double curveFactorAt(double seconds) {
    double[] f = hourFactors();
    double hours = peakHour() + seconds / 3600.0;
    int h = (int) Math.floor(hours);
    double frac = hours - h;
    double a = f[Math.floorMod(h, HOURS_PER_DAY)];
    double b = f[Math.floorMod(h + 1, HOURS_PER_DAY)];
    return a + (b - a) * frac;
  }

  /** Requests per second offered at the daily peak, before spikes. */
  public double peakRequestsPerSecond() {
    return users * onlineShareAtPeak * requestsPerUserPerSecond;
  }

  /** This workload with another user count. */
  public Workload withUsers(long newUsers) {
    return new Workload(
        newUsers,
        onlineShareAtPeak,
        requestsPerUserPerSecond,
        readShare,
        keys,
        payload,
        dailyCurve,
        spikes);
  }

  /**
   * The key space: {@code count} distinct keys whose popularity follows a Zipf law with exponent
   * {@code zipf} (0 is uniform; web caches typically measure 0.6–1.0, Breslau et al., INFOCOM
   * 1999).
   */
  public record KeySpace(long count, double zipf) {
    /** Default: one million keys with Zipf exponent 0.8. */
    public static final KeySpace DEFAULT = new KeySpace(1_000_000, 0.8);

    public KeySpace {
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1: " + count);
      }
      if (!(zipf >= 0) || !Double.isFinite(zipf)) {
        throw new IllegalArgumentException("zipf must be >= 0: " + zipf);
      }
    }
  }

  /** Typical request and response body sizes. */
  public record Payload(DataSize request, DataSize response) {
    /** Default: a 1 KiB request and a 16 KiB response, a small JSON API exchange. */
    public static final Payload DEFAULT =
        new Payload(DataSize.ofKibibytes(1), DataSize.ofKibibytes(16));
  }

  /**
   * A burst of load: from {@code at} after the start, for {@code duration}, the offered load is
   * multiplied by {@code multiplier}.
   */
  public record Spike(java.time.Duration at, java.time.Duration duration, double multiplier) {
    public Spike {
      if (at.isNegative() || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("spike needs at >= 0 and duration > 0");
      }
      if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be > 0: " + multiplier);
      }
    }
  }
}
