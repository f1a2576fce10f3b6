package io.scalelab.app.gui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries a tool's output lines from the threads that read it to the FX thread in batches: at most
 * one hand-over is queued at a time, and it takes every line that arrived meanwhile, so a tool
 * printing thousands of lines a second costs the FX thread a few appends, not thousands.
 */
final class LogBuffer {

  private final Queue<String> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean queued = new AtomicBoolean();
  private final Executor ui;
  private final Consumer<List<String>> sink;

  /**
   * @param ui the FX thread
   * @param sink gets each batch, in order, on the FX thread
   */
  LogBuffer(Executor ui, Consumer<List<String>> sink) {
    this.ui = ui;
    this.sink = sink;
  }

  /** Adds a line; any thread. */
  void add(String line) {
    pending.add(line);
    if (queued.compareAndSet(false, true)) {
      ui.execute(this::flush);
    }
  }

  /** Hands every pending line over now; on the FX thread. */
  void flush() {
    // Cleared before draining: a line added after this point queues its own hand-over.
    queued.set(false);
    List<String> batch = new ArrayList<>();
    for (String l = pending.poll(); l != null; l = pending.poll()) {
      batch.add(l);
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }
}
