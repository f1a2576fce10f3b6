package io.scalelab.app.gui.presets;

import io.scalelab.model.Design;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The phase picker's state: the five phases with their narratives, the selected one, and what the
 * next phase changes, computed from the two preset designs.
 */
public final class PresetGalleryViewModel {

  private final List<Phase> phases = Arrays.asList(Phase.values());
  private final ObjectProperty<Phase> selected = new SimpleObjectProperty<>(Phase.PERFORMANCE);

  /** The phases, in order. */
  public List<Phase> phases() {
    return phases;
  }

  /** The phase shown; the picker opens it. */
  public ObjectProperty<Phase> selected() {
    return selected;
  }

  /** {@code Phase 3 · Performance}. */
  public static String title(Phase p) {
    return "Phase " + p.number() + " · " + p.title();
  }

  /** {@code 100,000 to 500,000 users}. */
  public static String users(Phase p) {
    return String.format("%,d to %,d users", p.fromUsers(), p.users());
  }

  /** The preset's own description, from its design file. */
  public static String description(Phase p) {
    return Presets.design(p).description().strip();
  }

  /** What the next phase changes, or empty for the last phase. */
  public static Optional<DesignDiff> nextChanges(Phase p) {
    return p.next().map(n -> DesignDiff.between(Presets.design(p), Presets.design(n)));
  }

  /** The preset design of a phase. */
  public static Design design(Phase p) {
    return Presets.design(p);
  }
}
