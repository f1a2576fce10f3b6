package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.scalelab.model.component.Service;
import io.scalelab.model.unit.DataSize;
import java.util.LinkedHashMap;
import java.util.Map;

/** The container of an EKS service's pods: image, port, config, resources, probes, hardening. */
final class Containers {

  /** Readiness probe period: 5 s, so a warmed-up pod joins the Service soon after it is ready. */
  static final int READINESS_PERIOD_SECONDS = 5;

  /** Liveness probe period: 10 s, the Kubernetes default ("Configure Liveness ... Probes"). */
  static final int LIVENESS_PERIOD_SECONDS = 10;

  /** Failed probes before acting: 3, the Kubernetes default. */
  static final int FAILURE_THRESHOLD = 3;

  /** Startup probe period: 5 s, the granularity of the startup budget. */
  static final int STARTUP_PERIOD_SECONDS = 5;

  /**
   * The startup budget is twice the simulated warm-up: a pod that has not started by then is
   * restarted. An assumption: room for a slow node or a cold image cache.
   */
  static final int STARTUP_BUDGET_FACTOR = 2;

  /** Where the writable scratch volume is mounted, since the root file system is read-only. */
  static final String TMP_PATH = "/tmp";

  private Containers() {}

  /** The container named {@code name}; the startup probe allows {@code startupFailures}. */
  static Container container(Cluster c, Service s, String name, int startupFailures) {
    KubernetesOptions o = c.options();
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("cpu", Quantities.cpu(cpu(s)));
    requests.put("memory", Quantities.memory(memory(s)));
    return new ContainerBuilder()
        .withName(name)
        .withImage(name)
        .addNewPort()
        .withName(Workloads.PORT_NAME)
        .withContainerPort(o.containerPort())
        .withProtocol("TCP")
        .endPort()
        .addNewEnvFrom()
        .withNewConfigMapRef()
        .withName(ServiceConfig.name(c, s))
        .endConfigMapRef()
        .endEnvFrom()
        .withNewResources()
        .withRequests(requests)
        .addToLimits("memory", Quantities.memory(memory(s)))
        .endResources()
        .withStartupProbe(probe(o.livenessPath(), STARTUP_PERIOD_SECONDS, startupFailures))
        .withReadinessProbe(probe(o.readinessPath(), READINESS_PERIOD_SECONDS, FAILURE_THRESHOLD))
        .withLivenessProbe(probe(o.livenessPath(), LIVENESS_PERIOD_SECONDS, FAILURE_THRESHOLD))
        .withNewLifecycle()
        .withNewPreStop()
        .withNewSleep()
        .withSeconds((long) Workloads.PRE_STOP_SECONDS)
        .endSleep()
        .endPreStop()
        .endLifecycle()
        .withNewSecurityContext()
        .withAllowPrivilegeEscalation(false)
        .withReadOnlyRootFilesystem(true)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .endSecurityContext()
        .addNewVolumeMount()
        .withName("tmp")
        .withMountPath(TMP_PATH)
        .endVolumeMount()
        .build();
  }

  private static Probe probe(String path, int periodSeconds, int failureThreshold) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath(path)
        .withPort(new IntOrString(Workloads.PORT_NAME))
        .endHttpGet()
        .withPeriodSeconds(periodSeconds)
        .withFailureThreshold(failureThreshold)
        .build();
  }

  /** The vCPU request of a pod of {@code s}: the design's, else the model's pod default. */
  static double cpu(Service s) {
    return s.cpu().orElse(Service.DEFAULT_POD_CPU);
  }

  /** The memory of a pod of {@code s}: the design's, else the model's pod default. */
  static DataSize memory(Service s) {
    return s.memory().orElse(Service.DEFAULT_POD_MEMORY);
  }
}
