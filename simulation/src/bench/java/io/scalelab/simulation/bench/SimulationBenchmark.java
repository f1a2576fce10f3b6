package io.scalelab.simulation.bench;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole simulations of a three-tier design (users → ALB → api on EC2 → PostgreSQL), one replication
 * on one thread. {@code requestsPerSecond} simulates about a million requests per operation and
 * reports simulated requests per second of wall time through its {@code requests} counter; {@code
 * oneSimulatedHour} is the wall time of one simulated hour at 100,000 requests/s (360 million
 * requests).
 */
@State(Scope.Benchmark)
@Fork(1)
public class SimulationBenchmark {

  static final String THREE_TIER =
      """
      scalelab: 1
      name: three-tier
      regions: [us-east-1]
      workload: {users: %d, requestsPerUserPerSecond: 1, readShare: 0.9}
      components:
        - {id: users, type: users, region: us-east-1}
        - {id: alb, type: load-balancer, region: us-east-1, zones: [us-east-1a, us-east-1b]}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          zones: [us-east-1a, us-east-1b]
          instanceType: c6i.large
          instances: %d
          concurrencyPerInstance: 8
          serviceTime: {distribution: lognormal, mean: 5ms, sigma: 0.5}
        - id: db
          type: database
          engine: postgres
          region: us-east-1
          instanceClass: db.r6g.16xlarge
          readTime: {distribution: exponential, mean: 300us}
          writeTime: {distribution: exponential, mean: 1ms}
      connections:
        - {from: users, to: alb}
        - {from: alb, to: api}
        - {from: api, to: db}
      """;

  /** Requests per second offered; instances sized for about 60% utilisation of the api tier. */
  @Param({"1000", "100000"})
  public int rate;

  private Design design;

  @Setup(Level.Trial)
  public void load() throws DesignException {
    int instances = (int) Math.ceil(rate * 0.005 / 8 / 0.6);
    design = Designs.parse(THREE_TIER.formatted(rate, instances), "three-tier.yaml", false);
  }

  /** Requests simulated, as a JMH auxiliary counter (per second of wall time). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Requests {
    public long requests;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 10)
  public long requestsPerSecond(Requests counter) throws SimulationException {
    Duration run = Duration.ofSeconds(Math.max(10, 1_000_000 / rate));
    long n = Simulator.run(design, options(run, run.dividedBy(10))).endToEnd().requests();
    counter.requests += n;
    return n;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
  public long oneSimulatedHour() throws SimulationException {
    if (rate != 100_000) {
      return 0;
    }
    return Simulator.run(design, options(Duration.ofHours(1), Duration.ofMinutes(1)))
        .endToEnd()
        .requests();
  }

  private static SimulationOptions options(Duration duration, Duration warmup) {
    return SimulationOptions.defaults()
        .withDuration(duration, warmup)
        .withReplications(1, 1)
        .withResolution(Duration.ofMinutes(1));
  }
}
