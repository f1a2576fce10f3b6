package io.scalelab.app.gui.run;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.Problem;
import io.scalelab.model.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fault timeline of the next run: starts as the design's own timeline (and follows it when the
 * design's timeline changes), then rows may be added, edited and removed here without touching the
 * design. Each row validates itself; the whole timeline is also checked against the design with the
 * design checks ({@link Designs#check}), whose messages name the row.
 */
public final class FaultTimeline {

  private final ObservableValue<Design> design;
  private final ObservableList<FaultEntry> entries =
      FXCollections.observableArrayList(
          e ->
              new Observable[] {e.type(), e.target(), e.at(), e.duration(), e.amount(), e.error()});
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");

  /** The timeline of {@code design}'s current value, following its changes. */
  public FaultTimeline(ObservableValue<Design> design) {
    this.design = design;
    load(design.getValue().faults());
    design.addListener(
        (obs, was, now) -> {
          if (!was.faults().equals(now.faults())) {
            load(now.faults());
          }
          check();
        });
    entries.addListener((javafx.collections.ListChangeListener<FaultEntry>) c -> check());
    check();
  }

  private void load(List<Fault> faults) {
    entries.setAll(faults.stream().map(FaultEntry::of).toList());
  }

  /** The rows, in timeline order. */
  public ObservableList<FaultEntry> entries() {
    return entries;
  }

  /** Adds a row of {@code type} on its first possible target (empty when the design has none). */
  public FaultEntry add(FaultType type) {
    List<String> targets = targets(type);
    FaultEntry e = new FaultEntry(type, targets.isEmpty() ? "" : targets.get(0));
    entries.add(e);
    return e;
  }

  /** Removes a row. */
  public void remove(FaultEntry e) {
    entries.remove(e);
  }

  /** What a fault of {@code type} may hit in the current design. */
  public List<String> targets(FaultType type) {
    return type.targets(design.getValue());
  }

  /** Rows that do not read and design-check problems of the timeline, one per line; or empty. */
  public ReadOnlyStringProperty problems() {
    return problems.getReadOnlyProperty();
  }

  /**
   * The faults of every row.
   *
   * @throws IllegalArgumentException naming the first row that does not read
   */
  public List<Fault> faults() {
    List<Fault> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      FaultEntry e = entries.get(i);
      int row = i + 1;
      out.add(
          e.fault()
              .orElseThrow(
                  () -> new IllegalArgumentException("fault " + row + ": " + e.error().get())));
    }
    return out;
  }

  private void check() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String error = entries.get(i).error().get();
      if (!error.isEmpty()) {
        lines.add("fault " + (i + 1) + ": " + error);
      }
    }
    if (lines.isEmpty()) {
      Design d = design.getValue().withFaults(faults());
      lines.addAll(
          Designs.check(d).stream()
              .filter(p -> p.field().startsWith("faults["))
              .map(FaultTimeline::describe)
              .toList());
    }
    problems.set(lines.stream().collect(Collectors.joining("\n")));
  }

  /** {@code faults[2].component: ...} reads as {@code fault 3: component: ...}. */
  private static String describe(Problem p) {
    String f = p.field();
    int close = f.indexOf(']');
    int index = Integer.parseInt(f.substring("faults[".length(), close));
    String rest = f.substring(close + 1).replaceFirst("^\\.", "");
    return "fault " + (index + 1) + ": " + (rest.isEmpty() ? "" : rest + ": ") + p.message();
  }
}
