package io.scalelab.model.component;

import io.scalelab.model.distribution.Distribution;
import io.scalelab.model.unit.DataSize;
import java.time.Duration;
import java.util.Optional;

/**
 * Compute that serves requests: an EC2 Auto Scaling group, an EKS Deployment or a Lambda function.
 * Its capacity is {@code instances × concurrencyPerInstance} requests in service at once; the rest
 * wait in a bounded queue.
 *
 * @param platform where it runs
 * @param instanceType EC2 instance type (of the group, or of the EKS node group); empty for Lambda
 *     and for services that run on another service's {@code host}
 * @param scaling fixed instances, autoscaling bounds, or Lambda's on-demand concurrency
 * @param concurrencyPerInstance requests one instance serves at once (worker threads); Lambda: 1
 * @param serviceTime time to serve one request, excluding the calls it makes
 * @param timeout a request waiting or in service longer than this fails
 * @param queueCapacityPerInstance requests that may wait per instance before new ones are refused
 * @param host the id of an EC2 service whose instances this one runs on, sharing their CPU (the
 *     containers-on-one-box MVP); empty when it has its own instances
 * @param cpu vCPU requested per pod (EKS)
 * @param memory memory per pod (EKS) or per function (Lambda)
 */
public record Service(
    Basics basics,
    Platform platform,
    Optional<String> instanceType,
    Scaling scaling,
    int concurrencyPerInstance,
    Distribution serviceTime,
    Duration timeout,
    int queueCapacityPerInstance,
    Optional<String> host,
    Optional<Double> cpu,
    Optional<DataSize> memory)
    implements Component {

  /**
   * Default instance type: {@code m5.large} (2 vCPU, 8 GiB), the general-purpose size AWS examples
   * start from.
   */
  public static final String DEFAULT_INSTANCE_TYPE = "m5.large";

  /** Default concurrency per instance: 1, one request at a time (Lambda's only value). */
  public static final int DEFAULT_CONCURRENCY_PER_INSTANCE = 1;

  /**
   * Default timeout: 60 s, the ALB idle timeout default (Elastic Load Balancing User Guide,
   * "Connection idle timeout").
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Default queue per instance: 100, Apache Tomcat's default {@code acceptCount} (Tomcat 10 HTTP
   * connector reference).
   */
  public static final int DEFAULT_QUEUE_CAPACITY_PER_INSTANCE = 100;

  /** Default vCPU request of an EKS pod: 0.5 (500m), an assumption for a small web service. */
  public static final double DEFAULT_POD_CPU = 0.5;

  /** Default memory request of an EKS pod: 512 MiB, an assumption for a small JVM/Node service. */
  public static final DataSize DEFAULT_POD_MEMORY = DataSize.ofMebibytes(512);

  /** Default Lambda memory: 128 MiB, the Lambda default (Lambda Developer Guide, "Memory"). */
  public static final DataSize DEFAULT_LAMBDA_MEMORY = DataSize.ofMebibytes(128);

  /**
   * Default Lambda concurrency limit: 1,000, the default concurrent-executions quota per account
   * and region (Lambda Developer Guide, "Lambda quotas").
   */
  public static final int DEFAULT_LAMBDA_CONCURRENCY = 1_000;

  public Service {
    Checks.atLeast("concurrencyPerInstance", concurrencyPerInstance, 1);
    Checks.positive("timeout", timeout);
    Checks.atLeast("queueCapacityPerInstance", queueCapacityPerInstance, 0);
    cpu.ifPresent(c -> Checks.inRange("cpu", c, 0.001, 192));
    if (platform == Platform.LAMBDA && !(scaling instanceof Scaling.OnDemand)) {
      throw new IllegalArgumentException("a Lambda service scales on demand: " + scaling);
    }
    if (platform != Platform.LAMBDA && scaling instanceof Scaling.OnDemand) {
      throw new IllegalArgumentException("only Lambda scales on demand: " + platform);
    }
  }

  @Override
  public ComponentType type() {
    return ComponentType.SERVICE;
  }

  /** Where a service runs. */
  public enum Platform implements Choice {
    EC2,
    EKS,
    LAMBDA
  }

  /** How many instances a service has and how that number moves. */
  public sealed interface Scaling {

    /** Always the same number of instances. */
    record Fixed(int instances) implements Scaling {
      public Fixed {
        Checks.atLeast("instances", instances, 1);
      }
    }

    /**
     * Target tracking (EC2 Auto Scaling) or a HorizontalPodAutoscaler (EKS) between {@code min} and
     * {@code max}, keeping {@code metric} near {@code target}.
     *
     * @param target percent for {@code cpu}, requests per second per instance for {@code
     *     request-rate}
     * @param warmup time before a new instance counts; empty for the platform's default
     * @param cooldown time between scale-in steps; empty for the platform's default
     */
    record Autoscaled(
        int min,
        int max,
        Metric metric,
        double target,
        Optional<Duration> warmup,
        Optional<Duration> cooldown)
        implements Scaling {

      /** Default target: 50% CPU, the example target of EC2 Auto Scaling target tracking. */
      public static final double DEFAULT_CPU_TARGET = 50;

      public Autoscaled {
        Checks.atLeast("min", min, 0);
        Checks.atLeast("max", max, Math.max(1, min));
        if (!(target > 0) || (metric == Metric.CPU && target > 100)) {
          throw new IllegalArgumentException("target out of range for " + metric + ": " + target);
        }
      }
    }

    /** Lambda: an execution environment per concurrent request, up to {@code concurrencyLimit}. */
    record OnDemand(int concurrencyLimit) implements Scaling {
      public OnDemand {
        Checks.atLeast("concurrencyLimit", concurrencyLimit, 1);
      }
    }
  }

  /** What autoscaling tracks. */
  public enum Metric implements Choice {
    /** Average CPU utilisation, in percent. */
    CPU,
    /** Requests per second per instance. */
    REQUEST_RATE
  }
}
