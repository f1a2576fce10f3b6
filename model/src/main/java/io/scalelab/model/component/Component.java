package io.scalelab.model.component;

import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import java.util.List;
import java.util.Optional;

/**
 * A component of a design: a box on the canvas and a station in the simulation. Every component has
 * an {@link #id()} unique in its design, a {@link #type()}, a {@link #region()} and, where
 * relevant, the availability zones it spans.
 */
public sealed interface Component
    permits UserOrigin,
        Dns,
        Cdn,
        Waf,
        LoadBalancer,
        ApiGateway,
        Service,
        Cache,
        Database,
        KeyValueStore,
        Queue,
        Topic,
        Stream,
        ObjectStore {

  /** What every component has: id, region, zones and an optional canvas position. */
  Basics basics();

  /** The component's type. */
  ComponentType type();

  /** The id, unique within the design. */
  default String id() {
    return basics().id();
  }

  /** The region, or {@link Region#GLOBAL} for Route 53 and CloudFront. */
  default Region region() {
    return basics().region();
  }

  /** The availability zones the component spans; empty where zones do not apply. */
  default List<AvailabilityZone> zones() {
    return basics().zones();
  }

  /** Where the desktop application last placed the component, if it has. */
  default Optional<Position> position() {
    return basics().position();
  }

  /**
   * The settings every component has.
   *
   * @param id unique id within the design: letters, digits, '-', '_' and '.', starting with a
   *     letter
   * @param region the region, or {@link Region#GLOBAL}
   * @param zones availability zones, each in {@code region}, no duplicates
   * @param position canvas position saved by the desktop application
   */
  record Basics(
      String id, Region region, List<AvailabilityZone> zones, Optional<Position> position) {

    /** The form an id must have. */
    public static final String ID_PATTERN = "[A-Za-z][A-Za-z0-9_.-]{0,62}";

    public Basics {
      if (!id.matches(ID_PATTERN)) {
        throw new IllegalArgumentException("id must match " + ID_PATTERN + ": " + id);
      }
      zones = List.copyOf(zones);
    }

    /** Basics with the given id and region, no zones and no position. */
    public static Basics of(String id, Region region) {
      return new Basics(id, region, List.of(), Optional.empty());
    }

    /** These basics at another canvas position. */
    public Basics withPosition(Position newPosition) {
      return new Basics(id, region, zones, Optional.of(newPosition));
    }
  }

  /** A point on the canvas, in canvas units (pixels at 100% zoom). */
  record Position(double x, double y) {
    public Position {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
      }
    }
  }
}
