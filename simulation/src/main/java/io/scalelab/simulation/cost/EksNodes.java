package io.scalelab.simulation.cost;

import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceEntry;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many EKS nodes hold a number of pods: the packing the cost model prices and the Terraform
 * export sizes node groups with, so both agree. A node takes pods until its vCPU or its memory runs
 * out, whichever comes first; DaemonSets and the kubelet's reservations are not counted (the same
 * simplification as the cost model's, see {@code docs/cost.md}).
 */
public final class EksNodes {

  private static final double GIB = 1024.0 * 1024 * 1024;

  /** Keeps a pod count that is a whole multiple of a node's capacity from rounding up. */
  private static final double EPSILON = 1e-9;

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)");

  private EksNodes() {}

  /**
   * The size of one node.
   *
   * @param instanceType the EC2 instance type
   * @param vcpu its vCPUs
   * @param memoryGib its memory in GiB
   */
  public record NodeShape(String instanceType, double vcpu, double memoryGib) {}

  /**
   * The vCPU and memory of an instance type in a region, as the price catalogue lists them; empty
   * when the catalogue has no such Linux instance or does not give both figures.
   */
  public static Optional<NodeShape> shape(
      PriceCatalogue catalogue, String region, String instanceType) {
    Products.Product p = Products.ec2(instanceType);
    return catalogue
        .find(p.service(), p.family(), region, p.attributes())
        .flatMap(e -> shape(instanceType, e));
  }

  /** The shape a catalogue entry of an EC2 instance gives; empty without vcpu and memory. */
  static Optional<NodeShape> shape(String instanceType, PriceEntry entry) {
    double vcpu = number(entry.attributes().get("vcpu"));
    double memoryGib = number(entry.attributes().get("memory"));
    if (!(vcpu > 0) || !(memoryGib > 0)) {
      return Optional.empty();
    }
    return Optional.of(new NodeShape(instanceType, vcpu, memoryGib));
  }

  /**
   * Nodes needed for {@code pods} pods of {@code podCpu} vCPU and {@code podMemoryBytes} each: the
   * larger of the CPU-bound and the memory-bound count, 0 for no pods. O(1).
   */
  public static double nodes(double pods, double podCpu, double podMemoryBytes, NodeShape node) {
    if (pods <= 0) {
      return 0;
    }
    double memoryGib = podMemoryBytes / GIB;
    return Math.max(
        Math.ceil(pods * podCpu / node.vcpu() - EPSILON),
        Math.ceil(pods * memoryGib / node.memoryGib() - EPSILON));
  }

  /** The number at the start of an attribute like {@code 8 GiB} or {@code 2}; NaN if none. */
  static double number(String attribute) {
    if (attribute == null) {
      return Double.NaN;
    }
    Matcher m = LEADING_NUMBER.matcher(attribute.replace(",", ""));
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }
}
