package io.scalelab.app.gui.run;

/**
 * The users slider's logarithmic scale: position {@code p} means {@code 10^p} users, so each decade
 * (1, 10, 100 … 10M) takes the same width.
 */
public final class UsersScale {

  /** Fewest users the panel offers: 1. */
  public static final long MIN_USERS = 1;

  /** Most users the panel offers: 10 million, phase 4's upper end (docs/journey.md). */
  public static final long MAX_USERS = 10_000_000;

  /** Slider position of {@link #MIN_USERS}. */
  public static final double MIN_POSITION = 0;

  /** Slider position of {@link #MAX_USERS}: log10(10M) = 7. */
  public static final double MAX_POSITION = 7;

  private UsersScale() {}

  /** Users at slider position {@code p} (0–7), rounded to two significant digits. */
  public static long users(double position) {
    double p = Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
    double exact = Math.pow(10, p);
    if (exact < 100) {
      return Math.max(MIN_USERS, Math.round(exact));
    }
    double unit = Math.pow(10, Math.floor(Math.log10(exact)) - 1);
    return Math.min(MAX_USERS, Math.round(Math.round(exact / unit) * unit));
  }

  /** Slider position of {@code users}. */
  public static double position(long users) {
    return Math.log10(Math.max(MIN_USERS, Math.min(MAX_USERS, users)));
  }
}
