package io.scalelab.exporters.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A console that keeps every line and question in order and answers questions from a script; a
 * question with no scripted answer fails the test (the step asked when it should not have).
 */
final class RecordingConsole implements Console {

  /** Marks a question among the lines, so tests can check what came before and after it. */
  static final String ASKED = "<<asked>>";

  private final List<String> events = new ArrayList<>();
  private final List<String> summaries = new ArrayList<>();
  private final Deque<Boolean> answers = new ArrayDeque<>();

  RecordingConsole answering(boolean... scripted) {
    for (boolean a : scripted) {
      answers.add(a);
    }
    return this;
  }

  @Override
  public synchronized void line(String text) {
    events.add(text);
  }

  @Override
  public synchronized boolean confirm(String summary) {
    if (answers.isEmpty()) {
      throw new AssertionError("asked without a scripted answer:\n" + summary);
    }
    summaries.add(summary);
    events.add(ASKED);
    return answers.poll();
  }

  synchronized List<String> lines() {
    return List.copyOf(events);
  }

  synchronized List<String> summaries() {
    return List.copyOf(summaries);
  }

  /** The commands run, as echoed ("$ terraform plan ..."), without the "$ ". */
  synchronized List<String> commands() {
    return events.stream().filter(l -> l.startsWith("$ ")).map(l -> l.substring(2)).toList();
  }

  synchronized String text() {
    return String.join("\n", events);
  }

  /** The index of the first line containing {@code part}, or -1. */
  synchronized int indexOf(String part) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
