package io.scalelab.app.gui.export;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs a piece of export work on a worker and hands its result or its one-line problem back on the
 * FX thread, so that neither generating nor writing ever blocks the window.
 */
final class Background {

  private static final System.Logger LOG = System.getLogger(Background.class.getName());

  private final Executor worker;
  private final Executor ui;

  Background(Executor worker, Executor ui) {
    this.worker = worker;
    this.ui = ui;
  }

  /** Work that may fail with a problem to show. */
  interface Work<T> {
    T call() throws ExportProblem;
  }

  /** Runs {@code work} on the worker; then {@code done} or {@code failed} on the FX thread. */
  <T> void run(Work<T> work, Consumer<T> done, Consumer<String> failed) {
    worker.execute(
        () -> {
          try {
            T value = work.call();
            ui.execute(() -> done.accept(value));
          } catch (ExportProblem e) {
            ui.execute(() -> failed.accept(e.getMessage()));
          } catch (RuntimeException e) {
            // A defect, not the person's mistake: logged with its trace once, shown in one line.
            LOG.log(System.Logger.Level.ERROR, "export failed", e);
            ui.execute(() -> failed.accept("unexpected error (a defect in ScaleLab): " + e));
          }
        });
  }
}
