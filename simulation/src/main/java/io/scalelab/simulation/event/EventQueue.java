package io.scalelab.simulation.event;

import java.util.Arrays;

/**
 * The pending-event set: a binary min-heap kept in three parallel primitive arrays, ordered by
 * (time, priority, insertion sequence) so that ties resolve the same way on every run.
 *
 * <p>An event is a time in nanoseconds, a priority, a small opcode and one int argument (a request
 * or station index). Nothing is allocated per event and nothing is boxed: the engine's hot loop
 * pushes and pops primitives only. Push and pop are O(log n); the arrays double when full.
 *
 * <p>Why a heap: a primitive-array ladder queue (Tang, Goh and Thng, 2005) was built and measured
 * (commit 7cbf6e5). It doubles the classic hold benchmark (21 M operations/s at 10^3 pending
 * against 10 M), but the engine's own events — most due within a millisecond, among a few due in
 * seconds or minutes — land at the front of the ladder, where it falls back to a side heap: whole
 * simulations ran about 40% slower on it. docs/performance.md has the figures.
 */
public final class EventQueue {

  /** Most priorities: 2^15, so that priority and a 48-bit sequence share one long. */
  public static final int MAX_PRIORITY = (1 << 15) - 1;

  private static final int SEQUENCE_BITS = 48;

  private long[] times;
  private long[] orders;
  private long[] payloads;
  private int size;
  private long sequence;

  private long poppedTime;
  private int poppedOp;
  private int poppedArg;

  /** A queue with room for {@code initialCapacity} events before it first grows. */
  public EventQueue(int initialCapacity) {
    int n = Math.max(16, initialCapacity);
    times = new long[n];
    orders = new long[n];
    payloads = new long[n];
  }

  /** Pending events. */
  public int size() {
    return size;
  }

  /** Whether no event is pending. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The time of the next event. */
  public long peekTime() {
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    return times[0];
  }

  /**
   * Schedules an event.
   *
   * @param time when, in nanoseconds of simulated time
   * @param priority lower runs first among events at the same time, 0..{@link #MAX_PRIORITY}
   * @param op the opcode the engine dispatches on
   * @param arg the opcode's argument
   */
  public void push(long time, int priority, int op, int arg) {
    if (size == times.length) {
      grow();
    }
    long order = ((long) priority << SEQUENCE_BITS) | (sequence++ & ((1L << SEQUENCE_BITS) - 1));
    long payload = ((long) op << 32) | (arg & 0xffff_ffffL);
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (!before(time, order, times[parent], orders[parent])) {
        break;
      }
      times[hole] = times[parent];
      orders[hole] = orders[parent];
      payloads[hole] = payloads[parent];
      hole = parent;
    }
    times[hole] = time;
    orders[hole] = order;
    payloads[hole] = payload;
  }

  /**
   * Removes the next event; read it with {@link #time()}, {@link #op()} and {@link #arg()}. The
   * queue must not be empty.
   */
  public void pop() {
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    poppedTime = times[0];
    poppedOp = (int) (payloads[0] >>> 32);
    poppedArg = (int) payloads[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    long t = times[last];
    long o = orders[last];
    long p = payloads[last];
    int hole = 0;
    int half = last >>> 1;
    while (hole < half) {
      int child = 2 * hole + 1;
      int right = child + 1;
      if (right < last && before(times[right], orders[right], times[child], orders[child])) {
        child = right;
      }
      if (!before(times[child], orders[child], t, o)) {
        break;
      }
      times[hole] = times[child];
      orders[hole] = orders[child];
      payloads[hole] = payloads[child];
      hole = child;
    }
    times[hole] = t;
    orders[hole] = o;
    payloads[hole] = p;
  }

  /** Time of the last popped event. */
  public long time() {
    return poppedTime;
  }

  /** Opcode of the last popped event. */
  public int op() {
    return poppedOp;
  }

  /** Argument of the last popped event. */
  public int arg() {
    return poppedArg;
  }

  /** Drops every pending event. */
  public void clear() {
    size = 0;
  }

  private static boolean before(long t1, long o1, long t2, long o2) {
    return t1 < t2 || (t1 == t2 && o1 < o2);
  }

  private void grow() {
    int n = times.length * 2;
    times = Arrays.copyOf(times, n);
    orders = Arrays.copyOf(orders, n);
    payloads = Arrays.copyOf(payloads, n);
  }
}
