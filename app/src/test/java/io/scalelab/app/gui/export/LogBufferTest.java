package io.scalelab.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogBufferTest {

  /** An FX thread that runs what was handed to it only when the test says. */
  private final Deque<Runnable> queued = new ArrayDeque<>();

  private final List<List<String>> batches = new ArrayList<>();
  private final LogBuffer buffer = new LogBuffer(queued::add, batches::add);

  private void runQueued() {
    while (!queued.isEmpty()) {
      queued.poll().run();
    }
  }

  @Test
  void linesArrivingWhileTheFxThreadIsBusyAreHandedOverOnceInOrder() {
    IntStream.range(0, 5000).forEach(i -> buffer.add("line " + i));

    assertThat(queued).hasSize(1);
    runQueued();
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0))
        .containsExactlyElementsOf(IntStream.range(0, 5000).mapToObj(i -> "line " + i).toList());
  }

  @Test
  void aLineAfterAHandOverQueuesTheNextOne() {
    buffer.add("a");
    runQueued();
    buffer.add("b");
    buffer.add("c");
    runQueued();

    assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
  }

  @Test
  void flushHandsOverWhatIsPendingAtOnce() {
    buffer.add("last words");
    buffer.flush();
    runQueued();

    assertThat(batches).containsExactly(List.of("last words"));
  }
}
