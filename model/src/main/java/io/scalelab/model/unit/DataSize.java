package io.scalelab.model.unit;

/**
 * An amount of data in bytes. Written in design files with a decimal ({@code kB, MB, GB, TB}) or
 * binary ({@code KiB, MiB, GiB, TiB}) unit, or {@code B}.
 *
 * @param bytes the size in bytes, never negative
 */
public record DataSize(long bytes) implements Comparable<DataSize> {

  /** No data. */
  public static final DataSize ZERO = new DataSize(0);

  public DataSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0: " + bytes);
    }
  }

  /** A size of {@code n} kibibytes (1,024 bytes each). */
  public static DataSize ofKibibytes(long n) {
    return new DataSize(Math.multiplyExact(n, 1024L));
  }

  /** A size of {@code n} mebibytes. */
  public static DataSize ofMebibytes(long n) {
    return new DataSize(Math.multiplyExact(n, 1024L * 1024));
  }

  /** A size of {@code n} gibibytes. */
  public static DataSize ofGibibytes(long n) {
    return new DataSize(Math.multiplyExact(n, 1024L * 1024 * 1024));
  }

  /** This size in mebibytes, as a fraction. */
  public double mebibytes() {
    return bytes / (1024.0 * 1024.0);
  }

  @Override
  public int compareTo(DataSize other) {
    return Long.compare(bytes, other.bytes);
  }

  @Override
  public String toString() {
    return Units.format(this);
  }
}
