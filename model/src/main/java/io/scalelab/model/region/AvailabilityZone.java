package io.scalelab.model.region;

import java.util.regex.Pattern;

/**
 * An availability zone by its name: the region code followed by one letter, e.g. {@code
 * ap-south-1a}.
 *
 * @param name the zone name
 */
public record AvailabilityZone(String name) implements Comparable<AvailabilityZone> {

  private static final Pattern NAME = Pattern.compile("([a-z]{2}(-gov)?-[a-z]+-[0-9])([a-z])");

  public AvailabilityZone {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an availability zone name: " + name);
    }
  }

  /** Whether {@code name} has the form of a zone name (region code + one letter). */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** The region this zone belongs to. */
  public Region region() {
    return new Region(name.substring(0, name.length() - 1));
  }

  @Override
  public int compareTo(AvailabilityZone other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
