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
