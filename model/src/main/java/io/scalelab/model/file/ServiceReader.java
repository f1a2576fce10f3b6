package io.scalelab.model.file;

import io.scalelab.model.component.Component;
import io.scalelab.model.component.Component.Basics;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Service.Platform;
import io.scalelab.model.component.Service.Scaling;
import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.unit.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads a service. Which fields apply depends on the platform and on whether the service runs on
 * another's {@code host}; a field that does not apply is an error, never silently ignored.
 */
final class ServiceReader {

  /** EC2 instance types: family, optional generation/options, size — m5.large, m7i-flex.xlarge. */
  static final String INSTANCE_TYPE = "[a-z][a-z0-9-]*\\.[a-z0-9]+";

  private final ReadContext ctx;

  ServiceReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<Component> read(Fields f, Basics b) {
    Optional<Platform> platform =
        f.required("platform", Kind.choice(Platform.class), "the platform: ec2, eks or lambda");
    Optional<Distribution> serviceTime = DistributionReader.read(f, "serviceTime");
    if (!f.has("serviceTime")) {
      f.missing("serviceTime", DistributionReader.EXPECTED);
    }
    int concurrency =
        f.get(
            "concurrencyPerInstance",
            Kind.integer(1, 100_000),
            Service.DEFAULT_CONCURRENCY_PER_INSTANCE);
    Duration timeout = f.get("timeout", Kind.positiveDuration(), Service.DEFAULT_TIMEOUT);
    int queue =
        f.get(
            "queueCapacityPerInstance",
            Kind.integer(0, 10_000_000),
            Service.DEFAULT_QUEUE_CAPACITY_PER_INSTANCE);
    Optional<String> host =
        f.optional("host", Kind.matching(ComponentReader.ID, ComponentReader.ID_EXPECTED));
    if (platform.isEmpty()) {
      return Optional.empty();
    }
    Platform p = platform.get();
    Optional<Scaling> scaling;
    Optional<String> instanceType = Optional.empty();
    Optional<Double> cpu = Optional.empty();
    Optional<DataSize> memory = Optional.empty();
    if (p == Platform.LAMBDA) {
      refuse(f, "for a lambda service", "instanceType", "instances", "autoscaling", "host", "cpu");
      if (f.has("concurrencyPerInstance")) {
        f.notAllowed(
            "concurrencyPerInstance",
            "for a lambda service (one request per execution environment)");
      }
      scaling =
          Optional.of(
              new Scaling.OnDemand(
                  f.get(
                      "concurrencyLimit",
                      Kind.integer(1, 1_000_000),
                      Service.DEFAULT_LAMBDA_CONCURRENCY)));
      memory = Optional.of(f.get("memory", memoryKind(128, 10_240), Service.DEFAULT_LAMBDA_MEMORY));
    } else {
      refuse(f, "for an " + p.fileName() + " service (Lambda only)", "concurrencyLimit");
      if (host.isPresent()) {
        refuse(
            f,
            "with host (the service runs on the host's instances, with their servers and queues)",
            "instanceType",
            "autoscaling",
            "instances",
            "concurrencyPerInstance",
            "queueCapacityPerInstance");
        if (p != Platform.EC2) {
          f.invalid(
              "host",
              "found a host for an " + p.fileName() + " service; expected host only on ec2");
        }
      } else {
        instanceType =
            Optional.of(
                f.get(
                    "instanceType",
                    Kind.matching(INSTANCE_TYPE, "an EC2 instance type like m5.large"),
                    Service.DEFAULT_INSTANCE_TYPE));
      }
      scaling = scaling(f);
      if (p == Platform.EKS) {
        cpu =
            Optional.of(
                f.get(
                    "cpu",
                    Kind.number(0.001, 192, "vCPU per pod, like 0.5"),
                    Service.DEFAULT_POD_CPU));
        memory =
            Optional.of(f.get("memory", memoryKind(4, 24_576 * 1024), Service.DEFAULT_POD_MEMORY));
      } else {
        refuse(f, "for an ec2 service (the instance type sets them)", "cpu", "memory");
      }
    }
    if (serviceTime.isEmpty() || scaling.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> type = instanceType;
    Optional<Double> podCpu = cpu;
    Optional<DataSize> mem = memory;
    Scaling s = scaling.get();
    return ctx.build(
        f.pointer(),
        () ->
            new Service(
                b, p, type, s, concurrency, serviceTime.get(), timeout, queue, host, podCpu, mem));
  }

  private Optional<Scaling> scaling(Fields f) {
    if (f.has("instances") && f.has("autoscaling")) {
      f.notAllowed(
          "autoscaling", "together with instances; give a fixed count or bounds, not both");
      return Optional.empty();
    }
    if (!f.has("autoscaling")) {
      return Optional.of(new Scaling.Fixed(f.get("instances", Kind.integer(1, 100_000), 1)));
    }
    return f.object("autoscaling", Vocabulary.AUTOSCALING, "autoscaling bounds {min, max, ...}")
        .flatMap(
            a -> {
              var min = a.required("min", Kind.integer(0, 100_000), "the fewest instances");
              var max = a.required("max", Kind.integer(1, 100_000), "the most instances");
              var metric = a.get("metric", Kind.choice(Service.Metric.class), Service.Metric.CPU);
              Optional<Double> target =
                  metric == Service.Metric.CPU
                      ? Optional.of(
                          a.get(
                              "target",
                              Kind.number(1, 100, "a CPU percentage from 1 to 100, like 50"),
                              Scaling.Autoscaled.DEFAULT_CPU_TARGET))
                      : a.required(
                          "target",
                          Kind.number(1e-6, 1e9, "requests per second per instance, like 200"),
                          "the requests per second per instance to keep, like 200");
              var warmup = a.optional("warmup", Kind.duration());
              var cooldown = a.optional("cooldown", Kind.duration());
              if (min.isPresent() && max.isPresent() && max.get() < min.get()) {
                a.invalid(
                    "max",
                    "found max " + max.get() + " below min " + min.get() + "; expected max >= min");
                return Optional.empty();
              }
              if (min.isEmpty() || max.isEmpty() || target.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Scaling.Autoscaled(
                      min.get(), max.get(), metric, target.get(), warmup, cooldown));
            });
  }

  private static Kind<DataSize> memoryKind(long minMib, long maxMib) {
    String expected = "a memory size from " + minMib + "MiB to " + maxMib + "MiB, like 512MiB";
    return n -> {
      DataSize d = Kind.dataSize().read(n);
      if (d.compareTo(DataSize.ofMebibytes(minMib)) < 0
          || d.compareTo(DataSize.ofMebibytes(maxMib)) > 0) {
        throw new IllegalArgumentException(expected);
      }
      return d;
    };
  }

  private static void refuse(Fields f, String why, String... fields) {
    for (String field : List.of(fields)) {
      if (f.has(field)) {
        f.notAllowed(field, why);
      }
    }
  }
}
