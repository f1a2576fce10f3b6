package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.AvailabilityZone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Deployment and the Kubernetes Service of one EKS service. */
final class Workloads {

  /** The container port's name, which probes, the Service and the ALB refer to. */
  static final String PORT_NAME = "http";

  /** The zone label every EKS node carries (Kubernetes "Well-Known Labels"). */
  static final String ZONE_LABEL = "topology.kubernetes.io/zone";

  /**
   * Sleep before a pod stops: 15 s, so the endpoint removal reaches kube-proxy and the ALB target
   * deregistration before the process gets SIGTERM (EKS Best Practices Guide, "Load Balancing",
   * advises a preStop sleep; the length is an assumption).
   */
  static final int PRE_STOP_SECONDS = 15;

  private Workloads() {}

  /** The Deployment of {@code s}; {@code configHash} rolls the pods when its ConfigMap changes. */
  static Doc deployment(Cluster c, Service s, String configHash) {
    String name = c.name(s.id());
    int warmupSeconds = Quantities.seconds(Autoscaling.warmup(s));
    int startupFailures =
        Math.max(
            Containers.FAILURE_THRESHOLD,
            -Math.floorDiv(
                -Containers.STARTUP_BUDGET_FACTOR * warmupSeconds,
                Containers.STARTUP_PERIOD_SECONDS));
    int grace = PRE_STOP_SECONDS + Quantities.seconds(s.timeout());
    DeploymentBuilder b =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(c.labels(s.id(), "service"))
            .addToAnnotations(Names.COMPONENT_ANNOTATION, s.id())
            .endMetadata()
            .withNewSpec()
            .withNewStrategy()
            .withType("RollingUpdate")
            .withNewRollingUpdate()
            .withMaxSurge(new IntOrString("25%"))
            .withMaxUnavailable(new IntOrString(0))
            .endRollingUpdate()
            .endStrategy()
            .withNewSelector()
            .withMatchLabels(Names.selector(name, c.namespace()))
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(c.labels(s.id(), "service"))
            .addToAnnotations("scalelab.io/config-sha256", configHash)
            .endMetadata()
            .withNewSpec()
            .withTerminationGracePeriodSeconds((long) grace)
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile()
            .endSecurityContext()
            .addNewTopologySpreadConstraint()
            .withMaxSkew(1)
            .withTopologyKey(ZONE_LABEL)
            .withWhenUnsatisfiable("ScheduleAnyway")
            .withNewLabelSelector()
            .withMatchLabels(Names.selector(name, c.namespace()))
            .endLabelSelector()
            .endTopologySpreadConstraint()
            .addToContainers(Containers.container(c, s, name, startupFailures))
            .addNewVolume()
            .withName("tmp")
            .withNewEmptyDir()
            .endEmptyDir()
            .endVolume()
            .endSpec()
            .endTemplate()
            .endSpec();
    if (!s.zones().isEmpty()) {
      b.editSpec()
          .editTemplate()
          .editSpec()
          .withNewAffinity()
          .withNewNodeAffinity()
          .withNewRequiredDuringSchedulingIgnoredDuringExecution()
          .addNewNodeSelectorTerm()
          .addNewMatchExpression()
          .withKey(ZONE_LABEL)
          .withOperator("In")
          .withValues(s.zones().stream().map(AvailabilityZone::toString).toList())
          .endMatchExpression()
          .endNodeSelectorTerm()
          .endRequiredDuringSchedulingIgnoredDuringExecution()
          .endNodeAffinity()
          .endAffinity()
          .endSpec()
          .endTemplate()
          .endSpec();
    }
    if (s.scaling() instanceof Service.Scaling.Fixed) {
      b.editSpec().withReplicas(((Service.Scaling.Fixed) s.scaling()).instances()).endSpec();
    }
    Deployment deployment = b.build();
    return new Doc(
        deployment,
        deploymentHeader(c, s),
        deploymentComments(c, s, warmupSeconds, startupFailures, grace));
  }

  /** The ClusterIP Service in front of the pods of {@code s}. */
  static Doc service(Cluster c, Service s) {
    String name = c.name(s.id());
    var service =
        new ServiceBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(c.labels(s.id(), "service"))
            .endMetadata()
            .withNewSpec()
            .withType("ClusterIP")
            .withSelector(Names.selector(name, c.namespace()))
            .addNewPort()
            .withName(PORT_NAME)
            .withPort(c.options().servicePort())
            .withTargetPort(new IntOrString(PORT_NAME))
            .withProtocol("TCP")
            .endPort()
            .endSpec()
            .build();
    return Doc.of(service, List.of("Service " + name + ": " + c.url(s) + " inside the cluster."));
  }

  private static List<String> deploymentHeader(Cluster c, Service s) {
    String scaling =
        s.scaling() instanceof Service.Scaling.Fixed
            ? "It runs a fixed " + ((Service.Scaling.Fixed) s.scaling()).instances() + " pods."
            : "No spec.replicas: the HorizontalPodAutoscaler "
                + c.name(s.id())
                + " owns the"
                + " count (Kubernetes docs, \"Horizontal Pod Autoscaling\": migrating Deployments"
                + " to autoscaling).";
    return List.of(
        "Deployment of design service "
            + s.id()
            + ". In the simulation each pod serves "
            + s.concurrencyPerInstance()
            + " request(s) at a time and queues up to "
            + s.queueCapacityPerInstance()
            + " more (MAX_CONCURRENT_REQUESTS and"
            + " MAX_QUEUED_REQUESTS of its ConfigMap).",
        scaling);
  }

  private static Map<String, List<String>> deploymentComments(
      Cluster c, Service s, int warmupSeconds, int startupFailures, int grace) {
    String pod = "spec.template.spec.";
    String box = pod + "containers.";
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "spec.strategy",
        List.of(
            "Roll out by adding pods first (maxUnavailable 0): capacity never drops below what runs."));
    m.put(
        pod + "terminationGracePeriodSeconds",
        List.of(
            "preStop sleep "
                + PRE_STOP_SECONDS
                + " s + the design's request timeout "
                + Quantities.seconds(s.timeout())
                + " s: requests in flight finish before the kill."));
    m.put(pod + "affinity", List.of("Only on nodes in the design's zones."));
    m.put(
        pod + "topologySpreadConstraints",
        List.of("Spread the pods evenly over the zones, as the simulation spreads instances."));
    m.put(
        pod + "securityContext",
        List.of(
            "Pod Security Standards \"restricted\" (Kubernetes docs): non-root, default seccomp."));
    m.put(
        box + "image",
        List.of(
            "The logical image name; the images: list of kustomization.yaml sets the real one."));
    m.put(
        box + "resources",
        List.of(
            "Requests from the design: cpu "
                + Quantities.decimal(Containers.cpu(s))
                + " vCPU, memory "
                + Containers.memory(s)
                + ". The HPA's"
                + " cpu target is a share of the cpu request.",
            "Memory limit = request: a pod never uses memory the scheduler did not reserve, and is"
                + " OOM-killed rather than the node (\"Resource Management for Pods and Containers\").",
            "No cpu limit: a limit throttles a busy pod even when the node has idle cores (CFS quota);"
                + " the request already guarantees its share."));
    m.put(
        box + "startupProbe",
        List.of(
            "Start budget "
                + startupFailures
                + " x "
                + Containers.STARTUP_PERIOD_SECONDS
                + " s = "
                + Containers.STARTUP_BUDGET_FACTOR
                + " x the simulated warm-up of "
                + warmupSeconds
                + " s; liveness and readiness wait for it."));
    m.put(
        box + "lifecycle",
        List.of(
            "Keep serving while the ALB and kube-proxy stop sending (needs Kubernetes 1.30+)."));
    m.put(
        box + "securityContext",
        List.of(
            "Read-only root file system ("
                + Containers.TMP_PATH
                + " is a scratch volume), no privilege"
                + " escalation, no capabilities."));
    return m;
  }
}
