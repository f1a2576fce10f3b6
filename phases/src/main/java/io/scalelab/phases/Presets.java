package io.scalelab.phases;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.model.unit.DataSize;
import io.scalelab.model.workload.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The five phases as ready designs, and the optional presets beside them ({@link #extras()}): the
 * front door of this module with {@link Journey}.
 *
 * <p>Every phase runs the same workload, stated once here, so that only the architecture changes
 * from phase to phase: the users of the phase, {@value #ONLINE_SHARE_AT_PEAK} of them online at the
 * evening peak, each sending {@value #REQUESTS_PER_ONLINE_USER_PER_SECOND} requests per second (one
 * every 20 s), {@value #READ_SHARE} of them reads, over a million keys with Zipf popularity {@value
 * #KEY_ZIPF}, 1 KiB requests and 16 KiB responses; 70% of the users in India, 20% in North America
 * and 10% in Europe. Service A takes 80% of the requests and service B 20%. These are assumptions
 * for a consumer web product, not measurements; the presets' files write them out and a test keeps
 * them equal to this class.
 */
public final class Presets {

  /** Share of the users online at the daily peak: 5%, an assumption. */
  public static final double ONLINE_SHARE_AT_PEAK = 0.05;

  /** Requests per online user per second: 0.05, one every 20 seconds, an assumption. */
  public static final double REQUESTS_PER_ONLINE_USER_PER_SECOND = 0.05;

  /** Share of requests that only read: 95%, a read-heavy consumer product, an assumption. */
  public static final double READ_SHARE = 0.95;

  /** Distinct keys the requests touch. */
  public static final long KEYS = 1_000_000;

  /**
   * Zipf exponent of key popularity: 0.9, within the 0.6 to 1.0 web caches measure (Breslau et al.,
   * "Web caching and Zipf-like distributions", INFOCOM 1999).
   */
  public static final double KEY_ZIPF = 0.9;

  /** Where the users are: user origin id → share. */
  public static final Map<String, Double> ORIGIN_SHARES =
      Map.of("users-india", 0.7, "users-na", 0.2, "users-eu", 0.1);

  private Presets() {}

  /** The shared workload with {@code users} users. */
  public static Workload workload(long users) {
    return new Workload(
        users,
        ONLINE_SHARE_AT_PEAK,
        REQUESTS_PER_ONLINE_USER_PER_SECOND,
        READ_SHARE,
        new Workload.KeySpace(KEYS, KEY_ZIPF),
        new Workload.Payload(DataSize.ofKibibytes(1), DataSize.ofKibibytes(16)),
        List.of(),
        List.of());
  }

  /** The phase's design, at the top of its range of users. */
  public static Design design(Phase phase) {
    return parse(phase.fileName());
  }

  /** The phase's design file as shipped. */
  public static String text(Phase phase) {
    return read(phase.fileName());
  }

  /**
   * The optional presets beside the journey, in the order a gallery lists them after the five
   * phases: serverless / event-driven, then active-passive disaster recovery.
   */
  public static List<Extra> extras() {
    return List.of(Extra.values());
  }

  /** The optional preset's design, at its own users. */
  public static Design design(Extra extra) {
    return parse(extra.fileName());
  }

  /** The optional preset's design file as shipped. */
  public static String text(Extra extra) {
    return read(extra.fileName());
  }

  private static Design parse(String fileName) {
    try {
      return Designs.parse(read(fileName), fileName, false);
    } catch (DesignException e) {
      throw new IllegalStateException(
          "the shipped preset " + fileName + " is invalid: " + e.getMessage(), e);
    }
  }

  private static String read(String fileName) {
    try (InputStream in = Presets.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new IllegalStateException("the preset " + fileName + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
