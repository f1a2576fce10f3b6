package io.scalelab.simulation.engine;

import io.scalelab.model.Design;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationListener;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.random.RandomStreams;
import io.scalelab.simulation.result.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Runs the replications of a simulation on a thread pool and combines them in replication order.
 * Use {@link io.scalelab.simulation.Simulator}; this class is public only for it.
 */
public final class Runs {

  private Runs() {}

  /** Runs {@code options.replications()} engines and summarises them. */
  public static SimulationResult run(
      Design design, SimulationOptions options, SimulationListener listener)
      throws SimulationException {
    Model model = new Model(design);
    int r = options.replications();
    long end = options.duration().toNanos();
    long warmup = options.warmup().toNanos();
    long resolution = options.resolution().toNanos();
    AtomicLongArray progress = new AtomicLongArray(r);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(r, options.threads()),
            task -> {
              Thread t = new Thread(task, "scalelab-replication");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Engine>> futures = new ArrayList<>();
      for (int k = 0; k < r; k++) {
        int replication = k;
        futures.add(
            pool.submit(
                () -> {
                  Engine e =
                      new Engine(
                          model,
                          new RandomStreams(options.seed(), replication),
                          end,
                          warmup,
                          resolution);
                  // Only the first replication is shown live (see LiveSnapshot).
                  boolean shown = replication == 0;
                  LivePublisher live = new LivePublisher(listener, end);
                  e.run(
                      t -> {
                        progress.set(replication, t);
                        long sum = 0;
                        for (int i = 0; i < r; i++) {
                          sum += progress.get(i);
                        }
                        listener.progress(Math.min(1, (double) sum / ((double) end * r)));
                        if (shown) {
                          live.during(e.series(), t);
                        }
                      });
                  if (shown) {
                    live.done(e.series());
                  }
                  return e;
                }));
      }
      List<Engine> engines = new ArrayList<>();
      for (Future<Engine> f : futures) {
        engines.add(f.get());
      }
      listener.progress(1);
      return new Summary(model, engines, options).result();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("simulation cancelled");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("a replication failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
