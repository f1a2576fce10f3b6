package io.scalelab.simulation.bench;

import io.scalelab.simulation.event.EventQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model (Vaucher and Duval, 1975): with {@code pending} events queued, each
 * operation pops the earliest and pushes one at its time plus an exponential increment (mean 1 ms).
 * The score is hold operations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HoldBenchmark {

  private static final int INCREMENTS = 1 << 20;

  @Param({"1000", "100000", "1000000"})
  public int pending;

  private EventQueue queue;
  private long[] increments;
  private int next;

  @Setup(Level.Trial)
  public void fill() {
    SplittableRandom r = new SplittableRandom(42);
    increments = new long[INCREMENTS];
    for (int i = 0; i < INCREMENTS; i++) {
      increments[i] = Math.round(-Math.log(1 - r.nextDouble()) * 1_000_000);
    }
    queue = new EventQueue(pending);
    for (int i = 0; i < pending; i++) {
      queue.push(increments[i & (INCREMENTS - 1)], 0, 1, i);
    }
  }

  @Benchmark
  public int hold() {
    queue.pop();
    long t = queue.time() + increments[next++ & (INCREMENTS - 1)];
    queue.push(t, 0, queue.op(), queue.arg());
    return queue.arg();
  }
}
