package io.scalelab.app.gui.presets;

import io.scalelab.model.Design;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The preset gallery's state: the five phases, then the optional presets, each with its narrative;
 * the selected one; and for a phase what the next phase changes, computed from the two preset
 * designs.
 */
public final class PresetGalleryViewModel {

  private final List<GalleryEntry> entries;
  private final ObjectProperty<GalleryEntry> selected =
      new SimpleObjectProperty<>(new GalleryEntry.PhaseEntry(Phase.PERFORMANCE));

  /** A gallery of the five phases and the optional presets, phase 3 selected. */
  public PresetGalleryViewModel() {
    List<GalleryEntry> all = new ArrayList<>();
    Arrays.stream(Phase.values()).map(GalleryEntry.PhaseEntry::new).forEach(all::add);
    Presets.extras().stream().map(GalleryEntry.ExtraEntry::new).forEach(all::add);
    entries = List.copyOf(all);
  }

  /** The phases in journey order, then the optional presets. */
  public List<GalleryEntry> entries() {
    return entries;
  }

  /** The entry shown; the picker opens it. */
  public ObjectProperty<GalleryEntry> selected() {
    return selected;
  }

  /** What the next phase changes, for a phase that has a next one; empty otherwise. */
  public static Optional<DesignDiff> nextChanges(GalleryEntry e) {
    return e instanceof GalleryEntry.PhaseEntry p ? nextChanges(p.phase()) : Optional.empty();
  }

  /** {@code Phase 3 · Performance}. */
  public static String title(Phase p) {
    return new GalleryEntry.PhaseEntry(p).title();
  }

  /** {@code 100,000 to 500,000 users}. */
  public static String users(Phase p) {
    return new GalleryEntry.PhaseEntry(p).users();
  }

  /** The preset's own description, from its design file. */
  public static String description(Phase p) {
    return new GalleryEntry.PhaseEntry(p).description();
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
