package io.scalelab.exporters.terraform;

import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import io.scalelab.simulation.cost.EksNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes the EKS managed node groups of a region: the pods of its EKS services, at their fewest and
 * most (the design's instances or autoscaling bounds), packed onto nodes of their instance type by
 * {@link EksNodes}, the rule the cost model prices. One group per instance type, split into equal
 * groups where it would pass the managed node group quota.
 */
final class NodeGroups {

  /**
   * Most nodes of one managed node group: 450 (Amazon EKS User Guide, "Amazon EKS service quotas",
   * Nodes per managed node group).
   */
  static final int MAX_NODES_PER_GROUP = 450;

  /**
   * A node group.
   *
   * @param name its name in the cluster, from the instance type ({@code m6i-large}, {@code
   *     m6i-large-2} for the second part of a split one)
   * @param instanceType the nodes' instance type
   * @param minSize fewest nodes: what the services' fewest pods need
   * @param maxSize most nodes: what the services' most pods need
   * @param services the EKS services whose pods it holds
   */
  record NodeGroup(
      String name, String instanceType, int minSize, int maxSize, List<String> services) {}

  private NodeGroups() {}

  /**
   * The node groups of {@code region}.
   *
   * @throws TerraformException when an instance type's vCPU and memory are unknown
   */
  static List<NodeGroup> of(Plan plan, Region region) throws TerraformException {
    Map<String, double[]> byType = new LinkedHashMap<>();
    Map<String, List<String>> servicesByType = new LinkedHashMap<>();
    for (Service s : plan.services(Service.Platform.EKS, region)) {
      String type = s.instanceType().orElse(Service.DEFAULT_INSTANCE_TYPE);
      Optional<EksNodes.NodeShape> shape =
          EksNodes.shape(plan.options.catalogue(), region.code(), type);
      if (shape.isEmpty()) {
        throw new TerraformException(
            "component '"
                + s.id()
                + "': instanceType "
                + type
                + " is not in the price catalogue for "
                + region.code()
                + ", so its vCPU and memory are unknown and its pods cannot be packed onto nodes;"
                + " choose a listed type or refresh the prices (scalelab prices refresh)");
      }
      int[] pods = pods(s);
      double cpu = s.cpu().orElse(Service.DEFAULT_POD_CPU);
      double memory = s.memory().orElse(Service.DEFAULT_POD_MEMORY).bytes();
      double[] sum = byType.computeIfAbsent(type, k -> new double[2]);
      sum[0] += EksNodes.nodes(pods[0], cpu, memory, shape.get());
      sum[1] += EksNodes.nodes(pods[1], cpu, memory, shape.get());
      servicesByType.computeIfAbsent(type, k -> new ArrayList<>()).add(s.id());
    }
    List<NodeGroup> groups = new ArrayList<>();
    byType.forEach(
        (type, n) -> {
          int max = (int) Math.max(1, n[1]);
          int parts = (max + MAX_NODES_PER_GROUP - 1) / MAX_NODES_PER_GROUP;
          String base = type.replace('.', '-');
          for (int k = 1; k <= parts; k++) {
            groups.add(
                new NodeGroup(
                    parts == 1 ? base : base + "-" + k,
                    type,
                    share((int) n[0], parts, k),
                    share(max, parts, k),
                    servicesByType.get(type)));
          }
        });
    return groups;
  }

  /** Part {@code k} of {@code total} split into {@code parts} as evenly as whole numbers go. */
  static int share(int total, int parts, int k) {
    return total / parts + (k <= total % parts ? 1 : 0);
  }

  /** Fewest and most pods of a service. */
  private static int[] pods(Service s) {
    if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      return new int[] {a.min(), a.max()};
    }
    int n = ((Service.Scaling.Fixed) s.scaling()).instances();
    return new int[] {n, n};
  }
}
