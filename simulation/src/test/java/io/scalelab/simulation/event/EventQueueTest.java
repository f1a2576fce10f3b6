package io.scalelab.simulation.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive heap against java.util.PriorityQueue ordered by (time, priority, sequence). */
class EventQueueTest {

  private record Event(long time, int priority, long sequence, int op, int arg) {}

  @Test
  void popsInTheSameOrderAsAReferenceQueueUnderRandomHoldOperations() {
    EventQueue q = new EventQueue(4);
    PriorityQueue<Event> ref =
        new PriorityQueue<>(
            Comparator.comparingLong(Event::time)
                .thenComparingInt(Event::priority)
                .thenComparingLong(Event::sequence));
    SplittableRandom r = new SplittableRandom(7);
    long seq = 0;
    long now = 0;
    for (int i = 0; i < 200_000; i++) {
      if (ref.isEmpty() || r.nextInt(3) > 0) {
        // Few distinct times, so that ties on time and priority are common.
        long t = now + r.nextInt(5);
        int p = r.nextInt(3);
        int op = r.nextInt(8);
        int arg = r.nextInt();
        q.push(t, p, op, arg);
        ref.add(new Event(t, p, seq++, op, arg));
      } else {
        Event e = ref.poll();
        assertThat(q.peekTime()).isEqualTo(e.time());
        q.pop();
        assertThat(q.time()).isEqualTo(e.time());
        assertThat(q.op()).isEqualTo(e.op());
        assertThat(q.arg()).isEqualTo(e.arg());
        now = e.time();
      }
      assertThat(q.size()).isEqualTo(ref.size());
    }
  }

  /**
   * Engine-like mix: zero delays, nanosecond hops, microsecond to second service times, 10 s ticks,
   * 15–60 s autoscaler periods, 180 s warm-ups and hours; bulk pushes of thousands of events at one
   * time with mixed priorities; a few pushes before the last popped time; drains to empty.
   */
  @Test
  void popsInTheSameOrderAsAReferenceQueueUnderMixedTimeScalesAndBulkPushes() {
    EventQueue q = new EventQueue(16);
    Reference ref = new Reference();
    SplittableRandom r = new SplittableRandom(11);
    long now = 0;
    for (int round = 0; round < 80; round++) {
      int pushes = r.nextInt(4) == 0 ? r.nextInt(10_000) : r.nextInt(1_000);
      for (int i = 0; i < pushes; i++) {
        if (r.nextInt(500) == 0) {
          // A bulk push: many events at exactly one time, in runs of one priority and mixed.
          long t = now + increment(r);
          int n = 1 + r.nextInt(5_000);
          boolean mixed = r.nextBoolean();
          for (int k = 0; k < n; k++) {
            ref.push(q, t, mixed ? priority(r) : 0, r.nextInt(8), r.nextInt());
          }
        } else {
          long t = r.nextInt(200) == 0 ? now - r.nextLong(1_000_000) : now + increment(r);
          ref.push(q, t, priority(r), r.nextInt(8), r.nextInt());
        }
      }
      int pops = r.nextInt(8) == 0 ? ref.size() : r.nextInt(ref.size() + 1);
      for (int i = 0; i < pops; i++) {
        now = ref.popAndCompare(q);
        // Hold: most popped events schedule a successor, as the engine's do.
        if (r.nextInt(4) > 0) {
          ref.push(q, now + increment(r), priority(r), r.nextInt(8), r.nextInt());
        }
      }
    }
    while (ref.size() > 0) {
      ref.popAndCompare(q);
    }
    assertThat(q.isEmpty()).isTrue();
  }

  @Test
  void holdsAHundredThousandEventsOfMixedScalesInOrder() {
    EventQueue q = new EventQueue(16);
    Reference ref = new Reference();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 100_000; i++) {
      ref.push(q, increment(r), priority(r), 1, i);
    }
    long now = 0;
    for (int i = 0; i < 1_000_000; i++) {
      now = ref.popAndCompare(q);
      ref.push(q, now + increment(r), priority(r), 1, i);
    }
  }

  @Test
  void extremeTimesAndClear() {
    EventQueue q = new EventQueue(1);
    Reference ref = new Reference();
    SplittableRandom r = new SplittableRandom(5);
    long[] times = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    for (int i = 0; i < 10_000; i++) {
      long t = r.nextBoolean() ? times[r.nextInt(times.length)] : r.nextLong();
      ref.push(q, t, priority(r), 2, i);
      if (r.nextInt(3) == 0) {
        ref.popAndCompare(q);
      }
    }
    q.clear();
    assertThat(q.isEmpty()).isTrue();
    ref = new Reference();
    for (int i = 0; i < 1_000; i++) {
      ref.push(q, r.nextLong(1_000), priority(r), 3, i);
    }
    while (ref.size() > 0) {
      ref.popAndCompare(q);
    }
  }

  /** Increments from zero through nanoseconds, microseconds, ... to hours. */
  private static long increment(SplittableRandom r) {
    return switch (r.nextInt(10)) {
      case 0 -> 0;
      case 1 -> r.nextLong(1_000);
      case 2, 3 -> exponential(r, 50_000);
      case 4, 5 -> exponential(r, 5_000_000);
      case 6 -> exponential(r, 1_000_000_000);
      case 7 -> 10_000_000_000L;
      case 8 -> r.nextBoolean() ? 180_000_000_000L : r.nextLong(15, 61) * 1_000_000_000L;
      default -> r.nextLong(1, 5) * 3_600_000_000_000L + r.nextLong(1_000);
    };
  }

  private static long exponential(SplittableRandom r, double mean) {
    return Math.round(-Math.log(1 - r.nextDouble()) * mean);
  }

  private static int priority(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> EventQueue.MAX_PRIORITY;
      case 1 -> 1;
      default -> 0;
    };
  }

  /** java.util.PriorityQueue in the queue's order, fed and checked alongside it. */
  private static final class Reference {
    private final PriorityQueue<Event> events =
        new PriorityQueue<>(
            Comparator.comparingLong(Event::time)
                .thenComparingInt(Event::priority)
                .thenComparingLong(Event::sequence));
    private long sequence;

    void push(EventQueue q, long time, int priority, int op, int arg) {
      q.push(time, priority, op, arg);
      events.add(new Event(time, priority, sequence++, op, arg));
      if (q.size() != events.size()) {
        throw new AssertionError("size " + q.size() + ", expected " + events.size());
      }
    }

    long popAndCompare(EventQueue q) {
      Event e = events.poll();
      long peeked = q.peekTime();
      q.pop();
      if (peeked != e.time()
          || q.time() != e.time()
          || q.op() != e.op()
          || q.arg() != e.arg()
          || q.size() != events.size()) {
        throw new AssertionError(
            "peeked "
                + peeked
                + ", popped ("
                + q.time()
                + ", "
                + q.op()
                + ", "
                + q.arg()
                + ") leaving "
                + q.size()
                + ", expected "
                + e
                + " leaving "
                + events.size());
      }
      return e.time();
    }

    int size() {
      return events.size();
    }
  }

  @Test
  void negativeArgumentsSurviveThePacking() {
    EventQueue q = new EventQueue(1);
    q.push(5, EventQueue.MAX_PRIORITY, 3, -1);
    q.push(5, 0, 2, Integer.MIN_VALUE);

    q.pop();
    assertThat(q.op()).isEqualTo(2);
    assertThat(q.arg()).isEqualTo(Integer.MIN_VALUE);
    q.pop();
    assertThat(q.op()).isEqualTo(3);
    assertThat(q.arg()).isEqualTo(-1);
    assertThat(q.isEmpty()).isTrue();
  }
}
