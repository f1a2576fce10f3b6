package io.scalelab.app.gui.run;

import io.scalelab.model.fault.Fault;
import io.scalelab.model.unit.Units;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One row of the fault timeline editor: a fault's type, target, start, duration and (for lag spikes
 * and slowdowns) amount, as typed, validated on every change.
 */
public final class FaultEntry {

  /** Start of a new fault: 1 minute, just after the default warm-up. */
  public static final Duration DEFAULT_AT = Duration.ofMinutes(1);

  /** Duration of a new fault: 1 minute. */
  public static final Duration DEFAULT_DURATION = Duration.ofMinutes(1);

  /** Extra lag of a new replica lag spike: 5 s, an assumption (a long vacuum or DDL replay). */
  public static final String DEFAULT_EXTRA_LAG = "5s";

  /** Multiplier of a new slowdown: 3×, an assumption (a degraded dependency). */
  public static final String DEFAULT_MULTIPLIER = "3";

  private final ObjectProperty<FaultType> type = new SimpleObjectProperty<>(this, "type");
  private final StringProperty target = new SimpleStringProperty(this, "target", "");
  private final StringProperty at = new SimpleStringProperty(this, "at", "");
  private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
  private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private Optional<Fault> fault = Optional.empty();

  /** A new row of {@code type} on {@code target}, with the default timing and amount. */
  public FaultEntry(FaultType kind, String on) {
    type.set(kind);
    target.set(on);
    at.set(Units.format(DEFAULT_AT));
    duration.set(kind == FaultType.CACHE_FLUSH ? "" : Units.format(DEFAULT_DURATION));
    amount.set(defaultAmount(kind));
    type.addListener(
        (obs, was, now) -> {
          if (!was.amountName().equals(now.amountName())) {
            amount.set(defaultAmount(now));
          }
        });
    for (var p : new javafx.beans.Observable[] {type, target, at, duration, amount}) {
      p.addListener(o -> validate());
    }
    validate();
  }

  /** A row showing a fault of the design's timeline. */
  public static FaultEntry of(Fault f) {
    FaultEntry e = new FaultEntry(FaultType.of(f), f.target());
    e.at.set(Units.format(f.at()));
    e.duration.set(f.span().map(Units::format).orElse(""));
    if (f instanceof Fault.ReplicaLagSpike s) {
      e.amount.set(Units.format(s.extraLag()));
    } else if (f instanceof Fault.DependencySlowdown s) {
      e.amount.set(Double.toString(s.multiplier()));
    }
    return e;
  }

  private static String defaultAmount(FaultType t) {
    if (t == FaultType.REPLICA_LAG_SPIKE) {
      return DEFAULT_EXTRA_LAG;
    }
    return t == FaultType.DEPENDENCY_SLOWDOWN ? DEFAULT_MULTIPLIER : "";
  }

  private void validate() {
    try {
      fault = Optional.of(read());
      error.set("");
    } catch (IllegalArgumentException e) {
      fault = Optional.empty();
      error.set(e.getMessage());
    }
  }

  private Fault read() {
    FaultType t = type.get();
    Duration start = named("start", () -> Parsers.duration(at.get().strip()));
    String d = duration.get().strip();
    Optional<Duration> span = Optional.empty();
    if (t.lasts() && !d.isEmpty()) {
      span = Optional.of(named("duration", () -> Parsers.duration(d)));
    } else if (t.lasts() && t != FaultType.INSTANCE_CRASH) {
      throw new IllegalArgumentException("duration: needed, like 5m");
    }
    String on = target.get().strip();
    if (on.isEmpty()) {
      throw new IllegalArgumentException(t.targetKind() + ": choose one");
    }
    Optional<Duration> length = span;
    String setting = t.amountName().isEmpty() ? t.targetKind() : t.amountName();
    return named(setting, () -> t.toFault(on, start, length, amount.get().strip()));
  }

  private static <T> T named(String setting, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
    }
  }

  /** The fault's type. */
  public ObjectProperty<FaultType> type() {
    return type;
  }

  /** What it hits: a region code, a zone name or a component id. */
  public StringProperty target() {
    return target;
  }

  /** When it starts after the start of the run, like {@code 10m}. */
  public StringProperty at() {
    return at;
  }

  /** How long it lasts, like {@code 5m}; empty for a crash means "until replaced or the end". */
  public StringProperty duration() {
    return duration;
  }

  /** The extra lag of a lag spike ({@code 5s}) or the multiplier of a slowdown ({@code 3}). */
  public StringProperty amount() {
    return amount;
  }

  /** What is wrong with the row, naming the setting; empty when it reads. */
  public ReadOnlyStringProperty error() {
    return error.getReadOnlyProperty();
  }

  /** The fault, when the row reads. */
  public Optional<Fault> fault() {
    return fault;
  }
}
