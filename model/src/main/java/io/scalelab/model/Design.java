package io.scalelab.model;

import io.scalelab.model.component.Component;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.Region;
import io.scalelab.model.slo.Slos;
import io.scalelab.model.topology.Connection;
import io.scalelab.model.topology.Network;
import io.scalelab.model.topology.Topology;
import io.scalelab.model.workload.Workload;
import java.util.List;
import java.util.Optional;

/**
 * A whole design: the regions it spans, the load it carries, its components and the connections
 * between them, its objectives and its fault timeline. Immutable; changes return a new design.
 *
 * <p>A design value may still break the cross-component rules (a dangling connection, a cycle of
 * synchronous calls); {@link Designs#check(Design)} lists those. Designs loaded from a file have
 * passed them.
 *
 * @param name a short name, shown in reports
 * @param description what the design is and why, shown beside it (may be empty)
 * @param regions the regions the design uses
 * @param workload the load
 * @param components the components, in file order
 * @param connections the connections, in file order
 * @param slos the objectives
 * @param faults the fault timeline, in file order
 * @param network latency overrides
 */
public record Design(
    String name,
    String description,
    List<Region> regions,
    Workload workload,
    List<Component> components,
    List<Connection> connections,
    Slos slos,
    List<Fault> faults,
    Network network) {

  /** The design-file format version this build reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public Design {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    regions = List.copyOf(regions);
    components = List.copyOf(components);
    connections = List.copyOf(connections);
    faults = List.copyOf(faults);
  }

  /** The topology graph of the components and connections. Built on each call, O(V + E). */
  public Topology topology() {
    return Topology.of(components, connections);
  }

  /** The component with the given id. */
  public Optional<Component> component(String id) {
    return components.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This design with another workload. */
  public Design withWorkload(Workload newWorkload) {
    return new Design(
        name, description, regions, newWorkload, components, connections, slos, faults, network);
  }

  /** This design with other components and connections. */
  public Design withTopology(List<Component> newComponents, List<Connection> newConnections) {
    return new Design(
        name, description, regions, workload, newComponents, newConnections, slos, faults, network);
  }

  /** This design with another fault timeline. */
  public Design withFaults(List<io.scalelab.model.fault.Fault> newFaults) {
    return new Design(
        name, description, regions, workload, components, connections, slos, newFaults, network);
  }
}
