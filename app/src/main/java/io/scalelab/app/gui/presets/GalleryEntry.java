package io.scalelab.app.gui.presets;

import io.scalelab.model.Design;
import io.scalelab.model.fault.Fault;
import io.scalelab.phases.Extra;
import io.scalelab.phases.Phase;
import io.scalelab.phases.Presets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the preset gallery: a phase of the journey or an optional preset, with the text the
 * gallery shows for it and the design it opens.
 */
public sealed interface GalleryEntry permits GalleryEntry.PhaseEntry, GalleryEntry.ExtraEntry {

  /** The line in the gallery's list: {@code Phase 3 · Performance}, {@code Optional · ...}. */
  String title();

  /** The users the preset is built for, as a phrase. */
  String users();

  /** The preset's own description, from its design file: its narrative. */
  default String description() {
    return design().description().strip();
  }

  /** The headed paragraphs shown under the description, in order. */
  List<Section> sections();

  /** The design the gallery opens. */
  Design design();

  /** A heading and its text. */
  record Section(String heading, String text) {}

  /** A phase of the journey. */
  record PhaseEntry(Phase phase) implements GalleryEntry {

    @Override
    public String title() {
      return "Phase " + phase.number() + " · " + phase.title();
    }

    @Override
    public String users() {
      return String.format("%,d to %,d users", phase.fromUsers(), phase.users());
    }

    @Override
    public List<Section> sections() {
      return List.of(
          new Section("What it fixes", phase.fixes()),
          new Section("What breaks next", phase.breaksNext()));
    }

    @Override
    public Design design() {
      return Presets.design(phase);
    }
  }

  /** An optional preset beside the journey. */
  record ExtraEntry(Extra extra) implements GalleryEntry {

    @Override
    public String title() {
      return "Optional · " + extra.title();
    }

    @Override
    public String users() {
      return String.format("%,d users", extra.users());
    }

    @Override
    public List<Section> sections() {
      List<Section> out = new ArrayList<>();
      out.add(new Section("What the simulation shows", extra.shows()));
      // The fault's shape, not its timing: the gallery names what to add to the design's faults.
      for (Fault f : extra.faults(Duration.ZERO, Duration.ofMinutes(1))) {
        out.add(
            new Section(
                "Its characteristic fault",
                "A "
                    + f.type()
                    + " of "
                    + f.target()
                    + ": add it to the design's faults (the preset opens without it) and run."));
      }
      return out;
    }

    @Override
    public Design design() {
      return Presets.design(extra);
    }
  }
}
