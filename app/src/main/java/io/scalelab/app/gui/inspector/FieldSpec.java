package io.scalelab.app.gui.inspector;

import java.util.List;

/**
 * One field of the inspector's form, as the schema describes it.
 *
 * @param path the keys from the edited object down to the field, e.g. {@code [autoscaling, max]}
 * @param label the label, with the unit when the value has one, e.g. {@code timeout (duration)}
 * @param help the schema's description: what the field means, its range, default and source
 * @param defaultText the value a left-out field takes, as written in a file; empty when none
 * @param choices the values the field may take, when it is a choice; empty otherwise
 * @param example a value to show as a hint when there is no default (e.g. {@code 250ms})
 */
public record FieldSpec(
    List<String> path,
    String label,
    String help,
    String defaultText,
    List<String> choices,
    String example) {

  public FieldSpec {
    path = List.copyOf(path);
    choices = List.copyOf(choices);
  }

  /** The path as the reader names fields, e.g. {@code autoscaling.max}. */
  public String key() {
    return String.join(".", path);
  }

  /** The hint an empty field shows: its default, or an example. */
  public String hint() {
    if (!defaultText.isEmpty()) {
      return "default: " + defaultText;
    }
    return example.isEmpty() ? "" : "e.g. " + example;
  }
}
