package io.scalelab.app.gui.run;

import io.scalelab.model.unit.Units;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.price.PurchaseOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The settings of a run as the panel's fields hold them, with the command line's names, defaults
 * and limits ({@code scalelab simulate --users --duration --warmup --seed --replications
 * --purchase}). The users slider and the users field stay in step: moving one sets the other.
 * Unlike the command line, the time-series resolution follows the duration (see {@link
 * #CHART_POINTS}), so short runs still draw a curve.
 */
public final class RunSettings {

  private final ValidatedField<Long> users =
      new ValidatedField<>(
          "users",
          1000L,
          t -> Parsers.whole(t, UsersScale.MIN_USERS, UsersScale.MAX_USERS),
          v -> String.format("%,d", v));
  private final DoubleProperty usersPosition =
      new SimpleDoubleProperty(this, "usersPosition", UsersScale.position(1000));
  private final ValidatedField<Duration> duration =
      new ValidatedField<>(
          "duration", SimulationOptions.DEFAULT_DURATION, Parsers::duration, Units::format);
  private final ValidatedField<Duration> warmup =
      new ValidatedField<>(
          "warm-up", SimulationOptions.DEFAULT_WARMUP, Parsers::duration, Units::format);
  private final ValidatedField<Long> seed =
      new ValidatedField<>(
          "seed",
          SimulationOptions.DEFAULT_SEED,
          t -> Parsers.whole(t, Long.MIN_VALUE, Long.MAX_VALUE),
          String::valueOf);
  private final ValidatedField<Long> replications =
      new ValidatedField<>(
          "replications",
          (long) SimulationOptions.DEFAULT_REPLICATIONS,
          t -> Parsers.whole(t, 1, SimulationOptions.MAX_REPLICATIONS),
          String::valueOf);
  private final ObjectProperty<PurchaseOption> purchase =
      new SimpleObjectProperty<>(this, "purchase", PurchaseOption.ON_DEMAND);
  private boolean syncing;

  /**
   * Time-series points a run aims for: 200, enough for a smooth chart at any window width; the
   * bucket is the duration over this, never under {@link #MIN_RESOLUTION} (the command line's fixed
   * 10 s would give a 40 s run four points).
   */
  public static final int CHART_POINTS = 200;

  /** Narrowest time-series bucket: 1 s. */
  public static final Duration MIN_RESOLUTION = Duration.ofSeconds(1);

  /** Settings at the command line's defaults and 1,000 users. */
  public RunSettings() {
    usersPosition.addListener(
        (obs, was, now) -> {
          if (!syncing) {
            syncing = true;
            users.set(UsersScale.users(now.doubleValue()));
            syncing = false;
          }
        });
    users
        .text()
        .addListener(
            (obs, was, now) -> {
              if (!syncing && users.value().isPresent()) {
                syncing = true;
                usersPosition.set(UsersScale.position(users.value().get()));
                syncing = false;
              }
            });
  }

  /** Users: the text field, 1 to 10,000,000. */
  public ValidatedField<Long> users() {
    return users;
  }

  /** Users: the slider's position, log10 of the users (see {@link UsersScale}). */
  public DoubleProperty usersPosition() {
    return usersPosition;
  }

  /** Simulated time per replication, warm-up included, like {@code 10m}. */
  public ValidatedField<Duration> duration() {
    return duration;
  }

  /** Start of each replication left out of the figures, like {@code 1m}. */
  public ValidatedField<Duration> warmup() {
    return warmup;
  }

  /** The random seed. */
  public ValidatedField<Long> seed() {
    return seed;
  }

  /** Independent replications, 1–1000. */
  public ValidatedField<Long> replications() {
    return replications;
  }

  /** How capacity is bought when the run is priced. */
  public ObjectProperty<PurchaseOption> purchase() {
    return purchase;
  }

  /** Every field's message, in panel order; empty when all read. */
  public List<String> errors() {
    return List.of(users, duration, warmup, seed, replications).stream()
        .map(f -> f.error().get())
        .filter(e -> !e.isEmpty())
        .toList();
  }

  /**
   * The options the fields say, with as many threads as processors.
   *
   * @throws IllegalArgumentException with the first field's message, or the options' own rule (the
   *     warm-up must be shorter than the duration)
   */
  public SimulationOptions options() {
    List<String> errors = errors();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.get(0));
    }
    int processors = Runtime.getRuntime().availableProcessors();
    Duration w = warmup.value().orElseThrow();
    Duration d = duration.value().orElseThrow();
    if (w.compareTo(d) >= 0) {
      throw new IllegalArgumentException(
          "warm-up: " + Units.format(w) + " must be shorter than the duration " + Units.format(d));
    }
    return SimulationOptions.defaults()
        .withDuration(d, w)
        .withSeed(seed.value().orElseThrow())
        .withReplications(replications.value().orElseThrow().intValue(), processors)
        .withUsers(users.value().orElseThrow())
        .withResolution(resolution(d));
  }

  /** The time-series bucket of a run of {@code duration}: see {@link #CHART_POINTS}. */
  static Duration resolution(Duration duration) {
    Duration even = Duration.ofSeconds(Math.max(1, duration.toSeconds() / CHART_POINTS));
    return even.compareTo(MIN_RESOLUTION) < 0 ? MIN_RESOLUTION : even;
  }

  /** The users, when the field reads. */
  public Optional<Long> usersValue() {
    return users.value();
  }
}
