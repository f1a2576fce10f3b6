package io.scalelab.exporters.kubernetes;

import io.scalelab.exporters.terraform.OutputNames;
import io.scalelab.model.Design;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.Service;
import io.scalelab.model.topology.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pod finds something outside its cluster's Services: the Terraform output that holds the
 * address ({@link OutputNames}, the rule the Terraform export writes its outputs by), or for a load
 * balancer an Ingress makes, that Ingress. Addresses are never written themselves: they exist only
 * once Terraform (or the ingress controller) has made the resource.
 */
final class Addresses {

  /** Suffix of a key naming a Terraform output. */
  static final String TERRAFORM_OUTPUT = "_TERRAFORM_OUTPUT";

  /** Suffix of a key naming the Ingress that is a load balancer. */
  static final String INGRESS = "_INGRESS";

  /** Suffix of a key naming the EKS cluster of that Ingress. */
  static final String INGRESS_CLUSTER = "_INGRESS_CLUSTER";

  private Addresses() {}

  /**
   * Puts the keys that tell {@code c}'s pods where {@code target} is, reached over {@code call}.
   *
   * @return what the user should know when there is no address to name: one line
   */
  static Optional<String> put(
      Cluster c, Service caller, Component target, Connection call, Map<String, String> data) {
    Design design = c.design();
    String key = Names.env(target.id());
    Optional<String> output = OutputNames.address(design, target);
    if (output.isPresent()) {
      data.put(key + TERRAFORM_OUTPUT, output.get());
      if (target instanceof Database db && call.operation() != Connection.Operation.WRITE) {
        OutputNames.readerAddress(db, c.region())
            .ifPresent(r -> data.put(key + "_READER" + TERRAFORM_OUTPUT, r));
      }
      if (target instanceof KeyValueStore table) {
        OutputNames.daxAddress(table).ifPresent(d -> data.put(key + "_DAX" + TERRAFORM_OUTPUT, d));
      }
      return Optional.empty();
    }
    Component serving = serving(design, target);
    if (serving instanceof LoadBalancer lb && Ingresses.made(design, lb)) {
      data.put(key + INGRESS, c.name(lb.id()));
      data.put(key + INGRESS_CLUSTER, Names.cluster(design, lb.region()));
      return Optional.empty();
    }
    return Optional.of(
        caller.id()
            + "'s ConfigMap names no address for "
            + target.id()
            + ": "
            + why(design, target, serving)
            + ".");
  }

  /** What really answers calls to {@code target}: its host when it runs on one. */
  private static Component serving(Design design, Component target) {
    Optional<String> host = Optional.empty();
    if (target instanceof Service s) {
      host = s.host();
    } else if (target instanceof Database d) {
      host = d.host();
    }
    return host.flatMap(design::component).map(h -> serving(design, h)).orElse(target);
  }

  /** Why a component a service calls has no address the exports can give. */
  private static String why(Design design, Component target, Component serving) {
    if (target instanceof Database d && d.host().isPresent()) {
      return "it runs in containers on the instances of "
          + d.host().get()
          + ", which have no address of their own";
    }
    String runsOn = serving == target ? "it" : "it runs on " + serving.id() + ", which";
    if (serving instanceof LoadBalancer) {
      return "no export makes this load balancer: Terraform makes one with an EC2 target, an"
          + " Ingress one whose targets are all EKS services of its region";
    }
    if (serving instanceof Service s && s.platform() == Service.Platform.EKS) {
      return runsOn
          + " is an EKS service of cluster "
          + Names.cluster(design, s.region())
          + ", reachable only inside that cluster; put a load balancer in front of it in the"
          + " design";
    }
    if (serving instanceof Service s && s.platform() == Service.Platform.EC2) {
      return runsOn
          + " is an EC2 service without a load balancer of its own (its instances come and go in"
          + " an Auto Scaling group); put one in front of it in the design";
    }
    return "it has no address of its own";
  }

  /** The header lines that say what the address keys of {@code data} mean. */
  static List<String> explain(Map<String, String> data) {
    boolean ingress = data.keySet().stream().anyMatch(k -> k.endsWith(INGRESS));
    String outputs =
        "*"
            + TERRAFORM_OUTPUT
            + " names the Terraform output (terraform output -raw NAME) that holds"
            + " the address of an AWS resource. Put the address itself in through your"
            + " pipeline or let the application look it up; never a password here.";
    if (!ingress) {
      return List.of(outputs);
    }
    return List.of(
        outputs,
        "*"
            + INGRESS
            + " names an Ingress of this namespace on cluster *"
            + INGRESS_CLUSTER
            + ": the load balancer it makes; its host name is the Ingress's"
            + " status.loadBalancer.ingress[0].hostname.");
  }
}
