package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.scalelab.model.component.Service;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HorizontalPodAutoscaler and PodDisruptionBudget of an EKS service. The HPA does what the
 * simulation's autoscaler ({@code io.scalelab.simulation.engine.Autoscaler}) simulates for EKS; its
 * constants are repeated here, with the same sources, because the simulation keeps them private.
 */
final class Autoscaling {

  /** The simulation's pod warm-up when the design sets none: 30 s (its {@code POD_WARMUP}). */
  static final Duration DEFAULT_POD_WARMUP = Duration.ofSeconds(30);

  /**
   * Scale-down stabilisation: 300 s, the HPA default (Kubernetes docs, "Stabilization window"),
   * which the simulation uses when the design sets no cooldown.
   */
  static final Duration DEFAULT_STABILIZATION = Duration.ofSeconds(300);

  /** Scaling policy period: 15 s, the HPA sync period the simulation evaluates at. */
  static final int POLICY_PERIOD_SECONDS = 15;

  /** Scale-up: at most 4 pods or 100% more per period, whichever is more (HPA default). */
  static final int SCALE_UP_PODS = 4;

  /** Scale-up percentage of the same default policy. */
  static final int SCALE_UP_PERCENT = 100;

  /** Scale-down: up to 100% per period once the window allows it (HPA default). */
  static final int SCALE_DOWN_PERCENT = 100;

  /**
   * Pods a disruption (node drain, upgrade) may take at once: one in ten of the minimum, at least
   * one. An assumption: it keeps 90% of the simulated minimum capacity while nodes rotate.
   */
  static final double DISRUPTION_SHARE = 0.10;

  /**
   * The per-pod metric an HPA scales a request-rate target on. It is not built in: a metrics
   * adapter (e.g. prometheus-adapter) must serve it through the custom metrics API.
   */
  static final String REQUEST_RATE_METRIC = "http_requests_per_second";

  private Autoscaling() {}

  /** The time a new pod of {@code s} takes to serve, as the simulation assumes it. */
  static Duration warmup(Service s) {
    return s.scaling() instanceof Service.Scaling.Autoscaled
        ? ((Service.Scaling.Autoscaled) s.scaling()).warmup().orElse(DEFAULT_POD_WARMUP)
        : DEFAULT_POD_WARMUP;
  }

  /** The fewest pods {@code s} runs: the HPA minimum (at least 1) or the fixed count. */
  static int minimum(Service s) {
    return s.scaling() instanceof Service.Scaling.Autoscaled
        ? Math.max(1, ((Service.Scaling.Autoscaled) s.scaling()).min())
        : ((Service.Scaling.Fixed) s.scaling()).instances();
  }

  /** The HPA of an autoscaled service. */
  static Doc hpa(Cluster c, Service s, Service.Scaling.Autoscaled a) {
    String name = c.name(s.id());
    int window = Quantities.seconds(a.cooldown().orElse(DEFAULT_STABILIZATION));
    var hpa =
        new HorizontalPodAutoscalerBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(c.labels(s.id(), "service"))
            .endMetadata()
            .withNewSpec()
            .withNewScaleTargetRef()
            .withApiVersion("apps/v1")
            .withKind("Deployment")
            .withName(name)
            .endScaleTargetRef()
            .withMinReplicas(minimum(s))
            .withMaxReplicas(a.max())
            .withMetrics(metric(a))
            .withNewBehavior()
            .withNewScaleUp()
            .withStabilizationWindowSeconds(0)
            .withSelectPolicy("Max")
            .addNewPolicy()
            .withType("Pods")
            .withValue(SCALE_UP_PODS)
            .withPeriodSeconds(POLICY_PERIOD_SECONDS)
            .endPolicy()
            .addNewPolicy()
            .withType("Percent")
            .withValue(SCALE_UP_PERCENT)
            .withPeriodSeconds(POLICY_PERIOD_SECONDS)
            .endPolicy()
            .endScaleUp()
            .withNewScaleDown()
            .withStabilizationWindowSeconds(window)
            .addNewPolicy()
            .withType("Percent")
            .withValue(SCALE_DOWN_PERCENT)
            .withPeriodSeconds(POLICY_PERIOD_SECONDS)
            .endPolicy()
            .endScaleDown()
            .endBehavior()
            .endSpec()
            .build();
    return new Doc(hpa, hpaHeader(s, a), hpaComments(a, window));
  }

  /**
   * The PodDisruptionBudget of {@code s}, or empty when it runs a single pod: a budget cannot keep
   * one pod available without blocking every node drain, so none is written (the caller warns).
   */
  static Optional<Doc> pdb(Cluster c, Service s) {
    int min = minimum(s);
    if (min < 2) {
      return Optional.empty();
    }
    String name = c.name(s.id());
    int unavailable = Math.max(1, (int) Math.floor(min * DISRUPTION_SHARE));
    var pdb =
        new PodDisruptionBudgetBuilder()
            .withNewMetadata()
            .withName(name)
            .withLabels(c.labels(s.id(), "service"))
            .endMetadata()
            .withNewSpec()
            .withMaxUnavailable(new IntOrString(unavailable))
            .withNewSelector()
            .withMatchLabels(Names.selector(name, c.namespace()))
            .endSelector()
            .endSpec()
            .build();
    return Optional.of(
        Doc.of(
            pdb,
            List.of(
                "At most "
                    + unavailable
                    + " of the "
                    + min
                    + " pods minimum evicted at once"
                    + " (one in "
                    + Math.round(1 / DISRUPTION_SHARE)
                    + ", at least one)"
                    + " while nodes drain; the HPA replaces them.")));
  }

  private static List<MetricSpec> metric(Service.Scaling.Autoscaled a) {
    MetricSpecBuilder m = new MetricSpecBuilder();
    if (a.metric() == Service.Metric.CPU) {
      m.withType("Resource")
          .withNewResource()
          .withName("cpu")
          .withNewTarget()
          .withType("Utilization")
          .withAverageUtilization((int) Math.round(a.target()))
          .endTarget()
          .endResource();
    } else {
      m.withType("Pods")
          .withNewPods()
          .withNewMetric()
          .withName(REQUEST_RATE_METRIC)
          .endMetric()
          .withNewTarget()
          .withType("AverageValue")
          .withAverageValue(new Quantity(Quantities.decimal(a.target())))
          .endTarget()
          .endPods();
    }
    return List.of(m.build());
  }

  private static List<String> hpaHeader(Service s, Service.Scaling.Autoscaled a) {
    String target =
        a.metric() == Service.Metric.CPU
            ? "cpu " + Quantities.decimal(a.target()) + "%"
            : Quantities.decimal(a.target()) + " requests/s per pod";
    return List.of(
        "HorizontalPodAutoscaler of design service "
            + s.id()
            + ": the autoscaling the"
            + " simulation ran (min "
            + a.min()
            + ", max "
            + a.max()
            + ", target "
            + target
            + ").",
        "Controller-wide settings the simulation also assumes: a 15 s sync period and a 10%"
            + " tolerance (kube-controller-manager defaults).");
  }

  private static Map<String, List<String>> hpaComments(Service.Scaling.Autoscaled a, int window) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "spec.minReplicas",
        List.of(
            "design: autoscaling.min"
                + (a.min() < 1
                    ? " is " + a.min() + "; the simulation, like the HPA, keeps one pod"
                    : "")));
    m.put("spec.maxReplicas", List.of("design: autoscaling.max"));
    m.put(
        "spec.metrics",
        List.of(
            a.metric() == Service.Metric.CPU
                ? "design: autoscaling.target, average cpu use as a percentage of the pods' cpu request"
                : "design: autoscaling.target, requests per second per pod, from a custom metrics adapter"));
    m.put(
        "spec.behavior.scaleUp",
        List.of(
            "Scale up at once, by max("
                + SCALE_UP_PODS
                + " pods, "
                + SCALE_UP_PERCENT
                + "%) per "
                + POLICY_PERIOD_SECONDS
                + " s, as simulated (the HPA default, written out). New pods"
                + " count once ready: the warm-up of "
                + Quantities.seconds(warmup(a))
                + " s is the"
                + " Deployment's startup probe."));
    m.put(
        "spec.behavior.scaleDown.stabilizationWindowSeconds",
        List.of(
            "design: autoscaling.cooldown ("
                + window
                + " s): scale down only to the highest recommendation"
                + " of this window, as simulated."));
    return m;
  }

  private static Duration warmup(Service.Scaling.Autoscaled a) {
    return a.warmup().orElse(DEFAULT_POD_WARMUP);
  }
}
