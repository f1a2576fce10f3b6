package io.scalelab.app.gui.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** View-model tests on the real FX thread (headless Monocle under Maven). */
public final class FxThread {

  private static boolean started;

  private FxThread() {}

  /**
   * Starts the FX toolkit once per JVM, the way TestFX does, so that these tests and the TestFX
   * ones share one toolkit and one primary stage.
   */
  public static synchronized void start() throws Exception {
    if (!started) {
      FxToolkit.registerPrimaryStage();
      started = true;
    }
  }

  /** Runs {@code work} on the FX thread and returns its value. */
  public static <T> T call(Callable<T> work) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.call());
          } catch (Exception | AssertionError e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(60, TimeUnit.SECONDS);
  }

  /** Runs {@code work} on the FX thread. */
  public static void run(Runnable work) throws Exception {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /** Waits, checking on the FX thread, until {@code condition} holds; fails after {@code limit}. */
  public static void await(BooleanSupplier condition, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!call(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + limit);
      }
      Thread.sleep(20);
    }
  }
}
