package io.scalelab.app.gui.export;

import io.scalelab.exporters.apply.Apply;
import io.scalelab.exporters.apply.ApplyException;
import io.scalelab.exporters.apply.Console;
import io.scalelab.exporters.apply.Outcome;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One apply, on its own thread: the {@link Console} the apply step talks to. Output goes to the log
 * in batches; a question is handed to the FX thread and the apply thread waits until the person
 * answers (or the apply is stopped, which declines).
 */
final class ApplySession implements Console {

  private final Apply apply;
  private final LogBuffer log;
  private final Executor ui;
  private final BiConsumer<ApplySession, String> asker;
  private Optional<CompletableFuture<Boolean>> answer = Optional.empty();
  private boolean stopped;

  /**
   * @param asker shows a question, on the FX thread; the answer comes back through {@link #answer}
   */
  ApplySession(Apply apply, LogBuffer log, Executor ui, BiConsumer<ApplySession, String> asker) {
    this.apply = apply;
    this.log = log;
    this.ui = ui;
    this.asker = asker;
  }

  /** Applies {@code dir} on a new thread; then {@code done} or {@code failed}, on that thread. */
  void start(Path dir, Consumer<Outcome> done, Consumer<Exception> failed) {
    Thread t =
        new Thread(
            () -> {
              try {
                done.accept(apply.run(dir, this));
              } catch (ApplyException | RuntimeException e) {
                failed.accept(e);
              }
            },
            "scalelab-apply");
    // A tool left running must not keep the application from exiting when its window closes.
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void line(String text) {
    log.add(text);
  }

  @Override
  public boolean confirm(String summary) {
    CompletableFuture<Boolean> f = new CompletableFuture<>();
    synchronized (this) {
      if (stopped) {
        return false;
      }
      answer = Optional.of(f);
    }
    log.add("");
    summary.lines().forEach(log::add);
    log.add("Asking: Apply or Cancel?");
    ui.execute(() -> asker.accept(this, summary));
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }

  /** The person's answer to the question asked; any thread. */
  synchronized void answer(boolean yes) {
    answer.ifPresent(f -> f.complete(yes));
  }

  /** Stops the apply: a later question is declined, the running tool is asked to stop. */
  void stop() {
    synchronized (this) {
      stopped = true;
    }
    apply.stop();
  }

  /** Ends the running tool at once. */
  void kill() {
    synchronized (this) {
      stopped = true;
    }
    apply.kill();
  }

  /** Hands the log's pending lines over now; on the FX thread. */
  void flush() {
    log.flush();
  }
}
